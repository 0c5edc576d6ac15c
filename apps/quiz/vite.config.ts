import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // The prerender imports the corpus package as Node would, so it reads its own built corpus.json
  // (the one ATTRIBUTION_CORPUS chose at build time) instead of a copy bundled into the server.
  ssr: { external: ['@attribution-lab/corpus'] },
});
