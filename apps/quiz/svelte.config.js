import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered, so the site runs from any static host with no server.
    adapter: adapter({ pages: 'build', assets: 'build', precompress: true, strict: true }),
    // The not-found page is served for any unknown address, at any depth (/documents/nope): its
    // stylesheets, scripts and favicon must be linked from the root, not relative to the page.
    paths: { relative: false },
    // Prerendered pages carry the policy as a <meta> tag with hashes of Kit's inline scripts.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Kit's route announcer (an aria-live region) carries one fixed style attribute; allow
        // exactly that one by its hash rather than every inline style.
        'style-src': [
          'self',
          'unsafe-hashes',
          'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=',
        ],
        'img-src': ['self'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
    // Registered by the layout once the page has loaded, so caching the whole app never competes
    // with the first question on a slow connection.
    serviceWorker: { register: false },
    prerender: {
      entries: ['*', '/404'],
      handleMissingId: 'fail',
    },
  },
};

export default config;
