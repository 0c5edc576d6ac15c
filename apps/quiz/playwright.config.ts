import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const PORT = 4174;

export default defineConfig({
  testDir: 'tests',
  // Two cores: one worker per core keeps the suite quick without starving Chromium.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
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
