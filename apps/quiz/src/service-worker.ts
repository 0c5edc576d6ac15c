/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the whole app on the device after the first visit, so a class with poor Wi-Fi can go on
 * playing. Every built file, prerendered page and data file is cached at install and served from
 * the cache; each build gets its own cache, and older ones are dropped when the new worker takes
 * over.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `attribution-lab-${version}`;
const APP_FILES = [...build, ...files, ...prerendered];
const OWN_FILES = new Set(APP_FILES);

// A new version waits until no tab runs the old one (no skipWaiting): an open page then never
// loses the files of its own version halfway through a round.
sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(APP_FILES)));
});

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
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  // Every file of this version was cached together at install, so pages, data and code always
  // match; a round link's query string does not change which page it is.
  if (OWN_FILES.has(url.pathname)) {
    const cached = await cache.match(url.pathname);
    if (cached) return cached;
  }
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
