// Before/after on a shared machine: `node --import tsx bench/ab.ts <checkout A> <checkout B> [pairs]`
// times the linter of two checkouts (e.g. `git worktree add /tmp/before main`) in separate
// processes, A B A B …, so both see the same stretches of load. Per process: CPU time per call
// (median of 9 slices, with the 2nd–8th in brackets) and garbage-collection time per call, for
// full checks and edits (typing on, a typo undone, a paragraph pasted), 10,000 names, with the packs of 10, 1,000 and 100,000
// names compiled beside it (the heap `npm run bench` has). Compare the pairs, not one figure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CASES = [
  [280, 'full'],
  [3000, 'full'],
  [3000, 'edit'],
  [3000, 'undo'],
  [3000, 'paste'],
  [63_206, 'edit'],
  [63_206, 'undo'],
] as const;

/**
 * The texts of an edit case, call by call, as `npm run bench` makes them (bench/linter.ts
 * editTexts), written out here so that a checkout from before they existed is timed on the same
 * texts: edit types on in the middle (every text new), undo types a character and deletes it
 * again, paste puts a different paragraph at the middle each call.
 */
function editTexts(post: string, op: 'edit' | 'undo' | 'paste', corpus: readonly string[]): () => string {
  const mid = post.length >> 1;
  const head = post.slice(0, mid);
  const tail = post.slice(mid);
  let k = 0;
  if (op === 'undo') return () => (k++ % 2 === 0 ? `${head}e${tail}` : post);
  if (op === 'edit') {
    const typed = corpus.join(' ').replace(/\s+/g, ' ');
    let from = 0;
    return () => {
      const n = k++ % 65;
      if (n === 0 && k > 1) from = (from + 64) % (typed.length - 64);
      return n === 0 ? post : `${head}${typed.slice(from, from + n)}${tail}`;
    };
  }
  const paragraphs: string[] = [];
  const typed = corpus.join(' ').replace(/\s+/g, ' ');
  for (let i = 0; paragraphs.length < 200; ) {
    const end = typed.indexOf(' ', i + 250);
    if (end < 0) break;
    paragraphs.push(typed.slice(i, end));
    i = end + 1;
  }
  const at = post.indexOf('\n\n', mid);
  const cut = at < 0 ? mid : at + 2;
  return () => `${post.slice(0, cut)}${paragraphs[k++ % paragraphs.length]}\n\n${post.slice(cut)}`;
}

async function child(root: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { PerformanceObserver } = await import('node:perf_hooks');
  const { createLinter } = await import(path.join(root, 'src/rules/index.ts'));
  const { companyLayers } = await import(path.join(root, 'bench/compile.ts'));
  const { makeClientNames } = await import(path.join(root, 'bench/names.ts'));
  const { loadCorpus, makePost } = await import(path.join(root, 'bench/posts.ts'));
  const { PLATFORM_FOR } = await import(path.join(root, 'bench/linter.ts'));
  const { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } = await import(path.join(root, 'tests/corpus/paths.ts'));
  const base = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8'));
  const listed = (base.clients ?? []).map((c: string | { name: string }) => (typeof c === 'string' ? c : c.name));
  const generated = makeClientNames(100_000 - listed.length, undefined, listed);
  const packOf = (n: number) => companyLayers(base, generated.slice(0, n - listed.length));
  const beside = [10, 1000, 100_000].map((n) => createLinter(packOf(n)));
  const linter = createLinter(packOf(10_000));
  const corpus = loadCorpus(DEV_CORPUS_PATH);
  let gcMs = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  const out: string[] = [];
  for (const [chars, op] of CASES) {
    const post = makePost(corpus, chars, generated.slice(0, 7));
    const ctx = { platform: PLATFORM_FOR[chars], uiLang: 'nl' };
    let run: () => unknown = () => linter.lint(post, ctx);
    if (op !== 'full') {
      const next = editTexts(post, op, corpus);
      const session = linter.session();
      session.lint(post, ctx);
      run = () => session.lint(next(), ctx);
    }
    for (let i = 0; i < 200; i++) run();
    await new Promise((r) => setTimeout(r, 5));
    gcMs = 0;
    let calls = 0;
    const slices: number[] = [];
    for (let s = 0; s < 9; s++) {
      let n = 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      while (performance.now() - t0 < 170) {
        run();
        n++;
      }
      const c = process.cpuUsage(c0);
      slices.push((c.user + c.system) / n);
      calls += n;
    }
    await new Promise((r) => setTimeout(r, 5));
    slices.sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(1);
    out.push(`${chars} ${op} ${f(slices[4]!)} µs (${f(slices[1]!)}–${f(slices[7]!)}), gc ${f((gcMs * 1000) / calls)}`);
  }
  beside.length = 0;
  process.stdout.write(`${out.join(' | ')}\n`);
}

const [a, b, pairs = '2'] = process.argv.slice(2);
if (process.env.AB_CHILD) await child(process.env.AB_CHILD);
else if (!a || !b) {
  process.stderr.write('usage: node --import tsx bench/ab.ts <checkout A> <checkout B> [pairs]\n');
  process.exit(2);
} else {
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < Number(pairs); i++)
    for (const [label, root] of [
      ['A', a],
      ['B', b],
    ] as const) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', self], { env: { ...process.env, AB_CHILD: path.resolve(root) }, encoding: 'utf8' });
      process.stdout.write(`${label} ${r.status === 0 ? r.stdout.trim() : `failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`}\n`);
    }
}
