import { sveltekit } from '@sveltejs/kit/vite';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';

/**
 * The modules a round link runs before its first question: the layout, the play page and the
 * error page (Kit loads it as soon as it starts).
 */
const FIRST_QUESTION_ROUTES =
  /[\\/]src[\\/]routes[\\/](?:\+layout|\+error|play[\\/]\+page)\.(?:svelte|ts)$/;
/** Kit's client entries: its runtime, and the app's routing table. */
const KIT_ENTRIES =
  /[\\/](?:runtime[\\/]client[\\/]entry|generated[\\/]client-optimized[\\/]app)\.js$/;

/**
 * The module only the worksheet download loads, with import() when a teacher asks for the PDF.
 * What only it imports (pdfmake's browser build, the worksheet package, bidi-js, the corpus) is
 * bundled into its chunk, which is named as the teacher kit so that the offline pack can leave it
 * out (isTeacherKit in src/lib/offline-pack.js).
 */
const TEACHER_KIT = /[\\/]src[\\/]lib[\\/]worksheet-pdf\.ts$/;

/**
 * Puts everything the play page runs before its first question into one chunk: Svelte, Kit's
 * runtime, the layout, the page and what they import, but nothing they load later (the feedback,
 * the summary). Split as Rolldown splits it by default, that was seventeen files, and a browser
 * opens only six connections to a host: on a slow network each six more files cost one more
 * round trip (two seconds at Slow 3G). Other pages load the same chunk, and their own code.
 */
function firstQuestionChunk(): Plugin {
  let client = false;
  const needed = new Set<string>();
  return {
    name: 'attribution-lab:first-question-chunk',
    apply: 'build',
    configResolved(config) {
      client = !config.build.ssr;
    },
    buildEnd() {
      if (!client) return;
      const visit = (id: string): void => {
        if (needed.has(id)) return;
        needed.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info?.isEntry) continue;
        if (KIT_ENTRIES.test(id) || info.importedIds.some((i) => FIRST_QUESTION_ROUTES.test(i)))
          visit(id);
      }
    },
    outputOptions(options) {
      if (!client) return null;
      const named = options.chunkFileNames;
      const fileName = (chunk: Rolldown.PreRenderedChunk) =>
        typeof named === 'function' ? named(chunk) : (named ?? '[name]-[hash].js');
      return {
        ...options,
        // The teacher kit's chunk says so in its name, for the offline pack to leave it out.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId && TEACHER_KIT.test(chunk.facadeModuleId)
            ? fileName(chunk).replace('[hash]', 'teacher-kit-[hash]')
            : fileName(chunk),
        codeSplitting: { groups: [{ name: 'first-question', test: (id) => needed.has(id) }] },
      };
    },
  };
}

const INLINE_SCRIPT = '?inline-script';

/**
 * `import code from './x.ts?inline-script'` gives x.ts and what it imports bundled on their own
 * (a minified script with no imports) as a string, for a page to carry inline.
 */
function inlineScript(): Plugin {
  return {
    name: 'attribution-lab:inline-script',
    async load(id) {
      if (!id.endsWith(INLINE_SCRIPT)) return null;
      const output = (await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          minify: true,
          lib: { entry: id.slice(0, -INLINE_SCRIPT.length), formats: ['iife'], name: 'inline' },
        },
      })) as Rolldown.RolldownOutput[];
      const [chunk] = output[0]!.output;
      for (const module of chunk.moduleIds) if (!module.startsWith('\0')) this.addWatchFile(module);
      return `export default ${JSON.stringify(chunk.code.trim())};`;
    },
  };
}

export default defineConfig({
  plugins: [sveltekit(), firstQuestionChunk(), inlineScript()],
  // The prerender imports the corpus package as Node would, so it reads its own built corpus.json
  // (the one ATTRIBUTION_CORPUS chose at build time) instead of a copy bundled into the server.
  ssr: { external: ['@attribution-lab/corpus'] },
});
