// Same findings before and after a speed change: `node --import tsx bench/findings-dump.ts <checkout> <out.jsonl>`
// writes check() of every post of every dev.jsonl and probe under tests/corpus (each with its
// own pack, the example pack when it has none; never a test.jsonl, nor the sets being written
// blind) and of the benchmark's 280/3,000/63,206-character posts (10,000 names, full and one
// edit through a session), one JSON line each. Run it on two checkouts and `cmp` the files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [rootArg, out] = process.argv.slice(2);
if (!rootArg || !out) {
  process.stderr.write('usage: node --import tsx bench/findings-dump.ts <checkout> <out.jsonl>\n');
  process.exit(2);
}
const root = path.resolve(rootArg);
const { linterFor } = await import(path.join(root, 'src/cli/packs.ts'));
const { createLinter } = await import(path.join(root, 'src/rules/index.ts'));
const { companyLayers } = await import(path.join(root, 'bench/compile.ts'));
const { makeClientNames } = await import(path.join(root, 'bench/names.ts'));
const { loadCorpus, makePost } = await import(path.join(root, 'bench/posts.ts'));
const corpora = path.join(root, 'tests/corpus');
const examplePack = path.join(root, 'examples/company.pack.json');
const BLIND = new Set(['makelaardij', 'agency']);
const sets: [string, string][] = [];
for (const e of readdirSync(corpora).sort()) {
  if (BLIND.has(e)) continue;
  const own = (dir: string) => (existsSync(path.join(dir, 'pack.json')) ? path.join(dir, 'pack.json') : examplePack);
  if (e.endsWith('.jsonl')) sets.push([path.join(corpora, e), own(path.join(corpora, e.replace(/\.jsonl$/, '')))]);
  else if (existsSync(path.join(corpora, e, 'dev.jsonl'))) sets.push([path.join(corpora, e, 'dev.jsonl'), own(path.join(corpora, e))]);
}
const lines: string[] = [];
const PLATFORMS = ['x', 'linkedin', 'facebook'];
for (const [file, pack] of sets) {
  const linter = linterFor([pack]);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as { id: string; text: string; platform?: string };
    const result = linter.check(c.text, c.platform && PLATFORMS.includes(c.platform) ? { platform: c.platform } : {});
    lines.push(JSON.stringify([path.relative(corpora, file), c.id, result]));
  }
}
const base = JSON.parse(readFileSync(examplePack, 'utf8'));
const listed = (base.clients ?? []).map((c: string | { name: string }) => (typeof c === 'string' ? c : c.name));
const generated = makeClientNames(10_000 - listed.length, undefined, listed);
const linter = createLinter(companyLayers(base, generated));
const corpus = loadCorpus(path.join(corpora, 'dev.jsonl'));
for (const chars of [280, 3000, 63_206]) {
  const post: string = makePost(corpus, chars, generated.slice(0, 7));
  lines.push(JSON.stringify(['bench', chars, linter.check(post, { uiLang: 'nl' })]));
  const session = linter.session();
  session.lint(post, { uiLang: 'nl' });
  const mid = post.length >> 1;
  lines.push(JSON.stringify(['bench-edit', chars, session.lint(`${post.slice(0, mid)}e${post.slice(mid)}`, { uiLang: 'nl' })]));
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} results in ${out}\n`);
