import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // Fixture and property tests parse real files; the defaults are too tight on a loaded CI machine.
    testTimeout: 30_000,
    setupFiles: ['test/support/fast-check-seed.ts'],
    hookTimeout: 60_000,
  },
});
