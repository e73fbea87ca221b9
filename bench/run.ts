// `npm run bench [-- --check] [--quick] [--no-extension]`: measures the linter, pack compilation,
// the extension in Chromium and the bundle in one run, prints one table, writes
// bench-results/latest.json, and with --check exits 1 listing every budget violation.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../src/rules/index.ts';
import { checkBudget } from './budget.ts';
import { build, buildIsStale, measureBundle } from './bundle.ts';
import { benchCompile, companyLayers, type CompileResult } from './compile.ts';
import { benchExtension } from './extension.ts';
import { alexJob, editSource, type LintCell, type LintJob, measureJobs, OPS, obscenityJob, thinkTwiceColdJob, thinkTwiceEditJob, thinkTwiceJob } from './linter.ts';
import { makeClientNames } from './names.ts';
import { loadCorpus, makePost } from './posts.ts';
import { renderResults, renderVerdicts } from './report.ts';
import type { BenchResults } from './results.ts';
import { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } from '../tests/corpus/paths.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const POST_SIZES = [280, 3000, 63_206];
export const PACK_SIZES = [10, 1000, 10_000, 100_000];
/** Pack sizes for the edit, paste and cold-start rows. */
export const EDIT_PACK_SIZES = [10, 10_000, 100_000];
/** Each linter cell is timed in this many rounds spread over the run (see measureJobs). */
const LINT_ROUNDS = 6;

const USAGE = `usage: npm run bench [-- --check] [--quick] [--no-extension] [--no-build]
  --check         exit 1 and list the violations when the performance budget is missed
  --quick         fewer iterations (a rough look while developing; not for the README)
  --no-extension  skip the Chromium measurement (counts as a violation under --check)
  --no-build      measure the existing .output/ build even when it is older than the sources`;

const round2 = (x: number) => Math.round(x * 100) / 100;
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

function parseArgs(argv: string[]) {
  const known = new Set(['--check', '--quick', '--no-extension', '--no-build', '--help', '-h']);
  const bad = argv.filter((a) => !known.has(a));
  if (bad.length > 0) {
    process.stderr.write(`bench: unknown option ${bad.join(', ')}\n${USAGE}\n`);
    process.exit(2);
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return { check: argv.includes('--check'), quick: argv.includes('--quick'), extension: !argv.includes('--no-extension'), build: !argv.includes('--no-build') };
}

function readPack(file: string): Pack {
  if (!existsSync(file)) throw new Error(`The example company pack is missing: expected ${file}.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Pack;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const loadStart = os.loadavg()[0]!;
  if (!(globalThis as { gc?: unknown }).gc) log('no --expose-gc: heap figures are left out (run through `npm run bench`)');
  const corpus = loadCorpus(DEV_CORPUS_PATH);
  const base = readPack(EXAMPLE_PACK_PATH);
  const baseClients = (base.clients ?? []).map((c) => (typeof c === 'string' ? c : c.name));

  const maxNames = Math.max(...PACK_SIZES);
  const generated = makeClientNames(maxNames - baseClients.length, undefined, baseClients);
  // Posts mention generated pack clients (present in the packs of 1,000 names and up) besides
  // the example pack's own clients that corpus posts already name.
  const posts = POST_SIZES.map((n) => makePost(corpus, n, generated.slice(0, 7)));
  // What the edits type and paste: the corpus read on, and cut in paragraphs of ~250 characters.
  const source = editSource(corpus);

  const compile: CompileResult[] = [];
  const jobs: LintJob[] = [];
  for (const names of PACK_SIZES) {
    log(`compiling a pack of ${names.toLocaleString('en-US')} names`);
    const layers = companyLayers(base, generated.slice(0, names - baseClients.length));
    const runs = names >= 100_000 ? 2 : opts.quick ? 3 : 7;
    const { result, linter } = benchCompile(names, layers, runs);
    compile.push(result);
    for (const post of posts) jobs.push(thinkTwiceJob(linter, names, post, opts.quick));
    if (!EDIT_PACK_SIZES.includes(names)) continue;
    for (const post of posts) {
      for (const op of ['edit', 'undo', 'paste'] as const) jobs.push(thinkTwiceEditJob(linter, names, post, op, source, opts.quick));
      jobs.push(thinkTwiceColdJob(layers, names, post));
    }
  }
  for (const post of posts) {
    jobs.push(obscenityJob(post, opts.quick), alexJob(post, opts.quick));
    for (const op of ['edit', 'undo', 'paste', 'cold'] as const) jobs.push(obscenityJob(post, opts.quick, op, source));
  }
  const lint: LintCell[] = await measureJobs(jobs, LINT_ROUNDS, log);
  lint.sort((a, b) => a.chars - b.chars || OPS.indexOf(a.op) - OPS.indexOf(b.op));

  let bundle: BenchResults['bundle'];
  let built = existsSync(path.join(BUILD_DIR, 'manifest.json'));
  try {
    if (opts.build && buildIsStale(ROOT, BUILD_DIR)) {
      log('building the extension (npm run build)');
      build(ROOT);
      built = true;
    }
    bundle = built ? measureBundle(BUILD_DIR) : { skipped: 'no build in .output/chrome-mv3' };
  } catch (e) {
    bundle = { skipped: (e as Error).message };
    built = false;
  }

  let extension: BenchResults['extension'];
  if (!opts.extension) extension = { skipped: '--no-extension' };
  else if (!built) extension = { skipped: 'no extension build' };
  else {
    log('typing into the fixture composer in Chromium');
    try {
      extension = await benchExtension(BUILD_DIR, opts.quick);
    } catch (e) {
      extension = { skipped: `failed: ${(e as Error).message.split('\n')[0]}` };
    }
  }

  const results: BenchResults = {
    schema: 1,
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', platform: `${os.platform()} ${os.arch()}`, load: [round2(loadStart), round2(os.loadavg()[0]!)] },
    quick: opts.quick,
    lint,
    compile,
    extension,
    bundle,
  };
  const outDir = path.join(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  process.stdout.write(`${renderResults(results)}\n\nResults written to bench-results/latest.json (${m.cpus} × ${m.cpuModel}, Node ${m.node}, load ${m.load[0]} → ${m.load[1]}).\n`);
  if (Math.max(...m.load) > m.cpus) process.stdout.write(`Warning: the load average exceeded the ${m.cpus} CPUs: other processes competed, wall times are inflated.\n`);
  const verdicts = checkBudget(results);
  process.stdout.write(`\nBudget\n${renderVerdicts(verdicts)}\n`);
  return opts.check && verdicts.some((v) => !v.ok) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exit(2);
  },
);
