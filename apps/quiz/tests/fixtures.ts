/**
 * What every browser test shares: the corpus to check the pages against, a guard that fails the
 * test on any console error or uncaught exception in any page it opened, and an axe check.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { corpus } from '@attribution-lab/corpus';

export { corpus, expect };

interface Fixtures {
  /** Console errors a test expects, such as the 404 a malformed link is meant to get. */
  allowedConsoleErrors: RegExp[];
  /** Watches another browser context (a second student) with the same guard. */
  guard: (context: BrowserContext) => void;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watchPage = (page: Page) => {
        page.on('console', (message) => {
          const text = message.text();
          if (message.type() === 'error' && !allowedConsoleErrors.some((r) => r.test(text))) {
            errors.push(`${page.url()}: ${text}`);
          }
        });
        page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
      };
      const guard = (ctx: BrowserContext) => {
        ctx.pages().forEach(watchPage);
        ctx.on('page', watchPage);
      };
      guard(context);
      await use(guard);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

/** Runs axe with the WCAG 2.2 A and AA rules and best practices; the page must have no violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits until the service worker has cached the app and controls the page, so that going offline
 * after it tests the app offline rather than a page that was never kept.
 */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}
