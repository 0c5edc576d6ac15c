import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import staticAdapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { isTeacherKit, packedFile, packPath, teacherKitPath } from './src/lib/offline-pack.js';

const BUILD = 'build';

/**
 * adapter-static, then the offline pack written beside the pages, then every file precompressed
 * (the pack too).
 * @returns {import('@sveltejs/kit').Adapter}
 */
function adapter() {
  const site = staticAdapter({ pages: BUILD, assets: BUILD, precompress: false, strict: true });
  return {
    name: 'adapter-static with an offline pack',
    async adapt(builder) {
      await site.adapt(builder);
      writeOfflinePack(builder.config.kit.version.name);
      builder.log.minor('Compressing assets and pages');
      await builder.compress(BUILD);
    },
  };
}

/**
 * The offline pack, every file a student's device keeps, and the teacher kit's list, the files
 * only printing a worksheet needs, which the service worker fetches when the teacher page asks.
 * @param {string} version
 */
function writeOfflinePack(version) {
  const files = readdirSync(BUILD, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(BUILD, join(entry.parentPath, entry.name)).split(sep).join('/'))
    // The worker is not cached by itself, and a build's pack is written fresh.
    .filter((file) => file !== 'service-worker.js' && !file.startsWith('offline/'))
    .sort();
  /** @type {import('./src/lib/offline-pack.js').OfflinePack} */
  const pack = {
    version,
    files: files
      .filter((file) => !isTeacherKit(file))
      .map((file) => packedFile(file, readFileSync(join(BUILD, file), 'utf8'))),
  };
  /** @type {import('./src/lib/offline-pack.js').TeacherKit} */
  const kit = { version, files: files.filter(isTeacherKit).map((file) => `/${file}`) };
  const target = join(BUILD, packPath(version));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(pack));
  writeFileSync(join(BUILD, teacherKitPath(version)), JSON.stringify(kit));
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered, so the site runs from any static host with no server.
    adapter: adapter(),
    // The not-found page is served for any unknown address, at any depth (/documents/nope): its
    // stylesheets, scripts and favicon must be linked from the root, not relative to the page.
    paths: { relative: false },
    // Styles come in the page itself rather than as files (a few KB gzip): on a slow network each
    // file is another request for one of the browser's six connections to the host.
    inlineStyleThreshold: Infinity,
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
    // Each prerendered page's route is a small file beside it (__route.js), read when a link
    // first leads there, instead of a table of every route in the first page's script: 1.7 KB
    // gzip less before the first question, for one more request per new page (which Kit makes
    // as soon as a pointer rests on the link).
    router: { resolution: 'server' },
    prerender: {
      entries: ['*', '/404'],
      handleMissingId: 'fail',
    },
  },
};

export default config;
