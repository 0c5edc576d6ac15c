/**
 * A round link's first question comes with the page, not after its scripts: the page carries the
 * exercise index and asks for the first question while its HTML is still being read.
 */
import { expect, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem } from './play.js';

test('a round link asks for its first question before its scripts, once, and no index', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => void requested.push(new URL(request.url()).pathname));
  await page.goto('/play?seed=early&count=3&mode=practice');
  const { key } = await currentItem(page);

  const first = `/data/question/${key}.json`;
  const scripts = requested.findIndex((path) => path.startsWith('/_app/'));
  expect(requested.filter((path) => path === first)).toHaveLength(1);
  expect(requested.indexOf(first)).toBeLessThan(scripts);
  // The answer and evidence come later, while the student reads: asked for once the page is idle,
  // so this waits for the request rather than expecting it by the time the question shows.
  await expect.poll(() => requested.indexOf(`/data/exercise/${key}.json`)).toBeGreaterThan(scripts);
  expect(requested).not.toContain('/data/exercises.json');
});

test('a link with no seed plays the seed the page drew, writes it into the address, and keeps it on Back', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => void requested.push(new URL(request.url()).pathname));
  await page.goto('/play?mode=challenge');
  await expect(page).toHaveURL(/\/play\?seed=[0-9a-hjkmnp-tv-z]{4}&count=10&mode=challenge$/);
  const drawn = page.url();
  const { key } = await currentItem(page);
  expect(requested.indexOf(`/data/question/${key}.json`)).toBeLessThan(
    requested.findIndex((path) => path.startsWith('/_app/')),
  );

  // Back from another page comes to the same round, not to the address as first opened.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await expect(page).toHaveURL('/documents');
  await page.goBack();
  await expect(page).toHaveURL(drawn);
  expect((await currentItem(page)).key).toBe(key);
});

test('a first round on a new device loads its code in one chunk, and reads progress back after', async ({
  page,
}) => {
  await page.goto('/play?seed=fresh&count=3&mode=practice');
  await expect(page.locator('form.question')).toBeVisible();
  // The chunks the page asked for before its first question took input (its performance mark):
  // what it loads after, while the student reads, does not count.
  const chunks = await page.evaluate(() => {
    const [mark] = performance.getEntriesByName('attribution-lab:first-question');
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime <= mark!.startTime)
      .map((r) => new URL(r.name).pathname)
      .filter((path) => path.startsWith('/_app/immutable/chunks/'));
  });
  // One more file (the marking, the saved-progress reader, a helper Rolldown split out) is one
  // more request of the few a browser makes at once: on a slow network, a round trip more.
  expect(chunks).toHaveLength(1);

  // Once the round is saved, the page reads it back on the next visit, and carries on.
  await page.reload();
  await expect(page.locator('form.question .meta')).toContainText('Question 1 of 3');
});

test('the feedback brings its styles with it, after the first question', async ({ page }) => {
  await page.goto('/play?seed=styled&count=2&mode=practice&kinds=figure-to-outlet');
  // The question's page carries none of the feedback's, the summary's or the quoted texts' styles.
  const styles = page.locator('style');
  await expect(styles).not.toContainText('blockquote.quote');
  await expect(styles).not.toContainText('.feedback');
  await expect(styles).not.toContainText('.score .big');
  const { exercise } = await currentItem(page);
  await answerByKeyboard(page, choice(exercise, false));
  await expect(page.locator('section.feedback')).toHaveCSS('border-top-width', '6px');
  await expect(page.locator('section.feedback blockquote.quote').first()).toHaveCSS(
    'border-left-width',
    '4px',
  );
});
