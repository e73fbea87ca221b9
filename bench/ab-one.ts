// Before/after in ONE process: `node --import tsx bench/ab-one.ts <checkout A> <checkout B> [chars] [seconds] [full|edit]`.
// Both checkouts' linters (10,000 names) are loaded side by side and timed in alternating
// blocks of calls (A B B A …), so a slow stretch of a shared machine hits both alike; prints the
// median CPU µs per call of each and the median of the per-round ratios B / A. bench/ab.ts runs
// the checkouts in separate processes instead (each with the heap `npm run bench` has).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { percentile } from './stats.ts';

async function load(root: string, chars: number, mode: string): Promise<() => unknown> {
  const { createLinter } = await import(path.join(root, 'src/rules/index.ts'));
  const { companyLayers } = await import(path.join(root, 'bench/compile.ts'));
  const { makeClientNames } = await import(path.join(root, 'bench/names.ts'));
  const { loadCorpus, makePost } = await import(path.join(root, 'bench/posts.ts'));
  const { edited, PLATFORM_FOR } = await import(path.join(root, 'bench/linter.ts'));
  const { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } = await import(path.join(root, 'tests/corpus/paths.ts'));
  const base = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8'));
  const listed = (base.clients ?? []).map((c: string | { name: string }) => (typeof c === 'string' ? c : c.name));
  const generated = makeClientNames(100_000 - listed.length, undefined, listed);
  const linter = createLinter(companyLayers(base, generated.slice(0, 10_000 - listed.length)));
  const post = makePost(loadCorpus(DEV_CORPUS_PATH), chars, generated.slice(0, 7));
  const ctx = { platform: PLATFORM_FOR[chars], uiLang: 'nl' };
  if (mode !== 'edit') return () => linter.lint(post, ctx);
  const after = edited(post, 'edit', '');
  const session = linter.session();
  let flip = false;
  return () => session.lint((flip = !flip) ? after : post, ctx);
}

const [a, b, chars = '3000', seconds = '20', mode = 'full'] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node --import tsx bench/ab-one.ts <checkout A> <checkout B> [chars] [seconds] [full|edit]\n');
  process.exit(2);
}
const runs = [await load(path.resolve(a), Number(chars), mode), await load(path.resolve(b), Number(chars), mode)];
const block = (run: () => unknown, n: number): number => {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
};
// Warm both up, then size a block to ~25 ms.
for (const run of runs) for (let i = 0; i < 300; i++) run();
const per = Math.max(1, Math.round(25_000 / block(runs[0]!, 50)));
const times: [number[], number[]] = [[], []];
const ratios: number[] = [];
const end = performance.now() + Number(seconds) * 1000;
for (let round = 0; performance.now() < end; round++) {
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  const t: number[] = [];
  for (const k of order) t[k] = block(runs[k]!, per);
  times[0].push(t[0]!);
  times[1].push(t[1]!);
  ratios.push(t[1]! / t[0]!);
}
const q = (xs: number[], p: number) => percentile([...xs].sort((x, y) => x - y), p);
process.stdout.write(
  `${chars} chars ${mode}, ${ratios.length} rounds of ${per} calls: A ${q(times[0], 50).toFixed(1)} µs, B ${q(times[1], 50).toFixed(1)} µs CPU per call; B/A median ${q(ratios, 50).toFixed(3)} (quartiles ${q(ratios, 25).toFixed(3)}–${q(ratios, 75).toFixed(3)})\n`,
);
