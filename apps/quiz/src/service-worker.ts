/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the whole app on the device after the first visit, so a class with poor Wi-Fi can go on
 * playing. Installing fetches the build's offline pack, one file holding every page, data file,
 * script and style, and unpacks it into the cache; everything is then served from there. Each
 * build gets its own cache, and older ones are dropped when the new worker takes over.
 */
import { version } from '$service-worker';
import { packPath, teacherKitPath, type OfflinePack, type TeacherKit } from '$lib/offline-pack.js';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `attribution-lab-${version}`;

async function cacheApp(): Promise<void> {
  const response = await fetch(packPath(version));
  if (!response.ok) throw new Error(`${packPath(version)} answered ${response.status}`);
  const pack = (await response.json()) as OfflinePack;
  const cache = await caches.open(CACHE);
  await Promise.all(
    pack.files.map(({ path, type, body }) =>
      cache.put(path, new Response(body, { headers: { 'Content-Type': type } })),
    ),
  );
}

/**
 * The teacher kit (pdfmake, the corpus, the fonts) into this version's cache, what is not there
 * yet: asked for by the teacher page, so a worksheet can be printed offline, and never fetched by
 * a student's device.
 */
async function cacheTeacherKit(): Promise<void> {
  const response = await fetch(teacherKitPath(version));
  if (!response.ok) throw new Error(`${teacherKitPath(version)} answered ${response.status}`);
  const kit = (await response.json()) as TeacherKit;
  const cache = await caches.open(CACHE);
  const cached = await Promise.all(kit.files.map((path) => cache.match(path)));
  await cache.addAll(kit.files.filter((_, i) => !cached[i]));
}

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type !== 'keep-teacher-kit') return;
  const [port] = event.ports;
  event.waitUntil(
    cacheTeacherKit().then(
      () => port?.postMessage({ ok: true }),
      (error: unknown) => port?.postMessage({ ok: false, error: String(error) }),
    ),
  );
});

// A new version waits until no tab runs the old one (no skipWaiting): an open page then never
// loses the files of its own version halfway through a round.
sw.addEventListener('install', (event) => event.waitUntil(cacheApp()));

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => sw.clients.claim()),
  );
});

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  // The cache holds exactly this version's files, so pages, data and code always match; a round
  // link's query string does not change which page it is.
  const cached = await cache.match(new URL(request.url).pathname);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (offline) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match('/404');
      if (notFound) return notFound;
    }
    throw offline;
  }
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  event.respondWith(respond(event.request));
});
