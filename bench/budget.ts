// The performance budget (what typing and linting may cost), checked against one run's results by `npm run bench -- --check`.
// A target that was not measured in the run counts as violated: an unverified budget is not met.
import type { LintCell } from './linter.ts';
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
  lint3kMedianMs: 0.2,
  /** Think Twice's median over obscenity's on the same 3,000-character post. */
  lint3kVsObscenity: 0.25,
  /** One character typed in the middle of a post, 10,000 names, through a composer's session. */
  edit3kMedianMs: 0.03,
  edit63kMedianMs: 0.1,
  lint63kP95Ms: 20,
  compile10kMs: 200,
  /** On every site. */
  keystrokeP95Ms: 30,
  mainThreadP95Ms: 4,
  longTaskMs: 50,
  contentScriptGzipBytes: 100_000,
} as const;

const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;

export function checkBudget(r: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  const missing = (id: string, target: string, why: string) => out.push({ id, target, actual: `not measured (${why})`, ok: false });
  const tt = (chars: number, names: number, op: LintCell['op'] = 'full') =>
    r.lint.find((c) => c.engine === 'thinktwice' && c.chars === chars && c.names === names && c.op === op);
  // Wall medians decide (as they always have); the CPU median is shown beside them.
  const med = (c: LintCell) => `median ${ms(c.time.median)} (cpu ${ms(c.cpu.median)})`;

  const t3k = tt(3000, 10_000);
  const obs3k = r.lint.find((c) => c.engine === 'obscenity' && c.chars === 3000 && c.op === 'full');
  {
    const target = `3,000 chars, 10,000 names: median ≤ ${ms(BUDGET.lint3kMedianMs)}`;
    if (!t3k) missing('lint-3k-median', target, 'no such linter cell');
    else out.push({ id: 'lint-3k-median', target, actual: med(t3k), ok: t3k.time.median <= BUDGET.lint3kMedianMs });
  }
  {
    const target = `3,000 chars, 10,000 names: ≤ ${BUDGET.lint3kVsObscenity}× obscenity on the same text (median)`;
    if (!t3k || !obs3k) missing('lint-3k-vs-obscenity', target, 'no Think Twice or obscenity cell');
    else
      out.push({
        id: 'lint-3k-vs-obscenity',
        target,
        actual: `Think Twice ${ms(t3k.time.median)} vs obscenity ${ms(obs3k.time.median)}: ${(t3k.time.median / obs3k.time.median).toFixed(2)}× (cpu ${(t3k.cpu.median / obs3k.cpu.median).toFixed(2)}×)`,
        ok: t3k.time.median <= BUDGET.lint3kVsObscenity * obs3k.time.median,
      });
  }
  for (const [id, chars, limit] of [
    ['edit-3k-median', 3000, BUDGET.edit3kMedianMs],
    ['edit-63k-median', 63_206, BUDGET.edit63kMedianMs],
  ] as const) {
    const c = tt(chars, 10_000, 'edit');
    const target = `one character typed in a ${chars.toLocaleString('en-US')}-char post, 10,000 names: median ≤ ${ms(limit)}`;
    if (!c) missing(id, target, 'no such edit cell');
    else out.push({ id, target, actual: med(c), ok: c.time.median <= limit });
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
  else if (e.length === 0) for (const [id, target] of eTargets) missing(id, target, 'no site measured');
  else
    for (const s of e) {
      const on = (t: string) => `${s.site}: ${t}`;
      out.push({ id: eTargets[0][0], target: on(eTargets[0][1]), actual: `p95 ${ms(s.latency.p95)}`, ok: s.latency.p95 <= BUDGET.keystrokeP95Ms });
      out.push({
        id: eTargets[1][0],
        target: on(eTargets[1][1]),
        actual: `p95 ${ms(s.mainThreadCpu.p95)} CPU (wall ${ms(s.mainThread.p95)})`,
        ok: s.mainThreadCpu.p95 <= BUDGET.mainThreadP95Ms,
      });
      out.push({
        id: eTargets[2][0],
        target: on(eTargets[2][1]),
        actual: s.longTasks.count === 0 ? 'none' : `${s.longTasks.count}, longest ${ms(s.longTasks.maxMs)}`,
        ok: s.longTasks.count === 0,
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
