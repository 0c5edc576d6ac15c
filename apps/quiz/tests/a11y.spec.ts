import { expectAccessible, corpus, expect, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem } from './play.js';

/**
 * One topic page per shape of content the template renders (kind of figure, none/one/many
 * figures, with or without the chart), rather than all of them: axe takes about two seconds a page.
 */
function topicsOfEveryShape(): string[] {
  const shapes = new Map<string, string>();
  for (const topic of corpus.topics) {
    const claims = corpus.claims.filter((c) => c.topicId === topic.id);
    const numeric = claims.filter((c) => typeof c.value === 'number').length;
    const shape = [
      topic.kind,
      Math.min(claims.length, 2),
      topic.kind === 'count' && numeric > 1,
    ].join('|');
    if (!shapes.has(shape)) shapes.set(shape, topic.id);
  }
  return [...shapes.values()].map((id) => `/topics/${id}`);
}

const pages = [
  '/',
  '/about',
  '/documents',
  ...corpus.documents.map((d) => `/documents/${d.id}`),
  '/topics',
  ...topicsOfEveryShape(),
  '/names',
  '/results',
  '/teacher',
];

test.describe('axe finds no violations', () => {
  for (const path of pages) {
    test(`on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expectAccessible(page);
    });
  }

  test('on a question, its feedback and the end of a round', async ({ page }) => {
    // Several axe runs (about two seconds each) around a round.
    test.slow();
    await page.goto('/play?mode=practice&seed=axe&count=2&kinds=discernment,figure-to-outlet');
    await expectAccessible(page);
    const first = await currentItem(page);
    await answerByKeyboard(page, choice(first.exercise, false), 2);
    await expect(page.locator('section.feedback')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Next question' }).click();
    const second = await currentItem(page);
    await answerByKeyboard(page, choice(second.exercise, true), 3);
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'your result' }).click();
    await expect(page.getByRole('heading', { name: 'A student’s result' })).toBeVisible();
    await expectAccessible(page);
  });

  test('on an ordering question', async ({ page }) => {
    // Several axe runs (about two seconds each) around a round.
    test.slow();
    await page.goto('/play?mode=practice&seed=axe-order&count=10&kinds=timeline');
    for (let i = 0; i < 10; i++) {
      const { exercise } = await currentItem(page);
      if (exercise.format === 'order') break;
      await answerByKeyboard(page, choice(exercise, true));
      await page.getByRole('button', { name: /Next question/ }).click();
    }
    await expect(page.locator('ol.order')).toBeVisible();
    await expectAccessible(page);
  });

  test('on a malformed link and on the results page with a notice', async ({ page }) => {
    await page.goto('/play?seed=x&count=0');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not work/);
    await expectAccessible(page);
    await page.evaluate(() => localStorage.setItem('attribution-lab.progress', 'not json'));
    await page.goto('/results');
    await expect(page.locator('.notice')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('axe on the not-found page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('finds no violations', async ({ page }) => {
    await page.goto('/no-such-page');
    await expectAccessible(page);
  });
});
