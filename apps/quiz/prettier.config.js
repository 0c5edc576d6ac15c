// The root style, plus Svelte components. The plugin is resolved from this folder, so prettier
// run from the repository root finds it too.
import root from '../../.prettierrc.json' with { type: 'json' };

export default {
  ...root,
  plugins: [import.meta.resolve('prettier-plugin-svelte')],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
