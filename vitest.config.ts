import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The browser test's setup starts Chromium, which takes more than the default 10 s on a busy machine.
    hookTimeout: 60_000,
  },
});
