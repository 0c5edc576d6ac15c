import { expect, test } from './fixtures.js';

const PAGES = [
  '/',
  '/play?seed=csp&count=3',
  '/documents/midan-return-of-isis-analysis',
  '/teacher',
];

test('every page carries a Content Security Policy that allows no inline or foreign script', async ({
  page,
}) => {
  for (const path of PAGES) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy, path).toMatch(/default-src 'self'/);
  }
});

test('every page has its own title and the favicon', async ({ page, request }) => {
  const titles = new Set<string>();
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    titles.add(await page.title());
  }
  expect(titles.size).toBe(PAGES.length);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await request.get(icon!)).ok()).toBe(true);
});

for (const width of [320, 1280]) {
  test(`nothing jumps while the first question and saved results load, ${width} px wide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) w.shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/play?seed=steady&count=5', '/results']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      // Until what loads after the heading has landed (the question, saved results, fonts), not a
      // fixed wait: on a busy machine a late shift came after half a second and was never counted.
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(
        await page.evaluate(() => (window as unknown as { shift: number }).shift),
        path,
      ).toBeLessThan(0.01);
    }
  });
}

test('a keyboard user always sees where the focus is', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focus ring on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test.describe('with reduced motion asked for', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the page does not scroll smoothly', async ({ page }) => {
    await page.goto('/documents/midan-return-of-isis-analysis');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
  });
});
