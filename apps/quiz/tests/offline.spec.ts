import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTeacherKit } from '../src/lib/offline-pack.js';
import { expect, test, untilServiceWorkerControls } from './fixtures.js';
import { answerByKeyboard, choice, currentItem } from './play.js';

test('once loaded, a round carries on offline after a reload, and the sources still open', async ({
  page,
  context,
}) => {
  // A whole round or two, by keyboard: give it the time a slow CI machine needs.
  test.slow();
  await page.goto('/play?mode=practice&seed=no-wifi&count=3');
  const first = await currentItem(page);
  await answerByKeyboard(page, choice(first.exercise, true));
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('form.question .meta')).toContainText('Question 2 of 3');

  await untilServiceWorkerControls(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('form.question .meta')).toContainText('Question 2 of 3');
  for (let n = 2; n <= 3; n++) {
    // The test's own look at the data goes around the browser, which stays offline.
    const { exercise } = await currentItem(page);
    await answerByKeyboard(page, choice(exercise, true));
    await page.getByRole('button', { name: /Next question|See your results/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await expect(page.getByRole('heading', { name: 'The sources' })).toBeVisible();
  await page.locator('ol.documents a').first().click();
  await expect(page.locator('.source-text')).toBeVisible();

  // A page never visited, opened afresh rather than by the app's own navigation.
  await page.goto('/names');
  await expect(page.getByRole('heading', { name: 'Names and spellings' })).toBeVisible();
});

test('the service worker keeps the whole app with one request, the build’s offline pack', async ({
  page,
  context,
}) => {
  const fetched: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const [name] = await caches.keys();
    const keys = await (await caches.open(name!)).keys();
    return keys.map((request) => new URL(request.url).pathname);
  });

  // The worker's own script, then one file with every page, script, style and exercise in it,
  // rather than one request per file (over 700 of them).
  expect(fetched).toEqual([
    '/service-worker.js',
    expect.stringMatching(/^\/offline\/[^/]+\.json$/),
  ]);
  const build = fileURLToPath(new URL('../build/', import.meta.url));
  const built = readdirSync(build, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(build, join(entry.parentPath, entry.name)))
    .filter((file) => !/\.(gz|br)$|^offline\/|^service-worker\.js$/.test(file))
    // The teacher kit is kept only when the teacher page asks for it (tests/worksheet.spec.ts).
    .filter((file) => !isTeacherKit(file.split(sep).join('/')));
  expect(cached.length).toBe(built.length);
  expect(cached).toEqual(expect.arrayContaining(['/', '/names', '/404', '/data/exercises.json']));
});
