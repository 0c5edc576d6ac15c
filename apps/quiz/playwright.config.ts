import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const PORT = 4174;

export default defineConfig({
  testDir: 'tests',
  // One worker: a single headless Chromium (browser, renderer and axe) already keeps both cores of
  // this machine over 90% busy. A second worker did not finish the suite sooner (medians of three
  // runs: 124 s with one, 124 s with two) and halved the processor time each test could count on.
  workers: 1,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  // The slowest test takes about 6 s on an idle machine; these leave room for a machine several
  // times slower or busier, so a test fails for what the page does, never for a slow minute.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  // The tests run against the built site exactly as `pnpm start` serves it.
  webServer: {
    command: 'node serve.js',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 15_000,
  },
});
