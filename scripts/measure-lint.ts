// Measures the linter on synthetic large packs: compile time, and lint time of a
// 3,000-char post (10,000 clients) and a 63,206-char post (100,000 clients).
// Usage: npx tsx scripts/measure-lint.ts [--json]
// Method: names are built from word lists (deterministic), posts are corpus posts
// joined until the size is reached, with a few real client names inside; each case
// is warmed up, then timed per call with performance.now(); median and p95 reported.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from '../src/rules/index.ts';
import type { Pack } from '../src/rules/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEADS = 'Jansen Visser Bakker Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Jacobs Vermeulen Hoekstra Koster Prins Huisman Nova Blue Arctic Delta Orion Zenith Polar Vega Astra Terra'.split(' ');
const MIDS = 'Noord Zuid Oost West Groot Klein Oude Nieuwe Rijn Maas Waal IJssel Eem Vecht Linge Berkel'.split(' ');
const TAILS = 'Transport Logistics Bouw Installatietechniek Accountants Advocaten Agri Holding Shipping Capital Foods Dental Robotics Bakkerij Autobedrijf Makelaardij Consultancy Software Energie Zorg'.split(' ');

export function makeClients(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const h = HEADS[i % HEADS.length]!;
    const m = MIDS[Math.floor(i / HEADS.length) % MIDS.length]!;
    const t = TAILS[Math.floor(i / (HEADS.length * MIDS.length)) % TAILS.length]!;
    const k = Math.floor(i / (HEADS.length * MIDS.length * TAILS.length));
    out.push(`${h} ${m}${k ? k : ''} ${t}${i % 5 === 0 ? ' B.V.' : ''}`);
  }
  return out;
}

export function makePost(chars: number): string {
  const corpus = readFileSync(`${root}../shared/corpus/dev.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
  let post = '';
  for (let i = 0; post.length < chars; i++) post += `${corpus[i % corpus.length]}\n\n`;
  return post.slice(0, chars);
}

function basePack(clients: string[]): Pack {
  const pack = JSON.parse(readFileSync(`${root}../shared/corpus/company.pack.json`, 'utf8')) as Pack;
  return { ...pack, clients: [...(pack.clients ?? []), ...clients] };
}

function time(fn: () => void, iterations: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(200, iterations); i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)]!, p95: ts[Math.floor(ts.length * 0.95)]! };
}

export function measure() {
  const clients10k = makeClients(10_000);
  const t0 = performance.now();
  const linter10k = createLinter([{ source: 'company', pack: basePack(clients10k) }]);
  const compile10k = performance.now() - t0;
  const post3k = makePost(3000);
  const lint3k = time(() => linter10k.lint(post3k, { uiLang: 'nl' }), 2000);

  const linter100k = createLinter([{ source: 'company', pack: basePack(makeClients(100_000)) }]);
  const post63k = makePost(63_206);
  const lint63k = time(() => linter100k.lint(post63k, { uiLang: 'nl' }), 200);
  return {
    compile10kMs: compile10k,
    lint3kWith10k: lint3k,
    lint63kWith100k: lint63k,
    findings3k: linter10k.lint(post3k).length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else {
    const f = (x: number) => `${x.toFixed(3)} ms`;
    console.log(`compile, 10,000 clients:            ${f(r.compile10kMs)}`);
    console.log(`lint 3,000 chars, 10,000 clients:    median ${f(r.lint3kWith10k.median)}  p95 ${f(r.lint3kWith10k.p95)}  (${r.findings3k} findings)`);
    console.log(`lint 63,206 chars, 100,000 clients:  median ${f(r.lint63kWith100k.median)}  p95 ${f(r.lint63kWith100k.p95)}`);
  }
}
