// The CLI for tests that spawn it once per case: src/cli bundled by esbuild into one
// file, built once per test file. bin/thinktwice.js loads every module through tsx's
// loader hooks, which costs ~1.3 s of CPU per start (measured on the 2-CPU machine);
// the bundle starts in ~0.5 s. Same sources, same transformer (tsx uses esbuild), run
// as a real process (arguments, stdin, exit code); the launcher itself keeps its own
// tests (`--help`, `npx thinktwice`, `policy` through bin/).
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the bundle; returns its path and a function that removes it. */
export function bundleCli(): { file: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tt-cli-bundle-'));
  const file = path.join(dir, 'thinktwice.mjs');
  buildSync({
    stdin: { contents: "import { runFromProcess } from './src/cli/main.ts';\nrunFromProcess();\n", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'error',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
