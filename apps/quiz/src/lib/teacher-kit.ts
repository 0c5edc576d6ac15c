/**
 * Asks the service worker to keep the teacher kit (what printing a worksheet needs) beside the
 * rest of the app, so the worksheet can be made offline once the teacher page has been opened.
 */

/** Resolves true once the kit is cached, false where there is no service worker or it failed. */
export async function keepTeacherKit(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return false;
  // The kit is only useful offline if the worker also answers this page's requests.
  if (!navigator.serviceWorker.controller)
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  const channel = new MessageChannel();
  const reply = new Promise<{ ok: boolean }>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean }>) => resolve(event.data);
  });
  worker.postMessage({ type: 'keep-teacher-kit' }, [channel.port2]);
  return (await reply).ok;
}
