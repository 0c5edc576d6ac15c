// The root setup plus Svelte components, which run in the browser.
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import root from '../../eslint.config.js';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  ...root,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    // The site is built for the root of its host (kit.paths.base is empty), so root-relative
    // links are what the built pages need; resolve() would only add a base path of "".
    rules: { 'svelte/no-navigation-without-resolve': 'off' },
  },
  { ignores: ['test-results/**', 'playwright-report/**'] },
);
