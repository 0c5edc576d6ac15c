import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts'],
    // The end-to-end tests render real PDFs in child processes on a machine shared with others.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
