// The performance budget (what typing and linting may cost), checked against one run's results by `npm run bench -- --check`.
// A target that was not measured in the run counts as violated: an unverified budget is not met.
import { isSkipped, type BenchResults } from './results.ts';

export interface Verdict {
  id: string;
  /** What is promised, in words. */
  target: string;
  /** What was measured, in words (or why nothing was). */
  actual: string;
  ok: boolean;
}

export const BUDGET = {
  lint3kMedianMs: 0.5,
  lint63kP95Ms: 20,
  compile10kMs: 200,
  keystrokeP95Ms: 150,
  mainThreadP95Ms: 4,
  longTaskMs: 50,
  contentScriptGzipBytes: 100_000,
} as const;

const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;

export function checkBudget(r: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  const missing = (id: string, target: string, why: string) => out.push({ id, target, actual: `not measured (${why})`, ok: false });
  const tt = (chars: number, names: number) => r.lint.find((c) => c.engine === 'thinktwice' && c.chars === chars && c.names === names);

  const t3k = tt(3000, 10_000);
  const obs3k = r.lint.find((c) => c.engine === 'obscenity' && c.chars === 3000);
  {
    const target = `3,000 chars, 10,000 names: median ≤ ${ms(BUDGET.lint3kMedianMs)}`;
    if (!t3k) missing('lint-3k-median', target, 'no such linter cell');
    else out.push({ id: 'lint-3k-median', target, actual: `median ${ms(t3k.time.median)}`, ok: t3k.time.median <= BUDGET.lint3kMedianMs });
  }
  {
    const target = '3,000 chars, 10,000 names: faster than obscenity on the same text (median)';
    if (!t3k || !obs3k) missing('lint-3k-vs-obscenity', target, 'no Think Twice or obscenity cell');
    else
      out.push({
        id: 'lint-3k-vs-obscenity',
        target,
        actual: `Think Twice ${ms(t3k.time.median)} vs obscenity ${ms(obs3k.time.median)}`,
        ok: t3k.time.median < obs3k.time.median,
      });
  }
  {
    const c = tt(63_206, 100_000);
    const target = `63,206 chars, 100,000 names: p95 ≤ ${ms(BUDGET.lint63kP95Ms)}`;
    if (!c) missing('lint-63k-p95', target, 'no such linter cell');
    else out.push({ id: 'lint-63k-p95', target, actual: `p95 ${ms(c.time.p95)}`, ok: c.time.p95 <= BUDGET.lint63kP95Ms });
  }
  {
    const c = r.compile.find((x) => x.names === 10_000);
    const target = `compiling a 10,000-name pack ≤ ${ms(BUDGET.compile10kMs)} (every run, the first included)`;
    if (!c) missing('compile-10k', target, 'no compile run for 10,000 names');
    else out.push({ id: 'compile-10k', target, actual: `first ${ms(c.firstMs)}, slowest ${ms(c.time.max)}`, ok: c.time.max <= BUDGET.compile10kMs });
  }

  const e = r.extension;
  const eTargets = [
    ['keystroke-latency-p95', `keystroke → highlights p95 ≤ ${ms(BUDGET.keystrokeP95Ms)}`],
    ['main-thread-p95', `extension's main-thread time per keystroke p95 ≤ ${ms(BUDGET.mainThreadP95Ms)} (CPU)`],
    ['long-tasks', `no long task (> ${BUDGET.longTaskMs} ms) while typing`],
  ] as const;
  if (isSkipped(e)) for (const [id, target] of eTargets) missing(id, target, e.skipped);
  else {
    out.push({ id: eTargets[0][0], target: eTargets[0][1], actual: `p95 ${ms(e.latency.p95)}`, ok: e.latency.p95 <= BUDGET.keystrokeP95Ms });
    out.push({
      id: eTargets[1][0],
      target: eTargets[1][1],
      actual: `p95 ${ms(e.mainThreadCpu.p95)} CPU (wall ${ms(e.mainThread.p95)})`,
      ok: e.mainThreadCpu.p95 <= BUDGET.mainThreadP95Ms,
    });
    out.push({
      id: eTargets[2][0],
      target: eTargets[2][1],
      actual: e.longTasks.count === 0 ? 'none' : `${e.longTasks.count}, longest ${ms(e.longTasks.maxMs)}`,
      ok: e.longTasks.count === 0,
    });
  }

  const b = r.bundle;
  const bTarget = `content script injected into composer pages ≤ ${kb(BUDGET.contentScriptGzipBytes)} gzip`;
  if (isSkipped(b)) missing('content-script-size', bTarget, b.skipped);
  else if (b.contentScripts.length === 0) missing('content-script-size', bTarget, 'the manifest declares no content script');
  else
    for (const cs of b.contentScripts) {
      const names = cs.files.map((f) => f.file).join(' + ');
      out.push({ id: 'content-script-size', target: bTarget, actual: `${names}: ${kb(cs.gzip)}`, ok: cs.gzip <= BUDGET.contentScriptGzipBytes });
    }
  return out;
}
