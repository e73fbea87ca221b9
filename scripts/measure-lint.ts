// Measures the linter on synthetic large packs: compile time, and lint time of a
// 3,000-char post (10,000 clients) and a 63,206-char post (100,000 clients).
// Usage: npx tsx scripts/measure-lint.ts [--json]
// Method: names are built from word lists (deterministic), posts are corpus posts
// joined until the size is reached (so they hold real client names, markers and
// employer mentions). Each case is warmed up, then timed in batches of 10 calls:
// wall time (performance.now) and CPU time of this process (process.cpuUsage, which
// other processes on a loaded machine do not inflate); median and p95 over batches,
// per call. Compilation: the median of 5 compiles after one warm-up compile.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from '../src/rules/index.ts';
import type { Pack } from '../src/rules/index.ts';
import { BUILTIN_RULES } from '../src/rules/registry.ts';
import { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } from '../tests/corpus/paths.ts';

/** The rules of the client, confidential and disclaimer categories, measured on their own too. */
const CORE = BUILTIN_RULES.filter((r) => ['client', 'confidential', 'disclaimer'].includes(r.meta.category));

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
  const corpus = readFileSync(DEV_CORPUS_PATH, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
  let post = '';
  for (let i = 0; post.length < chars; i++) post += `${corpus[i % corpus.length]}\n\n`;
  return post.slice(0, chars);
}

function basePack(clients: string[]): Pack {
  const pack = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;
  return { ...pack, clients: [...(pack.clients ?? []), ...clients] };
}

interface Timing {
  median: number;
  p95: number;
  cpuMedian: number;
  cpuP95: number;
}

function stats(xs: number[]): { median: number; p95: number } {
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(xs.length / 2)]!, p95: xs[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]! };
}

function time(fn: () => void, calls: number, batch = 10): Timing {
  for (let i = 0; i < Math.min(200, calls); i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let b = 0; b < calls / batch; b++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    wall.push((performance.now() - t0) / batch);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000 / batch);
  }
  const w = stats(wall);
  const c = stats(cpu);
  return { median: w.median, p95: w.p95, cpuMedian: c.median, cpuP95: c.p95 };
}

export function measure() {
  const clients10k = makeClients(10_000);
  createLinter([{ source: 'company', pack: basePack(makeClients(100)) }]); // warm-up: module code JIT-compiled once
  const compile10k = time(() => createLinter([{ source: 'company', pack: basePack(clients10k) }]), 5, 1);
  const linter10k = createLinter([{ source: 'company', pack: basePack(clients10k) }]);
  const post3k = makePost(3000);
  const lint3k = time(() => linter10k.lint(post3k, { uiLang: 'nl' }), 3000);
  const core10k = createLinter([{ source: 'company', pack: basePack(clients10k) }], { rules: CORE });
  const core3k = time(() => core10k.lint(post3k, { uiLang: 'nl' }), 3000);

  const linter100k = createLinter([{ source: 'company', pack: basePack(makeClients(100_000)) }]);
  const post63k = makePost(63_206);
  const lint63k = time(() => linter100k.lint(post63k, { uiLang: 'nl' }), 200, 1);
  const core100k = createLinter([{ source: 'company', pack: basePack(makeClients(100_000)) }], { rules: CORE });
  const core63k = time(() => core100k.lint(post63k, { uiLang: 'nl' }), 200, 1);
  return { compile10k, lint3kWith10k: lint3k, core3kWith10k: core3k, lint63kWith100k: lint63k, core63kWith100k: core63k, findings3k: linter10k.lint(post3k).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else {
    const f = (x: number) => `${x.toFixed(3)} ms`;
    const line = (name: string, t: Timing) =>
      `${name.padEnd(62)} wall median ${f(t.median)}  p95 ${f(t.p95)}   cpu median ${f(t.cpuMedian)}  p95 ${f(t.cpuP95)}`;
    console.log(line('compile, 10,000 clients:', r.compile10k));
    console.log(line(`lint 3,000 chars, 10,000 clients, all rules (${r.findings3k} findings):`, r.lint3kWith10k));
    console.log(line('  same, client/confidential/disclaimer rules only:', r.core3kWith10k));
    console.log(line('lint 63,206 chars, 100,000 clients, all rules:', r.lint63kWith100k));
    console.log(line('  same, client/confidential/disclaimer rules only:', r.core63kWith100k));
  }
}
