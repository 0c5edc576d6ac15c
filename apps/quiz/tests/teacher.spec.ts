import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import {
  generateExercises,
  parseSettingsParams,
  scoreAnswer,
  type Misconception,
} from '@attribution-lab/exercises';
import { joinCode } from '../src/lib/join-code.js';
import { misconceptionTitle } from '../src/lib/misconception-labels.js';
import { encodeResultCode } from '../src/lib/result-code.js';
import { readRoundLink } from '../src/lib/round-link.js';
import { corpus, expect, expectAccessible, test, untilServiceWorkerControls } from './fixtures.js';
import { answerByKeyboard, choice, currentItem, tabTo } from './play.js';

const LINK =
  '/play?seed=class-7b&count=5&kinds=figure-to-outlet,qualifier,timeline,discernment&mode=challenge';

interface Played {
  ids: string[];
  /** What each wrong answer showed, as the package marks it. */
  misconceptions: Misconception[];
}

/** Plays a challenge round by keyboard, every answer right or every answer wrong. */
async function playThrough(
  page: Page,
  count: number,
  right: (n: number) => boolean,
): Promise<Played> {
  const played: Played = { ids: [], misconceptions: [] };
  for (let n = 1; n <= count; n++) {
    await expect(page.locator('form.question .meta')).toContainText(`Question ${n} of ${count}`);
    const { exercise } = await currentItem(page);
    played.ids.push(exercise.id);
    const chosen = choice(exercise, right(n));
    played.misconceptions.push(...scoreAnswer(exercise, chosen).misconceptions);
    await answerByKeyboard(page, chosen, n % 3);
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  return played;
}

/** A student's own browser, which may copy to the clipboard as a real one would after a click. */
async function studentPage(
  browser: Browser,
  guard: (c: import('@playwright/test').BrowserContext) => void,
) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  guard(context);
  return context.newPage();
}

/** Types a nickname on the end-of-round screen, copies the code, and returns what was copied. */
async function copyCode(page: Page, nickname: string): Promise<string> {
  await page.getByLabel(/Your name or a nickname/).fill(nickname);
  await tabTo(page, page.getByRole('button', { name: 'Copy code' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Code copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.locator('.share code')).toHaveText(copied);
  return copied;
}

/** The text of a QR code in the page, as Debian's zbarimg reads it from a screenshot. */
async function scanQr(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'qr-'));
  const file = join(dir, 'qr.png');
  writeFileSync(file, await page.getByRole('img', { name: /QR code/ }).screenshot());
  return execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim();
}

test('a teacher sets a round, two students join by link and by class code, and the class view shows them', async ({
  page,
  browser,
  guard,
}) => {
  // Two whole rounds by keyboard and a class view: give it the time a slow CI machine needs.
  test.slow();
  await page.goto('/teacher');
  await expect(page.locator('.class-code')).toBeVisible();
  await page.getByLabel('Questions').fill('4');
  await page.getByLabel('Which text gives it?').check();
  await page.getByLabel('Supported or not?').check();
  await page.getByLabel(/Challenge/).check();
  const joinCode = (await page.locator('.class-code').innerText()).trim();
  expect(joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  const href = (await page.getByRole('link', { name: 'Try it' }).getAttribute('href'))!;
  expect(href).toMatch(
    /^\/play\?seed=[0-9a-z]{4}&count=4&kinds=figure-to-outlet%2Cdiscernment&mode=challenge$/,
  );

  // The round is in the page's own address: a reload (or a bookmark) comes back to it.
  await expect(page).toHaveURL(`/teacher${href.slice('/play'.length)}`);
  await page.reload();
  await expect(page.locator('.class-code')).toHaveText(joinCode);
  await expect(page.getByLabel('Questions')).toHaveValue('4');
  await expect(page.getByLabel('Supported or not?')).toBeChecked();
  await expect(page.getByLabel(/Challenge/)).toBeChecked();

  // The QR code is the round's whole address, for phones in the room.
  const origin = new URL(page.url()).origin;
  expect(await scanQr(page)).toBe(`${origin}${href}`);
  await page.getByRole('button', { name: 'Large for a projector' }).click();
  await expect(page.getByRole('button', { name: 'Large for a projector' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await scanQr(page)).toBe(`${origin}${href}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Large for a projector' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // One student follows the link and answers everything right...
  const maya = await studentPage(browser, guard);
  await maya.goto(href);
  await expect(maya.locator('form.question')).toBeVisible();
  await expect(maya.getByText('You joined your class’s round')).toHaveCount(0);
  await playThrough(maya, 4, () => true);
  const mayaCode = await copyCode(maya, 'Maya');

  // ...the other types the class code on the start page, as read off the board, and gets it all wrong.
  const omar = await studentPage(browser, guard);
  await omar.goto('/');
  await omar
    .getByLabel('Type the class code your teacher shows')
    .fill(joinCode.toLowerCase().replaceAll('-', ' '));
  await omar.keyboard.press('Enter');
  await expect(omar).toHaveURL(href);
  // The code says which round it is, so the page says the student is in their class's round.
  await expect(
    omar.getByRole('status').filter({ hasText: 'You joined your class’s round' }),
  ).toBeVisible();
  const wrong = await playThrough(omar, 4, () => false);
  const omarCode = await copyCode(omar, 'Omar');
  expect(omarCode).toMatch(/^Omar: /);

  await page.getByLabel('Students’ codes, one per line').fill(`${mayaCode}\n\n${omarCode}\n`);
  await page.getByRole('button', { name: 'Show the class', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '2 students in the class view.' }),
  ).toBeVisible();
  const rows = page.locator('table.students tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('th')).toHaveText('Maya');
  await expect(rows.nth(0).locator('td').first()).toHaveText('4 of 4');
  await expect(rows.nth(1).locator('th')).toHaveText('Omar');
  await expect(rows.nth(1).locator('td').first()).toHaveText('0 of 4');

  const misreadings = page.locator('ul.misconceptions');
  expect(wrong.misconceptions.length).toBeGreaterThan(0);
  for (const m of new Set(wrong.misconceptions)) {
    await expect(misreadings).toContainText(misconceptionTitle(m));
  }
  await expect(page.locator('ol.wrong > li')).toHaveCount(4);
  // The teacher's view reports; it gives none of the advice the student's own page gives.
  await expect(page.locator('main')).not.toContainText(/next time|Well done/i);
  await expectAccessible(page);

  // The spreadsheet reads back as the view: BOM, CRLF, the names and scores.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download as CSV/ }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('\r\n');
  const records = parse(csv, { bom: true }) as string[][];
  expect(records.map((r) => r.slice(0, 3))).toEqual([
    ['Student', 'Right', 'Questions'],
    ['Maya', '4', '4'],
    ['Omar', '0', '4'],
  ]);
  expect(records[1]!.slice(5)).toEqual(['right', 'right', 'right', 'right']);
  await maya.context().close();
  await omar.context().close();
});

/** A student in a fresh browser plays a two-question challenge (k7m2), the second answer right, and copies their code. */
async function playedCode(
  browser: Browser,
  guard: Parameters<typeof studentPage>[1],
  nickname: string,
): Promise<string> {
  const student = await studentPage(browser, guard);
  await student.goto('/play?seed=k7m2&count=2&mode=challenge');
  await playThrough(student, 2, (n) => n === 1);
  const code = await copyCode(student, nickname);
  await student.context().close();
  return code;
}

test('a code for another round says which setting differs, and a damaged one says it is damaged', async ({
  page,
  browser,
  guard,
}) => {
  const code = await playedCode(browser, guard, 'Sam');

  await page.goto('/teacher?seed=k7m2&count=2&mode=practice');
  await expect(page.getByLabel(/Practice/)).toBeChecked();
  const damaged = code.replace(/-(.)/, (_, c: string) => `-${c === 'A' ? 'B' : 'A'}`);
  await page.getByLabel('Students’ codes, one per line').fill(`${code}\n${damaged}`);
  await page.getByRole('button', { name: 'Show the class', exact: true }).click();
  const problems = page.locator('.problems li');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText(
    'This code is for a Challenge round; this round is Practice.',
  );
  await expect(problems.nth(1)).toContainText(/damaged/);

  // The same code counts once the page is set to the round it was played in.
  await page.getByLabel(/Challenge/).check();
  await expect(page.getByRole('status').filter({ hasText: 'The round changed' })).toBeVisible();
  await expect(page.locator('.problems')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the class', exact: true }).click();
  await expect(page.locator('table.students tbody tr')).toHaveCount(1);
  await expect(page.locator('table.students tbody th')).toHaveText('Sam');
});

test('a teacher on another device reads the class by the round the codes name, without typing it', async ({
  page,
  browser,
  guard,
}) => {
  const code = await playedCode(browser, guard, 'Ana');

  // A fresh teacher's page draws a set of its own.
  await page.goto('/teacher');
  await page.getByLabel('Students’ codes, one per line').fill(code);
  await page.getByRole('button', { name: 'Show the class', exact: true }).click();
  await expect(
    page.getByText('they are for another one (Challenge, 2 questions, question set “k7m2”)'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show the class for that round' }).click();
  await expect(page).toHaveURL(/\/teacher\?seed=k7m2&count=2&mode=challenge$/);
  await expect(page.locator('table.students tbody th')).toHaveText('Ana');
  await expect(page.locator('.problems')).toHaveCount(0);
});

test('a class code with a typo is refused on the start page, saying why', async ({ page }) => {
  await page.goto('/');
  const input = page.getByLabel('Type the class code your teacher shows');
  await input.fill('K7M2-Q9XA');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/9 letters and digits.*this has 8/);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('K7M2-Q9XA-U');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/“U” is not in class codes/);
  await expect(page).toHaveURL('/');
});

test('a class code sent before the page’s script runs still joins the round', async ({
  page,
  browser,
}) => {
  const link = readRoundLink(new URLSearchParams('seed=k7m2&count=3&mode=challenge'));
  if (!link.ok) throw new Error('the test round does not read');
  const code = joinCode(link.plan)!;
  // A slow phone: the student types and presses Enter before any script has run.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const early = await noScript.newPage();
  await early.goto('/');
  await early.getByLabel('Type the class code your teacher shows').fill(code);
  await early.keyboard.press('Enter');
  await expect(early).toHaveURL(/\/\?class=/);
  const sent = early.url();
  await noScript.close();
  // Once the script runs, the page the form went to joins the round.
  await page.goto(sent);
  await expect(page).toHaveURL(`/play?${link.query}`);
});

test('a set name typed before the teacher page’s script runs is kept', async ({ page }) => {
  // A slow connection: the form is on screen while the page's scripts are still on their way.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/teacher', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Set name (seed)').fill('early-bird');
  release();
  // Once the script has run, the page's address names the round on the form.
  await expect(page).toHaveURL(/[?&]seed=early-bird(&|$)/);
  await expect(page.getByLabel('Set name (seed)')).toHaveValue('early-bird');
});

test('a teacher’s link gives a student in a fresh browser the same questions, the worksheet’s set', async ({
  page,
  browser,
  guard,
}) => {
  // A whole round or two, by keyboard: give it the time a slow CI machine needs.
  test.slow();
  await page.goto(LINK);
  const mine = await playThrough(page, 5, (n) => n % 2 === 0);

  const other = await browser.newContext();
  guard(other);
  const theirs = await playThrough(
    await other.newPage().then(async (p) => (await p.goto(LINK), p)),
    5,
    (n) => n % 2 === 0,
  );
  await other.close();

  expect(theirs.ids).toEqual(mine.ids);
  const settings = parseSettingsParams(new URL(LINK, 'http://x').searchParams);
  expect(mine.ids).toEqual(generateExercises(corpus, settings).map((e) => e.id));
});

test('a student’s result link opens the same result, with their name, in another browser', async ({
  page,
  browser,
  guard,
}) => {
  await page.goto('/play?seed=q9xa&count=3&mode=challenge');
  await playThrough(page, 3, (n) => n !== 2);
  const score = await page.locator('.score .big').innerText();
  await page.getByLabel(/Your name or a nickname/).fill('Zoë');
  const code = await page.locator('.share code').innerText();
  const href = await page.getByRole('link', { name: /your result/ }).getAttribute('href');
  // The code names its round: the link needs nothing beside it.
  expect(href).toBe(`/result?code=${encodeURIComponent(code)}`);

  const teacher = await browser.newContext();
  guard(teacher);
  const view = await teacher.newPage();
  await view.goto(href!);
  await expect(view.getByRole('heading', { name: 'A student’s result' })).toBeVisible();
  await expect(view.locator('.result-of')).toHaveText('Result of Zoë');
  expect(await view.locator('.score .big').innerText()).toBe(score);
  await expect(view.locator('ol.review > li')).toHaveCount(3);
  // The teacher reads the result; the advice the student got is not repeated to them.
  await expect(view.getByRole('heading', { name: 'Misreadings in these answers' })).toBeVisible();
  await expect(view.locator('main')).not.toContainText(/next time|Well done|your progress/i);
  await teacher.close();
});

test('the teacher’s page, its guide and the start page pass axe and fit 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/teacher?seed=k7m2&count=5&mode=practice', '/teacher/guide', '/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    if (path.startsWith('/teacher?')) {
      await expect(page.locator('.class-code')).toBeVisible();
      await page.getByRole('button', { name: 'Large for a projector' }).click();
    }
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
  // The guide names the real texts, each linked to its page.
  await page.goto('/teacher/guide');
  for (const document of corpus.documents) {
    await expect(page.locator(`a[href="/documents/${document.id}"]`).first()).toBeVisible();
  }
});

test('once loaded, the teacher’s page reads a class’s codes and writes the CSV offline', async ({
  page,
  context,
}) => {
  const query = 'seed=n0w1&count=3&mode=challenge';
  await page.goto(`/teacher?${query}`);
  await expect(page.locator('.class-code')).toBeVisible();
  await untilServiceWorkerControls(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel('Set name (seed)')).toHaveValue('n0w1');

  // Codes as two students' devices would make them: every answer right, and every answer wrong.
  const plan = readRoundLink(new URLSearchParams(query));
  if (!plan.ok) throw new Error(plan.problems.join(' '));
  const exercises = generateExercises(corpus, plan.plan.settings);
  const codeOf = (name: string, right: boolean) =>
    encodeResultCode(
      plan,
      exercises.map((e) => ({ exerciseKey: e.id, chosen: choice(e, right), confidence: null })),
      name,
    );
  // One code pasted, the other loaded from a file (a class's codes collected in a text file).
  await page.getByLabel('Students’ codes, one per line').fill(codeOf('Ana', true));
  await page.getByLabel('Or load a text file of codes').setInputFiles({
    name: 'codes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${codeOf('Ben', false)}\r\n`),
  });
  await expect(page.getByRole('status').filter({ hasText: 'One file added' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the class', exact: true }).click();
  await expect(page.locator('table.students tbody td:first-of-type')).toHaveText([
    '3 of 3',
    '0 of 3',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download as CSV/ }).click(),
  ]);
  const records = parse(readFileSync((await download.path())!, 'utf8'), { bom: true });
  expect(records).toHaveLength(3);
});
