import { createHash } from 'node:crypto';
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
      return {
        ...options,
        codeSplitting: { groups: [{ name: 'first-question', test: (id) => needed.has(id) }] },
      };
    },
  };
}

/**
 * One module and what it imports, bundled apart from the app by a build of its own (minified, in
 * memory), as the one script it makes; the plugin's build watches the modules that went into it.
 */
async function bundleAlone(
  plugin: Rolldown.PluginContext,
  entry: string,
  lib: { formats: ['iife' | 'es']; name?: string; fileName?: string },
): Promise<Rolldown.OutputChunk> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: { entry, ...lib },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  })) as Rolldown.RolldownOutput[];
  const [chunk] = output[0]!.output;
  if (chunk.type !== 'chunk') throw new Error(`${entry} built to no script`);
  for (const module of chunk.moduleIds) if (!module.startsWith('\0')) plugin.addWatchFile(module);
  return chunk;
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
      const chunk = await bundleAlone(this, id.slice(0, -INLINE_SCRIPT.length), {
        formats: ['iife'],
        name: 'inline',
      });
      return `export default ${JSON.stringify(chunk.code.trim())};`;
    },
  };
}

const STANDALONE = '?teacher-kit';

/**
 * `import url from './x.ts?teacher-kit'` gives the address of x.ts and everything it imports
 * bundled on their own as one ES module (in the build, `_app/immutable/chunks/teacher-kit-<hash>.js`),
 * for a page to load with import(url) when it needs it. Bundled apart from the app, it shares no
 * module with it, so adding it changes no other chunk: left to the app's bundle, the worksheet's
 * imports (the exercises' settings and descriptions, the corpus queries) split the round's chunks
 * and gave the play page one more file before its first question. The offline pack leaves it out
 * (isTeacherKit in src/lib/offline-pack.js).
 */
function teacherKit(): Plugin {
  let serve = false;
  let ssr = false;
  return {
    name: 'attribution-lab:teacher-kit',
    configResolved(config) {
      serve = config.command === 'serve';
      ssr = Boolean(config.build.ssr);
    },
    async load(id) {
      if (!id.endsWith(STANDALONE)) return null;
      const entry = id.slice(0, -STANDALONE.length);
      // The dev server serves the module itself; the server-side render never loads it.
      if (serve) return `export default ${JSON.stringify(`/@fs${entry}`)};`;
      if (ssr) return 'export default "";';
      const chunk = await bundleAlone(this, entry, { formats: ['es'], fileName: 'teacher-kit' });
      const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 10);
      const fileName = `_app/immutable/chunks/teacher-kit-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
      return `export default ${JSON.stringify(`/${fileName}`)};`;
    },
  };
}

export default defineConfig({
  plugins: [sveltekit(), firstQuestionChunk(), inlineScript(), teacherKit()],
  // The prerender imports the corpus package as Node would, so it reads its own built corpus.json
  // (the one ATTRIBUTION_CORPUS chose at build time) instead of a copy bundled into the server.
  ssr: { external: ['@attribution-lab/corpus'] },
});
