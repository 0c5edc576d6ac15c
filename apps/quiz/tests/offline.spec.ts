import { expect, test } from './fixtures.js';
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

  // Wait until the service worker has cached the app and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

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
