import type { Page } from '@playwright/test';
import { scoreAnswer } from '@attribution-lab/exercises';
import { STORAGE_KEY } from '../src/lib/storage.js';
import { expect, expectAccessible, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem } from './play.js';

/** What the student did in a round: every key asked, and what the wrong answers showed. */
interface Played {
  keys: string[];
  missed: string[];
  misconceptions: Set<string>;
}

/**
 * Plays a practice round to its summary, answering right where `right` says so, and records
 * what the test needs to know about it, from the exercises as the site serves them.
 */
async function playRound(page: Page, link: string, right: (n: number) => boolean): Promise<Played> {
  await page.goto(link);
  const played: Played = { keys: [], missed: [], misconceptions: new Set() };
  for (let n = 0; ; n++) {
    const { key, exercise } = await currentItem(page);
    const chosen = choice(exercise, right(n));
    const marked = scoreAnswer(exercise, chosen);
    played.keys.push(key);
    if (!marked.correct) played.missed.push(key);
    marked.misconceptions.forEach((m) => played.misconceptions.add(m));
    await answerByKeyboard(page, chosen);
    const next = page.getByRole('button', { name: /Next question|See your results/ });
    const last = (await next.textContent())!.includes('See your results');
    await next.click();
    if (last) break;
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  return played;
}

const HEDGES = 'Reading hedges such as “about” and “at least”';

test.use({ viewport: { width: 390, height: 844 } });

test('results mean something after one round and grow across rounds', async ({ page }) => {
  // Three short rounds by keyboard, with the results page between them.
  test.slow();
  const first = await playRound(
    page,
    '/play?mode=practice&seed=grow-1&count=4&kinds=qualifier',
    (n) => n === 0,
  );
  const summary = page.locator('main');
  await expect(summary).not.toContainText(/\b0 of 0\b/);
  // One skill asked four times: a count that means something, and no chart of a single bar.
  await expect(page.getByRole('heading', { name: 'By skill' })).toBeVisible();
  await expect(page.locator('.skills li')).toHaveText([`${HEDGES}: 1 of 4 right`]);
  await expect(page.getByRole('list', { name: 'Right answers by skill' })).toHaveCount(0);
  // Each misconception once, with how to avoid it.
  const watch = page.locator('.confusions > li');
  await expect(watch).toHaveCount(first.misconceptions.size);
  await expect(watch.first().locator('p').nth(1)).not.toBeEmpty();
  await expect(page.getByRole('link', { name: 'Practise my mistakes' })).toBeVisible();

  const second = await playRound(
    page,
    '/play?mode=practice&seed=grow-2&count=4&kinds=qualifier,own-voice',
    () => false,
  );
  await expect(summary).not.toContainText(/\b0 of 0\b/);
  // Two skills asked twice each: now a chart compares them.
  const chart = page.getByRole('list', { name: 'Right answers by skill' });
  await expect(chart.getByRole('listitem')).toHaveCount(2);
  await expect(chart).toContainText('0 of 2 right');

  await page.goto('/results');
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  // Six answers on hedges, five of them wrong: enough for a level, and not a solid one.
  const hedges = page.getByRole('meter', { name: HEDGES });
  await expect(hedges).toHaveAttribute('aria-valuetext', /on your 6 answers: still learning$/);
  const percent = Number(await hedges.getAttribute('aria-valuenow'));
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(80);
  // Two answers on own voice: listed as just started, with no meter to judge it by yet.
  await expect(page.locator('.started li')).toHaveText([
    'Spotting figures a text gives without a source: 2 answers so far',
  ]);
  await expect(page.getByRole('meter')).toHaveCount(1);
  // The misconceptions both rounds showed keep coming back; those of one round only do not.
  const recurring = [...first.misconceptions].filter((m) => second.misconceptions.has(m));
  expect(recurring.length).toBeGreaterThan(0);
  await expect(page.locator('.recurring > li')).toHaveCount(recurring.length);
  await expect(page.locator('.recurring > li').first()).toContainText('In 2 rounds');
  await expect(page.getByRole('heading', { name: 'Days in a row' })).toBeVisible();
  await expect(page.locator('.streak .big')).toHaveText('1 day');
  await expect(page.locator('.rounds > li')).toHaveCount(2);
  // Each round named in words a student reads at a glance, newest first.
  await expect(page.locator('.rounds > li strong').last()).toHaveText(
    'Practice, 4 questions, 1 kind of question, question set “grow-1”',
  );

  // Practise my mistakes: a practice round of exactly the questions missed, latest first.
  const missed = [...second.missed].reverse().concat([...first.missed].reverse());
  const unique = [...new Set(missed)].slice(0, 10);
  await page.getByRole('link', { name: 'Practise my mistakes' }).click();
  await expect(page).toHaveURL(
    /\/play\?seed=mistakes-2&count=\d+&exercises=[0-9a-z,%C]+&mode=practice$/,
  );
  const practised = await playRound(page, page.url(), () => true);
  expect(practised.keys).toEqual(unique);

  await page.goto('/results');
  await expect(page.locator('#mistakes-heading + p')).toContainText('Nothing to practise');
  await expect(page.locator('.rounds > li').first()).toContainText('Practice: your mistakes');
});

test.describe('the progress page', () => {
  test.beforeEach(async ({ page }) => {
    await playRound(page, '/play?mode=practice&seed=meter&count=4&kinds=names', (n) => n !== 1);
  });

  test('has no axe violations with meters, mistakes and rounds on it', async ({ page }) => {
    await page.goto('/results');
    await expect(page.getByRole('meter').first()).toBeVisible();
    await expectAccessible(page);
  });

  test('grows its meters in only when reduced motion is not asked for', async ({ page }) => {
    await page.goto('/results');
    const fill = page.locator('.track .fill').first();
    await expect(fill).toBeVisible();
    expect(await fill.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await expect(fill).toBeVisible();
    expect(await fill.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('marks rounds saved before marks were kept, once, and counts them', async ({ page }) => {
    // Turn the saved record into what version 2 of the quiz wrote: no marks per answer.
    await page.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key)!) as {
        rounds: Record<string, unknown>[];
      };
      const rounds = saved.rounds.map(({ marks: _, ...round }) => round);
      localStorage.setItem(key, JSON.stringify({ version: 2, rounds }));
    }, STORAGE_KEY);
    await page.goto('/results');
    await expect(page.locator('.notice')).toHaveCount(0);
    await expect(
      page.getByRole('meter', { name: 'Matching different spellings of one name' }),
    ).toHaveAttribute('aria-valuetext', /on your 4 answers/);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);
    expect(saved.version).toBe(3);
    expect(saved.rounds[0].marks).toHaveLength(4);
    expect(saved.rounds[0].marks.filter((m: { credit: number }) => m.credit === 1)).toHaveLength(3);
  });
});
