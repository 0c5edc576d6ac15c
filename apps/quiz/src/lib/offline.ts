import { dev } from '$app/environment';

/**
 * Starts the service worker once the page has finished loading, so that caching the whole app
 * for offline use never competes with the first question on a slow connection.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    // Kit serves the worker as an ES module in dev and bundles it as a classic script for builds.
    navigator.serviceWorker
      .register('/service-worker.js', { type: dev ? 'module' : 'classic' })
      .catch(() => {
        // Without a worker the app still works online; there is nothing to tell the student.
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Runs work once the browser is idle (after the page has painted), or soon where it cannot tell. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 300);
}
