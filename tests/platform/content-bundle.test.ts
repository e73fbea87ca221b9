// The content script is injected into every composer page and is parsed on every page load; the
// linter runs in the background only. A value import of the rules barrel (src/rules/index.ts)
// from anything the content script reaches pulled the whole linter and its lexicon into the
// page: 101 kB gzip against the bench's 100 kB budget, 3× what the page part needs. This test
// bundles the real entry with esbuild and names the import chain that brings the linter back.
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = 'entrypoints/composer.content.ts';
// Modules only the background needs: the linter, its rules and the lexicon.
const LINTER = [/^src\/rules\/lint\.ts$/, /^src\/rules\/registry\.ts$/, /^src\/rules\/rules\//, /^src\/rules\/lexicon\//, /^src\/rules\/pack-load\.ts$/];

/** The import chain from the entry to `target` in a bundle's metafile. */
function chain(meta: Metafile, target: string): string[] {
  const parent = new Map<string, string>();
  const queue = [ENTRY];
  const seen = new Set(queue);
  while (queue.length) {
    const f = queue.shift()!;
    for (const i of meta.inputs[f]?.imports ?? [])
      if (!seen.has(i.path)) {
        seen.add(i.path);
        parent.set(i.path, f);
        queue.push(i.path);
      }
  }
  const out = [target];
  for (let p = parent.get(target); p; p = parent.get(p)) out.unshift(p);
  return out;
}

describe('the composer content script', () => {
  it('carries no part of the linter (it runs in the background)', async () => {
    const r = await build({
      absWorkingDir: root,
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      metafile: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    const out = Object.values(r.metafile.outputs)[0]!;
    const linter = Object.keys(out.inputs).filter((f) => out.inputs[f]!.bytesInOutput > 0 && LINTER.some((re) => re.test(f)));
    expect(linter.map((f) => chain(r.metafile, f).join(' → '))).toEqual([]);
    // The check above looks at the right bundle: the page's own parts are in it.
    expect(Object.keys(out.inputs)).toEqual(expect.arrayContaining(['src/ui/controller.ts', 'src/ui/guard.ts']));
  });
});
