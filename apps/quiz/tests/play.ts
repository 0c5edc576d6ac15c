/**
 * Playing the quiz the way a keyboard user does: Tab to a control, Space or the arrow keys to
 * choose, Enter to press. The helpers read the question's data only to decide what to answer.
 */
import type { Locator, Page } from '@playwright/test';
import type { Exercise } from '@attribution-lab/exercises';
import type { QuizItem } from '../src/lib/quiz-item.js';
import { expect } from './fixtures.js';

/** Presses Tab until the target has the focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The question on screen, as the site serves it. */
export async function currentItem(page: Page): Promise<QuizItem> {
  const form = page.locator('form.question');
  await expect(form).toBeVisible();
  const key = await form.getAttribute('data-key');
  const response = await page.request.get(`/data/exercise/${key}.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as QuizItem;
}

/** Option ids that answer the exercise rightly, or wrongly (a wrong answer where there is one). */
export function choice(exercise: Exercise, right: boolean): string[] {
  if (right || exercise.format === 'order') {
    return right ? exercise.answer : [...exercise.answer].reverse();
  }
  const wrong = exercise.options.find((o) => !exercise.answer.includes(o.id))!;
  return [wrong.id];
}

/** Chooses the options by keyboard and submits; confidence 1–3 picks "how sure", 0 leaves it. */
export async function answerByKeyboard(
  page: Page,
  chosen: string[],
  confidence = 0,
): Promise<void> {
  const item = await currentItem(page);
  const { exercise } = item;
  const form = page.locator('form.question');
  if (exercise.format === 'single') {
    const target = exercise.options.findIndex((o) => o.id === chosen[0]);
    await tabTo(page, form.locator('input[type="radio"]').first());
    await page.keyboard.press('Space');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  } else if (exercise.format === 'multiple') {
    for (const id of chosen) {
      await tabTo(page, form.locator(`input[type="checkbox"][value="${id}"]`));
      await page.keyboard.press('Space');
    }
  } else {
    // Put the items in order from the top, moving each up into its place.
    for (let position = 0; position < chosen.length; position++) {
      const id = chosen[position]!;
      const order = await form
        .locator('ol.order > li')
        .evaluateAll((els) => els.map((el) => el.id.slice(5)));
      const from = order.indexOf(id);
      if (from === position) continue;
      await tabTo(page, form.locator(`[id="move-up-${id}"]`));
      for (let i = from; i > position; i--) await page.keyboard.press('Enter');
    }
    const final = await form
      .locator('ol.order > li')
      .evaluateAll((els) => els.map((el) => el.id.slice(5)));
    expect(final).toEqual(chosen);
  }
  if (confidence > 0) {
    await tabTo(page, form.locator('input[name^="confidence"]').first());
    await page.keyboard.press('Space');
    for (let i = 1; i < confidence; i++) await page.keyboard.press('ArrowRight');
  }
  await tabTo(page, form.getByRole('button', { name: /Check answer|Save answer/ }));
  await page.keyboard.press('Enter');
}
