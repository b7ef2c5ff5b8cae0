// The behavioural fixtures' own test suites (copied to .behaviour/ by test/support/behaviour.ts), run as their
// frontends run them: jsdom, Jest-style globals, automatic JSX runtime. Not part of `npm test`'s own include.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['.behaviour/**/*.{test,spec}.{js,jsx,ts,tsx}'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['test/support/behaviour-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 30_000,
  },
});
