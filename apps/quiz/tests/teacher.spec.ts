import type { Page } from '@playwright/test';
import { generateExercises, parseSettingsParams } from '@attribution-lab/exercises';
import { corpus, expect, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem } from './play.js';

const LINK =
  '/play?seed=class-7b&count=5&kinds=figure-to-outlet,qualifier,timeline,discernment&mode=challenge';

/** Plays the round by keyboard and returns the ids of its questions in order. */
async function playThrough(page: Page): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= 5; n++) {
    await expect(page.locator('form.question .meta')).toContainText(`Question ${n} of 5`);
    const { exercise } = await currentItem(page);
    ids.push(exercise.id);
    await answerByKeyboard(page, choice(exercise, n % 2 === 0), n % 3);
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  return ids;
}

test('a teacher’s link gives a student in a fresh browser the same questions, the worksheet’s set', async ({
  page,
  browser,
  guard,
}) => {
  // A whole round or two, by keyboard: give it the time a slow CI machine needs.
  test.slow();
  await page.goto(LINK);
  const mine = await playThrough(page);

  const other = await browser.newContext();
  guard(other);
  const theirs = await playThrough(
    await other.newPage().then(async (p) => (await p.goto(LINK), p)),
  );
  await other.close();

  expect(theirs).toEqual(mine);
  const settings = parseSettingsParams(new URL(LINK, 'http://x').searchParams);
  expect(mine).toEqual(generateExercises(corpus, settings).map((e) => e.id));
});

test('a student’s result code opens the same result for the teacher in another browser', async ({
  page,
  browser,
  guard,
}) => {
  // A whole round or two, by keyboard: give it the time a slow CI machine needs.
  test.slow();
  await page.goto(LINK);
  await playThrough(page);
  const score = await page.locator('.score').innerText();
  const code = await page.locator('.share code').innerText();
  const href = await page.getByRole('link', { name: 'your result' }).getAttribute('href');
  expect(href).toContain(`code=${encodeURIComponent(code)}`);

  const teacher = await browser.newContext();
  guard(teacher);
  const view = await teacher.newPage();
  await view.goto('/teacher');
  // The page draws a set name once it has loaded; typing at that moment races it.
  await expect(view.locator('.link a')).toBeVisible();
  await view.getByLabel('Set name (seed)').fill('class-7b');
  await view.getByLabel('Questions').fill('5');
  for (const kind of [
    'Which text gives it?',
    'About, at least, dozens',
    'When was it true?',
    'Supported or not?',
  ]) {
    await view.getByLabel(kind).check();
  }
  await view.getByLabel(/Challenge/).check();
  await expect(view.locator('.link a')).toHaveText(
    new RegExp(`${LINK.replace(/[?]/g, '\\?').replace(/,/g, '%2C')}$`),
  );
  await view.getByLabel('Result code').fill(code.toLowerCase());
  await view.getByRole('link', { name: 'Open the result' }).click();
  await expect(view.getByRole('heading', { name: 'A student’s result' })).toBeVisible();
  expect(await view.locator('.score').innerText()).toBe(score);
  await expect(view.locator('ol.review > li')).toHaveCount(5);
  await teacher.close();
});
