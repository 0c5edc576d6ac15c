/**
 * pnpm bench for the quiz: what a student's browser downloads and how long it waits, measured on
 * the built site served as `pnpm start` serves it, in headless Chromium with an empty cache.
 * Every response is gzipped here with node:zlib (level 9, as a static host or CDN would send it),
 * so the figures do not depend on how the local server compresses.
 * Goals: the first question answerable with under 50 KB gzip sent in total, and in under 6 s on
 * a slow connection (Chromium's Slow 3G network preset with the processor slowed 4×).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Page,
  type Response,
} from '@playwright/test';
import { median, report, summarise, writeResults, type Measurement } from '@attribution-lab/bench';
import { chromiumLaunchOptions } from '../chromium.js';
import type { OfflinePack } from '../src/lib/offline-pack.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 7;
const THROTTLED_RUNS = 5;
// The "under 50 KB", in the decimal kilobytes it measured today's 55.9 KB in.
const GOAL_BYTES = 50_000;
const GOAL_SLOW_3G_MS = 6000;
const ROUND_LINK = '/play?seed=bench&count=10&mode=practice';

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;

type Category = 'html' | 'js' | 'css' | 'data' | 'other';

function category(response: Response): Category {
  // The first question's data comes as a preload, which Chromium files under "other".
  if (new URL(response.url()).pathname.startsWith('/data/')) return 'data';
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'fetch' || type === 'xhr') return 'data';
  return 'other';
}

/**
 * DevTools' network presets as its source defines them (front_end/core/sdk/NetworkManager.ts):
 * Slow 3G is 500 kbps × 0.8 = 400 kbps each way (50,000 bytes/s) with 400 ms × 5 = 2,000 ms of
 * latency; Fast 3G is 1.6 Mbps × 0.9 down (180,000 bytes/s), 750 kbps × 0.9 up (84,375 bytes/s),
 * 150 ms × 3.75 = 562.5 ms of latency. Latency is added to every request.
 */
const NETWORKS = {
  'Slow 3G': { latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  'Fast 3G': { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
} as const;
type Network = keyof typeof NETWORKS;
/** The processor slowed as a low-end phone's would be, as DevTools' "4× slowdown" does. */
const CPU_SLOWDOWN = 4;

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
  network?: Network,
): Promise<Load> {
  // Throttled runs measure a first visit: a service worker would fetch from outside the page's
  // emulated network and then answer the page's own requests at full speed.
  const options: BrowserContextOptions = network ? { serviceWorkers: 'block' } : {};
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[network] });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  const responses: Response[] = [];
  page.on('response', (response) => void responses.push(response));
  await start(page);
  await page.locator('form.question').waitFor({ state: 'visible', timeout: 120_000 });
  const mark = await page.evaluate(() => {
    const [entry] = performance.getEntriesByName('attribution-lab:first-question');
    return entry ? { ms: entry.startTime, at: performance.timeOrigin + entry.startTime } : null;
  });
  if (!mark) throw new Error('the play page set no first-question mark');
  const before = responses.filter((r) => r.request().timing().startTime <= mark.at);
  const bytes: Record<Category, number> = { html: 0, js: 0, css: 0, data: 0, other: 0 };
  for (const response of before) bytes[category(response)] += gzipped(await bodyOf(response));
  await context.close();
  return {
    ms: mark.ms,
    bytes,
    total: Object.values(bytes).reduce((a, b) => a + b, 0),
    requests: before.length,
  };
}

/**
 * A response's bytes, read again from the built site: the site is static, so the same address
 * gives the same bytes, and Chromium drops the bodies of a page once the student navigates away
 * (home, then tap), which made reading them from the browser fail.
 */
async function bodyOf(response: Response): Promise<Buffer> {
  const again = await fetch(response.url());
  if (!again.ok) throw new Error(`${response.url()} answered ${again.status} when read again`);
  return Buffer.from(await again.arrayBuffer());
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
        // Tap once the page has loaded its scripts, as a student would: a tap before Kit's router
        // starts is a whole new page load, whose first page's bodies are gone when counted.
        await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
        await page.getByRole('link', { name: /Practice/ }).click();
      }),
    );
  }
  const throttled = {} as Record<Network, Load[]>;
  for (const network of Object.keys(NETWORKS) as Network[]) {
    throttled[network] = [];
    for (let i = 0; i < THROTTLED_RUNS; i++) {
      throttled[network].push(
        await firstQuestion(
          browser,
          async (page) => void (await page.goto(`${ORIGIN}${ROUND_LINK}`, { timeout: 120_000 })),
          network,
        ),
      );
    }
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

  for (const network of Object.keys(NETWORKS) as Network[]) {
    const loads = throttled[network];
    record(
      summarise(
        `quiz: ms until the first question is answerable, ${network}, CPU ${CPU_SLOWDOWN}× slower (round link)`,
        'ms',
        loads.map((l) => l.ms),
        {
          latencyMs: NETWORKS[network].latency,
          downloadBytesPerSecond: NETWORKS[network].downloadThroughput,
          requests: loads.at(-1)!.requests,
          gzipBytes: loads.at(-1)!.total,
          ...(network === 'Slow 3G'
            ? {
                goalMs: GOAL_SLOW_3G_MS,
                withinGoal: median(loads.map((l) => l.ms)) < GOAL_SLOW_3G_MS,
              }
            : {}),
        },
      ),
    );
  }

  const build = here('../build');
  const pack = join(build, 'offline');
  const files = filesUnder(build).filter((f) => !/\.(gz|br)$/.test(f) && !f.startsWith(pack));
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

  // Beside the pack, the list of the teacher kit, which only the teacher page has kept.
  const [packFile, ...others] = filesUnder(pack).filter(
    (f) => f.endsWith('.json') && !f.endsWith('-teacher-kit.json'),
  );
  if (!packFile || others.length > 0) throw new Error(`expected one offline pack in ${pack}`);
  record(
    summarise(
      'quiz: gzip bytes the service worker downloads (the offline pack)',
      'bytes',
      [gzipped(readFileSync(packFile))],
      {
        requests: 1,
        files: (JSON.parse(readFileSync(packFile, 'utf8')) as OfflinePack).files.length,
      },
    ),
  );

  const file = writeResults(here('..'), '@attribution-lab/quiz', results);
  console.log(`wrote ${file}`);
} finally {
  server.kill();
}
