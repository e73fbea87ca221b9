import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Real Chromium with the built extension: one browser at a time, generous timeouts.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxWorkers: 1,
          // After the unit tests, so the timing test does not share the CPU with them.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
