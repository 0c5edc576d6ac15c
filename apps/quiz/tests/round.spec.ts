import { getActor, getDocument, shortSourceName } from '@attribution-lab/corpus/queries';
import { generateExercises, scoreAnswer } from '@attribution-lab/exercises';
import { formatScore } from '../src/lib/format.js';
import { corpus, expect, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem, tabTo } from './play.js';

test('a whole practice round is played with the keyboard alone, with evidence after each answer', async ({
  page,
}) => {
  // A whole round or two, by keyboard: give it the time a slow CI machine needs.
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: /Practice/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/play\?seed=[0-9a-hjkmnp-tv-z]{4}&count=10&mode=practice$/);

  for (let n = 1; n <= 10; n++) {
    await expect(page.locator('form.question .meta')).toContainText(`Question ${n} of 10`);
    const { exercise } = await currentItem(page);
    const right = n % 2 === 1;
    await answerByKeyboard(page, choice(exercise, right), (n % 4) as 0 | 1 | 2 | 3);

    const feedback = page.locator('section.feedback');
    await expect(feedback.getByRole('heading', { level: 1 })).toHaveText(
      right ? /Right/ : /Not quite/,
    );
    await expect(feedback.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('[aria-live="polite"]').first()).toHaveText(
      right ? 'Right.' : 'Not quite.',
    );
    await expect(feedback.locator('.explanation')).toHaveText(exercise.explanation);
    await expect(feedback.locator('.evidence')).toHaveCount(exercise.evidence.length);
    if (!right) await expect(feedback.locator('.misconception').first()).toBeVisible();

    await tabTo(page, feedback.getByRole('button', { name: /Next question|See your results/ }));
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeFocused();
  await expect(page.locator('.score .big')).toHaveText('5 of 10 right');
  await expect(page.locator('ol.review > li')).toHaveCount(10);
  await expect(page.locator('.share code')).toHaveText(
    /^[0-9A-Z]{8}-(?:[A-Z]+[0-3])+-[A-Z0-9]{2}$/,
  );
  // On a phone the code for the teacher, ten answers long, stays on the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const code = await page.locator('.share code').boundingBox();
  expect(code!.x + code!.width).toBeLessThanOrEqual(390);
});

test('the start page’s form starts a round with the settings chosen', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Choose the kinds of question and the difficulty').click();
  await page.getByLabel('Questions').fill('3');
  await page.getByLabel('When was it true?').check();
  await page.getByLabel(/Challenge/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(
    /\/play\?seed=[0-9a-hjkmnp-tv-z]{4}&count=3&kinds=timeline&mode=challenge$/,
  );
  await expect(page.locator('form.question .meta')).toContainText('Question 1 of 3');
  expect((await currentItem(page)).exercise.kind).toBe('timeline');
});

test('the evidence after an answer is the corpus’s own sentence, figure, outlet and source', async ({
  page,
}) => {
  // A whole round or two, by keyboard: give it the time a slow CI machine needs.
  test.slow();
  await page.goto(
    '/play?seed=evidence-check&count=10&kinds=figure-to-outlet,reporter-vs-source,qualifier,outlet-to-figure&mode=practice',
  );
  for (let n = 1; n <= 4; n++) {
    const { exercise } = await currentItem(page);
    await answerByKeyboard(page, choice(exercise, false));
    const blocks = page.locator('section.feedback .evidence');
    await expect(blocks).toHaveCount(exercise.evidence.length);
    // The first two texts' passages come first, the rest behind the tap, so a block is found by
    // its sentence; the other sources' figures are listed once for each topic, in order.
    const topicsListed = new Set<string>();
    let lists = 0;

    for (const evidence of exercise.evidence) {
      const document = getDocument(corpus, evidence.documentId);
      const sentence = document.text.slice(evidence.quote.start, evidence.quote.end);
      const block = blocks.filter({ has: page.getByText(sentence, { exact: true }) }).first();
      await expect(block.locator('blockquote')).toHaveText(sentence);
      await expect(block.locator('.who')).toContainText(
        `Published by ${shortSourceName(corpus, document)}`,
      );
      if (evidence.claimId) {
        const claim = corpus.claims.find((c) => c.id === evidence.claimId)!;
        expect(evidence.quote.exact).toBe(claim.quote.exact);
        // The mark is the package's highlight: the numeral, with its hedge on qualifier questions.
        const { start, end } = evidence.highlight!;
        expect(start <= claim.numeral.start && claim.numeral.end <= end).toBe(true);
        await expect(block.locator('blockquote mark.figure')).toHaveText(
          document.text.slice(start, end),
        );
        await expect(block.locator('blockquote mark.figure')).toContainText(
          claim.numeral.asWritten,
        );
        const cited = claim.attribution.actorId
          ? getActor(corpus, claim.attribution.actorId).name
          : null;
        await expect(block.locator('.who')).toContainText(
          cited ? `citing ${cited}` : 'in its own voice',
        );
        if (!topicsListed.has(claim.topicId)) {
          topicsListed.add(claim.topicId);
          const others = corpus.claims.filter(
            (c) => c.topicId === claim.topicId && c.id !== claim.id,
          );
          // The other sources are one tap away, behind the feedback's disclosure.
          const more = page.locator('section.feedback details.more .evidence-more').nth(lists++);
          await expect(more.locator('.others li')).toHaveCount(others.length);
        }
        await expect(
          // Behind the tap the link is there, though hidden until the student opens it.
          block.getByRole('link', {
            name: 'Read the whole text at this sentence',
            includeHidden: true,
          }),
        ).toHaveAttribute(
          'href',
          new RegExp(`^/documents/${claim.documentId}\\?from=[^&#]+&q=${n}#c-${claim.id}$`),
        );
      }
    }
    await page.getByRole('button', { name: 'Next question' }).click();
  }
});

test('the link from the evidence opens the whole text with that sentence shaded', async ({
  page,
}) => {
  await page.goto('/play?seed=open-text&count=1&kinds=figure-to-outlet&mode=practice');
  const { exercise } = await currentItem(page);
  await answerByKeyboard(page, choice(exercise, true));
  const evidence = exercise.evidence.find((e) => e.claimId)!;
  const claim = corpus.claims.find((c) => c.id === evidence.claimId)!;
  await page.getByRole('link', { name: 'Read the whole text at this sentence' }).first().click();
  await expect(page).toHaveURL(
    new RegExp(`/documents/${claim.documentId}\\?from=[^&#]+&q=1#c-${claim.id}$`),
  );
  await expect(page.locator(`[id="c-${claim.id}"]`)).toBeInViewport();
  expect((await page.locator('.source-text .in-quote').allTextContents()).join('')).toBe(
    claim.quote.exact,
  );

  // A quotation is no figure and has no anchor of its own: its link opens the text at its place.
  await page.goto('/play?seed=open-quote&count=1&kinds=who-said-it&mode=practice');
  const quoted = (await currentItem(page)).exercise;
  await answerByKeyboard(page, choice(quoted, true));
  const words = quoted.evidence[0]!;
  expect(words.claimId).toBeNull();
  await page.getByRole('link', { name: 'Read the whole text at this sentence' }).first().click();
  await expect(page).toHaveURL(
    new RegExp(
      `/documents/${words.documentId}\\?from=[^&#]+&q=1#at-${words.quote.start}-${words.quote.end}$`,
    ),
  );
});

test('a challenge keeps the feedback for the end, then reviews every question', async ({
  page,
}) => {
  await page.goto('/play?mode=challenge&seed=quiet&count=4');
  const keys: string[] = [];
  let marks = 0;
  for (let n = 1; n <= 4; n++) {
    await expect(page.locator('form.question .meta')).toContainText(`Question ${n} of 4`);
    const { key, exercise } = await currentItem(page);
    keys.push(key);
    const chosen = choice(exercise, n <= 3);
    marks += scoreAnswer(exercise, chosen, 'high').certaintyMarks!;
    await answerByKeyboard(page, chosen, 3);
    await expect(page.locator('section.feedback')).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  await expect(page.locator('.score .big')).toHaveText('3 of 4 right');
  // Every question again, the wrong one open, with its evidence as compact as the feedback's.
  const review = page.locator('ol.review > li > details');
  await expect(review).toHaveCount(4);
  await expect(page.locator('ol.review > li > details[open]')).toHaveCount(1);
  await expect(review.locator('details.more')).toHaveCount(4);
  // By skill: counts for skills asked more than once, a mark for those asked once; 3 right in all.
  const skills = page.getByRole('region', { name: 'By skill' });
  const counted = await skills
    .locator('.skills:not(.once) li, [aria-label="Right answers by skill"] li')
    .allInnerTexts();
  const rightOnce = await skills.locator('.once .mark.right').count();
  expect(counted.reduce((sum, k) => sum + Number(/(\d+) of \d+/.exec(k)![1]), rightOnce)).toBe(3);
  await expect(page.locator('.score')).toContainText(
    `${formatScore(marks)} certainty marks on the 4 answers you rated, out of 12`,
  );

  await page.getByRole('button', { name: 'Play this set again' }).click();
  await expect(page.locator('form.question .meta')).toContainText('Question 1 of 4');
  expect((await currentItem(page)).key).toBe(keys[0]);
});

test('a reload in the middle of a round carries on at the same question', async ({ page }) => {
  await page.goto('/play?mode=practice&seed=carry-on&count=3');
  const first = await currentItem(page);
  await answerByKeyboard(page, choice(first.exercise, true));
  await page.getByRole('button', { name: 'Next question' }).click();
  const second = await currentItem(page);
  await page.reload();
  await expect(page.locator('form.question .meta')).toContainText('Question 2 of 3');
  expect((await currentItem(page)).exercise.id).toBe(second.exercise.id);
});

test('the feedback on screen comes back after a reload, and after reading the whole text', async ({
  page,
}) => {
  await page.goto('/play?mode=practice&seed=come-back&count=2&kinds=figure-to-outlet');
  const { exercise } = await currentItem(page);
  await answerByKeyboard(page, choice(exercise, false), 2);
  const verdict = page.locator('section.feedback').getByRole('heading', { level: 1 });
  await expect(verdict).toHaveText(/Not quite/);

  await page.reload();
  await expect(verdict).toHaveText(/Not quite/);
  await expect(verdict).toBeFocused();
  await expect(page.locator('section.feedback .meta')).toHaveText('Question 1 of 2');

  await page.getByRole('link', { name: 'Read the whole text at this sentence' }).first().click();
  await expect(page.locator('.source-text')).toBeVisible();
  await page.goBack();
  await expect(verdict).toHaveText(/Not quite/);

  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('form.question .meta')).toContainText('Question 2 of 2');
  await page.reload();
  await expect(page.locator('form.question .meta')).toContainText('Question 2 of 2');
});

test('an ordering question names its move buttons by each item’s plain text', async ({ page }) => {
  // A one-question round whose question is an ordering one, found the way the quiz draws it.
  const seed = Array.from({ length: 200 }, (_, i) => `order-${i}`).find(
    (s) =>
      generateExercises(corpus, { seed: s, count: 1, kinds: ['timeline'] })[0]!.format === 'order',
  )!;
  await page.goto(`/play?seed=${seed}&count=1&kinds=timeline`);
  const { exercise } = await currentItem(page);
  expect(exercise.format).toBe('order');
  const items = page.locator('ol.order > li');
  await expect(items).toHaveCount(exercise.options.length);
  for (const [i, option] of exercise.options.entries()) {
    const item = items.nth(i);
    await expect(item.locator('button').first()).toHaveAccessibleName(`Move “${option.label}” up`);
    await expect(item.locator('button').last()).toHaveAccessibleName(`Move “${option.label}” down`);
  }
  await expect(page.getByRole('button', { name: /Text|</ })).toHaveCount(0);
});
