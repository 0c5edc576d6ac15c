/**
 * The quiz teaches reading, not recall: every question shows what to read before it is answered,
 * on a phone above the options; the whole text is one tap away and leads back to the same question;
 * a round can be a lesson on one text; and the feedback fits about one phone screen.
 */
import type { Page } from '@playwright/test';
import {
  generateExercises,
  textsRead,
  type Exercise,
  type ExerciseSettings,
} from '@attribution-lab/exercises';
import { capitalise, getDocument, shortSourceName } from '@attribution-lab/corpus/queries';
import { exerciseKey } from '../src/lib/exercise-key.js';
import { corpus, expect, expectAccessible, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem, tabTo } from './play.js';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** A one-question practice link whose question is the first, among seeds tried, that fits. */
function linkTo(
  settings: Omit<ExerciseSettings, 'seed' | 'count'>,
  fits: (exercise: Exercise) => boolean,
): { href: string; exercise: Exercise } {
  for (let i = 0; i < 300; i++) {
    const seed = `reading-${i}`;
    const [exercise] = generateExercises(corpus, { seed, count: 1, ...settings });
    if (exercise && fits(exercise)) {
      const kinds = settings.kinds ? `&kinds=${settings.kinds.join(',')}` : '';
      return { href: `/play?seed=${seed}&count=1${kinds}&mode=practice`, exercise };
    }
  }
  throw new Error('no seed gives such a question');
}

/** The passages on screen read as the exercise's excerpts, with nothing marked in them. */
async function expectPassagesShown(page: Page, exercise: Exercise): Promise<void> {
  const reading = page.locator('form.question .reading');
  await expect(reading).toBeVisible();
  const quotes = reading.locator('blockquote');
  await expect(quotes).toHaveCount(exercise.passages.excerpts.length);
  for (const [i, excerpt] of exercise.passages.excerpts.entries()) {
    const text = getDocument(corpus, excerpt.documentId).text.slice(excerpt.start, excerpt.end);
    const shown = (await quotes.nth(i).textContent())!.trim();
    expect(shown).toBe(`${excerpt.cut.before ? '…' : ''}${text}${excerpt.cut.after ? '…' : ''}`);
  }
  await expect(reading.locator('mark')).toHaveCount(0);
  // Above the options: the student reads before choosing.
  const readingBox = (await reading.boundingBox())!;
  const optionsBox = (await page.locator('form.question .answering').boundingBox())!;
  expect(readingBox.y + readingBox.height).toBeLessThanOrEqual(optionsBox.y);
}

test('at 390 px a question about one text shows the passage around the figure, unmarked, above the options', async ({
  page,
}) => {
  const { href, exercise } = linkTo(
    { kinds: ['qualifier'] },
    (e) => e.passages.documentId !== null,
  );
  await page.goto(href);
  expect((await currentItem(page)).exercise.id).toBe(exercise.id);
  await expectPassagesShown(page, exercise);
  // The one text's passage is the whole of what the student reads: never cut short.
  await expect(page.locator('.reading .toggle')).toHaveCount(0);
  const excerpt = exercise.passages.excerpts[0]!;
  await expect(page.locator('.reading a').first()).toHaveAttribute(
    'href',
    new RegExp(
      `^/documents/${excerpt.documentId}\\?from=.+&q=1#at-${excerpt.start}-${excerpt.end}$`,
    ),
  );
  await expectAccessible(page);
});

test('at 390 px a question across texts shows an excerpt from each, and names the texts that say nothing', async ({
  page,
}) => {
  const { href, exercise } = linkTo(
    { kinds: ['figure-to-outlet'] },
    (e) => e.passages.silent.length > 0 && e.passages.excerpts.length > 1,
  );
  await page.goto(href);
  await expectPassagesShown(page, exercise);
  const reading = page.locator('form.question .reading');
  await expect(reading.locator('.silent')).toHaveText(
    exercise.passages.silent.map((id) => {
      const document = getDocument(corpus, id);
      const name = shortSourceName(corpus, document);
      return `${document.outlet.outletId ? name : capitalise(name)} says nothing about ${exercise.passages.about}.`;
    }),
  );
  // Each "whole text" link is a target a thumb can hit: 24 px high at least, on one line.
  for (const box of await reading
    .locator('.source a')
    .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(24);
  await expectAccessible(page);
});

test('a question whose choices are the passages does not show them twice', async ({ page }) => {
  const { href, exercise } = linkTo(
    { kinds: ['spot-the-problem'] },
    (e) => e.subject?.shape === 'which-passage',
  );
  await page.goto(href);
  expect((await currentItem(page)).exercise.id).toBe(exercise.id);
  const reading = page.locator('form.question .reading');
  await expect(reading.locator('blockquote')).toHaveCount(0);
  await expect(reading).toContainText('The passages to judge are the choices below.');
  await expect(reading.getByRole('link', { name: /whole text/ })).toHaveCount(1);
  await expect(page.locator('form.question .option')).toHaveCount(exercise.options.length);
});

test('long passages are cut to a few lines and shown whole with a keyboard-operated button', async ({
  page,
}) => {
  const { href } = linkTo(
    { kinds: ['figure-to-outlet'] },
    (e) =>
      // Cut short only across texts: one text's passage is always shown whole.
      new Set(e.passages.excerpts.map((p) => p.documentId)).size > 1 &&
      e.passages.excerpts.some((p) => p.exact.length > 250),
  );
  await page.goto(href);
  const toggle = page.locator('.reading').getByRole('button', { name: /whole|Show less/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const texts = page.locator('.reading ul');
  const collapsed = (await texts.boundingBox())!.height;

  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText('Show less');
  expect((await texts.boundingBox())!.height).toBeGreaterThan(collapsed);
  await expectAccessible(page);

  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect((await texts.boundingBox())!.height).toBe(collapsed);
});

test('from a challenge question the whole text hides its notes, which would give answers away', async ({
  page,
}) => {
  const { href } = linkTo({ kinds: ['own-voice'] }, (e) => e.passages.excerpts.length > 0);
  await page.goto(href.replace('mode=practice', 'mode=challenge'));
  await page.locator('form.question .reading .source a').first().click();
  await expect(page.getByRole('status')).toContainText('the notes on this text');
  await expect(page.getByRole('heading', { name: 'Every figure, explained' })).toHaveCount(0);
  await expect(page.locator('.source-text mark.figure')).toHaveCount(0);
  await expect(page.locator('.source-text .in-quote').first()).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('link', { name: /Back to question 1/ })
    .first()
    .click();
  await expect(page.locator('form.question .meta')).toContainText('Question 1 of 1');

  // From a practice question, where the feedback comes after each answer, the notes are there.
  await page.goto(href);
  await page.locator('form.question .reading .source a').first().click();
  await expect(page.getByRole('heading', { name: 'Every figure, explained' })).toBeVisible();
});

test('on a wide screen the passages sit beside the options', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { href } = linkTo({ kinds: ['qualifier'] }, (e) => e.passages.documentId !== null);
  await page.goto(href);
  const reading = (await page.locator('form.question .reading').boundingBox())!;
  const answering = (await page.locator('form.question .answering').boundingBox())!;
  expect(reading.x + reading.width).toBeLessThanOrEqual(answering.x);
  expect(Math.abs(reading.y - answering.y)).toBeLessThan(5);
});

test('the whole text opens at the passage and leads back to the same question, choices kept', async ({
  page,
}) => {
  await page.goto('/play?seed=read-and-return&count=3&kinds=qualifier&mode=practice');
  await page.getByRole('button', { name: 'Check answer' }).waitFor();
  const first = await currentItem(page);
  await answerByKeyboard(page, choice(first.exercise, true));
  await page.getByRole('button', { name: 'Next question' }).click();

  const { key, exercise } = await currentItem(page);
  const wrong = choice(exercise, false)[0]!;
  await page.locator(`form.question input[value="${wrong}"]`).check();
  await page.getByLabel('Fairly sure').check();

  const excerpt = exercise.passages.excerpts[0]!;
  await page
    .locator('.reading')
    .getByRole('link', { name: /whole text/ })
    .first()
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/documents/${excerpt.documentId}\\?.*#at-${excerpt.start}-${excerpt.end}$`),
  );
  const shaded = page.locator('.source-text .in-quote');
  expect((await shaded.allTextContents()).join('')).toBe(excerpt.exact);
  await expect(shaded.first()).toBeInViewport();
  const back = page.getByRole('link', { name: 'Back to question 2' }).first();
  await expect(back).toBeVisible();

  // Back in the browser: the same question, the same choices.
  await page.goBack();
  await expect(page.locator('form.question')).toHaveAttribute('data-key', key);
  await expect(page.locator(`form.question input[value="${wrong}"]`)).toBeChecked();
  await expect(page.getByLabel('Fairly sure')).toBeChecked();

  // The page's own link back, then a reload: still the same.
  await page.goForward();
  await page.getByRole('link', { name: 'Back to question 2' }).first().click();
  await expect(page.locator('form.question .meta')).toContainText('Question 2 of 3');
  await page.reload();
  await expect(page.locator(`form.question input[value="${wrong}"]`)).toBeChecked();

  // Answered, its feedback comes back after a visit to the text too; the next question starts empty.
  await page.getByRole('button', { name: 'Check answer' }).click();
  const verdict = page.locator('section.feedback').getByRole('heading', { level: 1 });
  await expect(verdict).toHaveText(/Not quite/);
  await page.getByRole('link', { name: 'Read the whole text at this sentence' }).first().click();
  await expect(page.locator('.source-text')).toBeVisible();
  await page.goBack();
  await expect(verdict).toHaveText(/Not quite/);
  // From the evidence too, the text's page leads back to the question, its feedback still open.
  await page.getByRole('link', { name: 'Read the whole text at this sentence' }).first().click();
  await page.getByRole('link', { name: 'Back to question 2' }).first().click();
  await expect(verdict).toHaveText(/Not quite/);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('form.question .meta')).toContainText('Question 3 of 3');
  await expect(page.locator('form.question input:checked')).toHaveCount(0);
});

test('a round started from a text asks only questions answered from that text', async ({
  page,
}) => {
  const document = corpus.documents.find((d) => d.id.startsWith('tagesschau'))!;
  await page.goto(`/documents/${document.id}`);
  await page.getByRole('link', { name: 'Answer questions on this text' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/play\\?seed=[0-9a-hjkmnp-tv-z]{4}&count=10&doc=${document.id}&mode=practice$`),
  );
  const seed = new URL(page.url()).searchParams.get('seed')!;
  const lesson = generateExercises(corpus, { seed, count: 10, document: document.id });
  expect(lesson).toHaveLength(10);
  for (const exercise of lesson) expect([...textsRead(exercise)]).toEqual([document.id]);

  for (let n = 0; n < 3; n++) {
    const { key, exercise } = await currentItem(page);
    expect(key).toBe(exerciseKey(lesson[n]!.id));
    for (const excerpt of exercise.passages.excerpts) expect(excerpt.documentId).toBe(document.id);
    await answerByKeyboard(page, choice(exercise, true));
    await page.getByRole('button', { name: 'Next question' }).click();
  }
});

test('a lesson link naming no text of the corpus says which texts there are', async ({ page }) => {
  await page.goto('/play?seed=s&count=3&doc=no-such-text');
  await expect(page.getByRole('heading', { name: 'This round link does not work' })).toBeVisible();
  await expect(page.locator('li').filter({ hasText: 'no-such-text' })).toContainText(
    corpus.documents[0]!.id,
  );
});

test('at 390 px the feedback fits in about one screen, with Next one Tab from the verdict', async ({
  page,
}) => {
  // Wrong answers get the longest feedback: a question across texts, one about a single text, and
  // one whose evidence quotes several texts, one of them twice (a headline and its sentence).
  const twice = linkTo(
    { kinds: ['who-disagrees'] },
    (e) => new Set(e.evidence.map((x) => x.documentId)).size < e.evidence.length,
  );
  const rounds = [
    ...(['figure-to-outlet', 'reporter-vs-source'] as const).map((kinds) => ({
      kinds,
      href: `/play?seed=fits-${kinds}&count=1&kinds=${kinds}&mode=practice`,
    })),
    { kinds: 'who-disagrees', href: twice.href },
  ];
  for (const { kinds, href } of rounds) {
    await page.goto(href);
    const { exercise } = await currentItem(page);
    await answerByKeyboard(page, choice(exercise, false), 3);
    const feedback = page.locator('section.feedback');
    const verdict = feedback.getByRole('heading', { level: 1 });
    await expect(verdict).toBeFocused();

    const height = (await feedback.boundingBox())!.height;
    expect(height, `${kinds} feedback height`).toBeLessThanOrEqual(1.5 * PHONE.height);

    let tabs = 0;
    const next = feedback.getByRole('button', { name: /Next question|See your results/ });
    while (!(await next.evaluate((el) => el === document.activeElement)) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs, `Tab presses from the verdict to Next (${kinds})`).toBeLessThanOrEqual(5);
    test.info().annotations.push({
      type: 'measured',
      description: `${kinds}: feedback ${Math.round(height)} px high at 390×844, Next ${tabs} Tab from the verdict`,
    });

    // The rest is one tap away, and there: a text's second passage among it.
    const more = feedback.locator('details.more');
    // One passage for each of the first two texts the evidence quotes.
    const texts = new Set(exercise.evidence.map((e) => e.documentId)).size;
    await expect(feedback.locator('blockquote:visible')).toHaveCount(Math.min(texts, 2));
    await expect(more.locator('.explanation')).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('.explanation')).toHaveText(exercise.explanation);
    await expect(feedback.locator('blockquote:visible')).toHaveCount(exercise.evidence.length);
    // The other sources' figures on a topic are listed once, however many passages quote it.
    const lists = await more.locator('.others > p').allInnerTexts();
    expect(lists).toEqual([...new Set(lists)]);
    await expectAccessible(page);
  }
});
