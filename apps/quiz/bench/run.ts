/**
 * pnpm bench for the quiz: what a student's browser downloads and how long it waits, measured on
 * the built site served as `pnpm start` serves it, in headless Chromium with an empty cache.
 * Every response is gzipped here with node:zlib (level 9, as a static host or CDN would send it),
 * so the figures do not depend on how the local server compresses.
 * Goal (issue 4): the first question answerable with under 60 KB gzip sent in total.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { report, summarise, writeResults, type Measurement } from '@attribution-lab/bench';
import { chromiumLaunchOptions } from '../chromium.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 7;
const GOAL_BYTES = 60 * 1024;
const ROUND_LINK = '/play?seed=bench&count=10&mode=practice';

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;

type Category = 'html' | 'js' | 'css' | 'data' | 'other';

function category(response: Response): Category {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'fetch' || type === 'xhr') return 'data';
  return 'other';
}

interface Load {
  ms: number;
  bytes: Record<Category, number>;
  total: number;
  requests: number;
}

/**
 * Opens a page in a fresh context (empty cache) and counts every response to a request made
 * before the first question took input, as the page marks it with a standard performance mark.
 */
async function firstQuestion(
  browser: Browser,
  start: (page: Page) => Promise<void>,
): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => void responses.push(response));
  await start(page);
  await page.locator('form.question').waitFor({ state: 'visible' });
  const mark = await page.evaluate(() => {
    const [entry] = performance.getEntriesByName('attribution-lab:first-question');
    return entry ? { ms: entry.startTime, at: performance.timeOrigin + entry.startTime } : null;
  });
  if (!mark) throw new Error('the play page set no first-question mark');
  const before = responses.filter((r) => r.request().timing().startTime <= mark.at);
  const bytes: Record<Category, number> = { html: 0, js: 0, css: 0, data: 0, other: 0 };
  for (const response of before) bytes[category(response)] += gzipped(await response.body());
  await context.close();
  return {
    ms: mark.ms,
    bytes,
    total: Object.values(bytes).reduce((a, b) => a + b, 0),
    requests: before.length,
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the built site did not start on ${ORIGIN}; run \`pnpm build\` first`);
}

const server = spawn(process.execPath, [here('../serve.js')], {
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const results: Measurement[] = [];
const record = (m: Measurement) => (report(m), results.push(m), m);

try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions);

  const fromLink: Load[] = [];
  const fromHome: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    fromLink.push(
      await firstQuestion(
        browser,
        async (page) => void (await page.goto(`${ORIGIN}${ROUND_LINK}`)),
      ),
    );
    fromHome.push(
      await firstQuestion(browser, async (page) => {
        await page.goto(`${ORIGIN}/`);
        await page.getByRole('link', { name: /Practice/ }).click();
      }),
    );
  }
  await browser.close();

  const last = fromLink.at(-1)!;
  record(
    summarise(
      'quiz: gzip bytes to the first question (round link)',
      'bytes',
      fromLink.map((l) => l.total),
      {
        html: last.bytes.html,
        js: last.bytes.js,
        css: last.bytes.css,
        data: last.bytes.data,
        other: last.bytes.other,
        requests: last.requests,
        goalBytes: GOAL_BYTES,
        withinGoal: last.total < GOAL_BYTES,
      },
    ),
  );
  const home = fromHome.at(-1)!;
  record(
    summarise(
      'quiz: gzip bytes to the first question (home, then tap)',
      'bytes',
      fromHome.map((l) => l.total),
      {
        html: home.bytes.html,
        js: home.bytes.js,
        css: home.bytes.css,
        data: home.bytes.data,
        requests: home.requests,
        withinGoal: home.total < GOAL_BYTES,
      },
    ),
  );
  record(
    summarise(
      'quiz: ms until the first question is answerable (round link)',
      'ms',
      fromLink.map((l) => l.ms),
    ),
  );

  const build = here('../build');
  const files = filesUnder(build).filter((f) => !/\.(gz|br)$/.test(f));
  const sizes = files.map((f) => gzipped(readFileSync(f)));
  record(
    summarise(
      'quiz: gzip bytes of the whole app (every built file)',
      'bytes',
      [sizes.reduce((a, b) => a + b, 0)],
      {
        files: files.length,
        exerciseFiles: files.filter((f) => f.includes('/data/exercise/')).length,
      },
    ),
  );

  const file = writeResults(here('..'), '@attribution-lab/quiz', results);
  console.log(`wrote ${file}`);
} finally {
  server.kill();
}
