import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Many suites wait on child processes (the bin, git, npm, python3, the behaviour runs): one worker more than the
    // two cores keeps both busy (npm test: about 2 minutes here instead of 4 with vitest's default of cores - 1).
    maxWorkers: 3,
  },
});
