import { corpus, expect, test } from './fixtures.js';

const arabic = /[\u0600-\u06ff]/;

test.describe('a document page', () => {
  for (const document of corpus.documents) {
    test(`shows ${document.id} whole, with every figure marked as the text writes it`, async ({
      page,
    }) => {
      await page.goto(`/documents/${document.id}`);
      await expect(page).toHaveTitle(new RegExp(`Attribution Lab`));
      const text = page.locator('.source-text .passage');
      expect(await text.textContent()).toBe(document.text);
      const claims = corpus.claims.filter((c) => c.documentId === document.id);
      for (const claim of claims) {
        await expect(page.locator(`[id="c-${claim.id}"]`)).toHaveText(claim.numeral.asWritten);
      }
      await expect(page.locator('.source-text mark.figure')).toHaveCount(claims.length);
    });
  }

  test('opens at a figure with its whole quote shaded', async ({ page }) => {
    const claim = corpus.claims.find((c) => c.documentId === corpus.documents[0]!.id)!;
    await page.goto(`/documents/${claim.documentId}#c-${claim.id}`);
    await expect(page.locator('.source-text .in-quote').first()).toBeVisible();
    const shaded = await page.locator('.source-text .in-quote').allTextContents();
    expect(shaded.join('')).toBe(claim.quote.exact);
    await expect(page.locator(`[id="c-${claim.id}"]`)).toBeInViewport();
  });

  test('lays out Arabic words right to left inside English text', async ({ page }) => {
    const document = corpus.documents.find((d) => arabic.test(d.text));
    expect(document, 'a document with Arabic words').toBeDefined();
    await page.goto(`/documents/${document!.id}`);
    const runs = page.locator('.source-text [lang="ar"][dir="rtl"]');
    expect(await runs.count()).toBeGreaterThan(0);
    for (const run of await runs.allTextContents()) expect(run).toMatch(/^[\u0600-\u06ff]/);
    const direction = await page
      .locator('.source-text')
      .evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('ltr');
  });
});

test('a topic page lists every outlet’s figure for it, with who they cite', async ({ page }) => {
  const topic = corpus.topics
    .map((t) => ({ t, n: corpus.claims.filter((c) => c.topicId === t.id).length }))
    .sort((a, b) => b.n - a.n)[0]!.t;
  await page.goto(`/topics/${topic.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.label);
  const claims = corpus.claims.filter((c) => c.topicId === topic.id);
  await expect(page.locator('ol.rows > li')).toHaveCount(claims.length);
  for (const claim of claims) {
    await expect(
      page.locator(`a[href="/documents/${claim.documentId}#c-${claim.id}"]`),
    ).toHaveCount(1);
  }
});

test('the names page lists every spelling the texts use', async ({ page }) => {
  await page.goto('/names');
  for (const actor of corpus.actors.slice(0, 10)) {
    const section = page.locator(`section[id="${actor.id}"]`);
    for (const alias of actor.aliases) {
      await expect(section.locator('.spelling', { hasText: alias }).first()).toBeVisible();
    }
  }
});
