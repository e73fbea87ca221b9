import { defineConfig } from 'vitest/config';

// Three projects, one per kind of test:
//   unit  pure Node, no browser (`npm run test:unit`, the inner loop: under a minute)
//   dom   DOM code in a real Chromium page, no extension (files named *.dom.test.ts)
//   e2e   the built extension in real Chromium and Firefox (tests/e2e/)
// `npm test` runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/**/*.dom.test.ts', 'node_modules/**'],
          // tests/sites/browser.ts refuses to start Chromium here: a browser test
          // belongs in a *.dom.test.ts file.
          env: { THINKTWICE_TEST_PROJECT: 'unit' },
          // Test files share one module graph per worker: the linter and its lexicon are
          // imported once, not once per file (the suite's CPU time 70 s → 32 s on the 2-CPU
          // machine). A file that changes shared state (the fake browser's storage) resets it.
          isolate: false,
          // Room for a loaded CI machine; speed budgets live in `npm run bench -- --check`.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/**/*.dom.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
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
          // After the unit and dom tests, so the timing test does not share the CPU with them.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
