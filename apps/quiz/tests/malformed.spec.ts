import { SET_ASIDE_PREFIX, STORAGE_KEY } from '../src/lib/storage.js';
import { expect, test } from './fixtures.js';
import { answerByKeyboard, choice, currentItem } from './play.js';

test.describe('a malformed link gets a page that says what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['/play?seed=x&count=500', /count.*500 is out of range/],
    ['/play?seed=x&count=ten', /count.*not a whole number/],
    ['/play?seed=x&kinds=guessing', /"guessing" is not an exercise kind/],
    ['/play?seed=x&difficulty=9', /difficulty/],
    ['/play?seed=x&mode=race', /“race” is not a way to play/],
    ['/play?seed=', /seed is missing/],
    ['/result?seed=x&count=3&code=NOPE', /does not look like a result code/],
    ['/result?count=3&code=A1-AA', /does not say which set/],
  ];
  for (const [path, message] of cases) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not work/);
      await expect(page.locator('main')).toContainText(message);
      await expect(
        page.getByRole('link', { name: /Start a new round|start a round/ }),
      ).toBeVisible();
    });
  }

  test('a result code that was mistyped is caught, not shown as someone else’s result', async ({
    page,
  }) => {
    await page.goto('/result?seed=x&count=2&mode=challenge&code=A1B2-ZZ');
    await expect(page.locator('main')).toContainText(/does not match this round/);
  });
});

test.describe('an unknown address', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  for (const path of ['/documents/no-such-text', '/topics/no-such-topic', '/nowhere']) {
    test(`${path} gets the friendly not-found page with a 404 status`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
      await expect(page).toHaveTitle(/Page not found/);
      await expect(page.getByRole('link', { name: 'Start a round' })).toBeVisible();
    });
  }

  for (const path of ['/documents/nope', '/topics/nope', '/play/extra']) {
    test(`${path}, one folder deep, gets the styled page and nothing else fails`, async ({
      page,
    }) => {
      const failed: string[] = [];
      page.on('response', (response) => {
        const own = response.request().resourceType() === 'document';
        if (response.status() >= 400 && !own) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      // The site's stylesheet gives the start link its button colours.
      await expect(page.getByRole('link', { name: 'Start a round' })).toHaveCSS(
        'background-color',
        'rgb(13, 92, 87)',
      );
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect((await page.request.get(new URL(icon!, page.url()).href)).ok()).toBe(true);
      expect(failed).toEqual([]);
    });
  }
});

test.describe('saved data that cannot be read', () => {
  const broken: [string, string][] = [
    ['broken JSON', '{"version":1,"rounds":['],
    ['data from an older version', JSON.stringify({ version: 0, results: [{ score: 3 }] })],
    [
      'a damaged round',
      JSON.stringify({ version: 1, rounds: [{ query: 'seed=a', answers: 'lots' }] }),
    ],
  ];
  for (const [what, value] of broken) {
    test(`${what} is set aside with a notice, and the round plays on`, async ({ page }) => {
      await page.goto('/about');
      await page.evaluate(([key, v]) => localStorage.setItem(key, v), [
        STORAGE_KEY,
        value,
      ] as const);
      await page.goto('/play?mode=practice&seed=after-damage&count=2');
      await expect(page.locator('.notice')).toContainText('could not be used');
      const { exercise } = await currentItem(page);
      await answerByKeyboard(page, choice(exercise, true));
      await expect(page.locator('section.feedback')).toBeVisible();

      const stored = await page.evaluate(
        (prefix) =>
          Object.entries(localStorage)
            .filter(([k]) => k.startsWith(prefix))
            .map(([, v]) => v),
        SET_ASIDE_PREFIX,
      );
      expect(stored).toEqual([value]);
      await page.goto('/results');
      await expect(page.locator('.rounds li')).toHaveCount(1);
    });
  }
});
