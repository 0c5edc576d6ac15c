import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';

const CLI = fileURLToPath(new URL('../../report/dist/cli.js', import.meta.url));
const SEED = 'offline-7b';
const COUNT = 6;

const pdftotext = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().normalize('NFC');

/**
 * The questions as a student reads them: from question 1 to the texts, with the running headers
 * and footers (which carry page numbers) left out and lines joined, so only wording counts.
 */
function questions(text: string): string {
  const from = text.search(/^1\. /m);
  const to = text.indexOf('\nThe texts\n', from);
  expect(from, 'question 1').toBeGreaterThanOrEqual(0);
  expect(to, 'the texts after the questions').toBeGreaterThan(from);
  return text
    .slice(from, to)
    .split('\n')
    .filter((line) => !/^Attribution Lab · |^Answer from the texts|^Page \d+ of \d+$/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

test('the teacher page makes the worksheet offline, with the questions the command prints', async ({
  page,
  context,
}) => {
  // Rendering a PDF of several pages in the browser is work for a slow machine.
  test.slow();
  const kitRequests: string[] = [];
  page.on('request', (request) => {
    if (/teacher-kit|\.ttf$|\.woff$/.test(request.url())) kitRequests.push(request.url());
  });

  await page.goto('/teacher');
  // The class code shows once the page's script has set the form up (a random set name among it).
  await expect(page.locator('.class-code')).toBeVisible();
  await page.getByLabel('Set name (seed)').fill(SEED);
  await page.getByLabel('Questions').fill(String(COUNT));
  await page.getByLabel('Questions').dispatchEvent('input');
  // The service worker says when it holds what printing needs; only then is going offline fair.
  await expect(page.getByText('This device can also make the worksheet offline.')).toBeVisible();
  expect(kitRequests, 'pdfmake and the fonts are not loaded before they are asked for').toEqual([]);

  await context.setOffline(true);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download worksheet (PDF)' }).click();
  const download = await downloading;
  await expect(
    page.getByRole('status').filter({ hasText: 'The worksheet is ready' }),
  ).toBeVisible();
  expect(download.suggestedFilename()).toBe(`worksheet-${SEED}.pdf`);

  const folder = mkdtempSync(join(tmpdir(), 'worksheet-'));
  const fromBrowser = join(folder, 'browser.pdf');
  await download.saveAs(fromBrowser);
  const fromCommand = join(folder, 'command.pdf');
  execFileSync('node', [
    CLI,
    '--document',
    'worksheet',
    '--seed',
    SEED,
    '--count',
    String(COUNT),
    '--out',
    fromCommand,
  ]);

  const browserText = pdftotext(fromBrowser);
  const commandText = pdftotext(fromCommand);
  expect(questions(browserText)).toBe(questions(commandText));
  expect(questions(browserText)).toMatch(new RegExp(`^1\\. .* ${COUNT}\\. `));
  // The answer key comes with it, as with the command.
  expect(browserText).toContain('Answer key');
  const pages = (file: string) =>
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1];
  expect(pages(fromBrowser)).toBe(pages(fromCommand));
  // Set in the bundled fonts, embedded, never a viewer's substitute.
  expect(execFileSync('pdffonts', [fromBrowser]).toString()).toMatch(/NotoSans-Regular.*yes/);
});

test.describe('without a connection', () => {
  // The kit's script fails to load, and the browser says so in the console.
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('offline on a device that never kept the kit, the worksheet says to open the page online once', async ({
    browser,
    guard,
  }) => {
    // No service worker: nothing of the kit is kept, as on a device that only ever saw the start page.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    guard(context);
    const page = await context.newPage();
    await page.goto('/teacher');
    await expect(page.locator('.class-code')).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Download worksheet (PDF)' }).click();
    await expect(page.getByText(/Open this page once with a connection/)).toBeVisible();
    await context.close();
  });
});
