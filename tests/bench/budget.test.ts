// The budget checker's verdicts on given numbers: every target passes at its limit, fails just
// past it, and fails when it was not measured.
import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudget } from '../../bench/budget.ts';
import type { LintCell } from '../../bench/linter.ts';
import type { BenchResults, ExtensionResult } from '../../bench/results.ts';
import type { Summary } from '../../bench/stats.ts';

const sum = (median: number, p95 = median, max = p95): Summary => ({ n: 100, median, p95, min: median, max });

interface Over {
  lint3k?: number;
  obs3k?: number;
  edit3k?: number;
  edit63k?: number;
  lint63kP95?: number;
  compile10kMax?: number;
  latencyP95?: number;
  extP95?: number;
  longTasks?: number;
  csGzip?: number;
}

function results(over: Over = {}): BenchResults {
  const cell = (engine: LintCell['engine'], chars: number, t: Summary, names?: number, op: LintCell['op'] = 'full'): LintCell => ({ engine, op, chars, names, time: t, cpu: t, findings: 1 });
  const dist = (median: number, p95: number) => ({ samples: 300, median, p95, max: p95 });
  // The overrides apply to one site (LinkedIn): a violation on one site is reported once, for it.
  const ext = (site: string, o: Over = {}): ExtensionResult => ({
    site,
    chars: 3000,
    packNames: 10_000,
    latency: dist(10, o.latencyP95 ?? 20),
    latencyPainted: dist(15, 25),
    // Wall time far over the limit: only the CPU time counts (the OS running others is not our work).
    mainThread: dist(3, 40),
    mainThreadCpu: dist(0.5, o.extP95 ?? 1),
    longTasks: { count: o.longTasks ?? 0, maxMs: o.longTasks ? 80 : 0 },
  });
  return {
    schema: 1,
    date: '2026-11-22T00:00:00Z',
    machine: { node: 'v20', cpus: 2, cpuModel: 'x', platform: 'linux x64', load: [0.5, 0.5] },
    quick: false,
    lint: [
      cell('thinktwice', 3000, sum(over.lint3k ?? 0.1), 10_000),
      cell('obscenity', 3000, sum(over.obs3k ?? 0.8)),
      // An obscenity cell of another operation must not count as the full check's.
      cell('obscenity', 3000, sum(0.01), undefined, 'edit'),
      cell('thinktwice', 3000, sum(over.edit3k ?? 0.02), 10_000, 'edit'),
      cell('thinktwice', 63_206, sum(over.edit63k ?? 0.05), 10_000, 'edit'),
      cell('thinktwice', 63_206, sum(8, over.lint63kP95 ?? 12), 100_000),
    ],
    compile: [{ names: 10_000, firstMs: over.compile10kMax ?? 150, firstCpuMs: 100, time: sum(100, 140, over.compile10kMax ?? 150), cpu: sum(100), heapBytes: 5e6 }],
    extension: [ext('x'), ext('linkedin', over), ext('facebook')],
    bundle: {
      contentScripts: [{ matches: ['https://x.com/*'], files: [{ file: 'content-scripts/composer.js', bytes: 1, gzip: over.csGzip ?? 20_000 }], bytes: 1, gzip: over.csGzip ?? 20_000 }],
      files: [],
      total: { bytes: 1, gzip: 1 },
    },
  };
}

const failed = (r: BenchResults) => checkBudget(r).filter((v) => !v.ok).map((v) => v.id);

describe('checkBudget', () => {
  it('passes a run within every target, one verdict per target', () => {
    const v = checkBudget(results());
    expect(v.every((x) => x.ok)).toBe(true);
    const perSite = ['keystroke-latency-p95', 'main-thread-p95', 'long-tasks'];
    expect(v.map((x) => x.id)).toEqual([
      'lint-3k-median', 'lint-3k-vs-obscenity', 'edit-3k-median', 'edit-63k-median', 'lint-63k-p95', 'compile-10k',
      ...perSite, ...perSite, ...perSite, 'content-script-size',
    ]);
    expect(v.filter((x) => x.id === 'keystroke-latency-p95').map((x) => x.target.split(':')[0])).toEqual(['x', 'linkedin', 'facebook']);
  });

  it.each([
    ['lint3k', BUDGET.lint3kMedianMs, 0.2001, 'lint-3k-median'],
    ['edit3k', BUDGET.edit3kMedianMs, 0.0301, 'edit-3k-median'],
    ['edit63k', BUDGET.edit63kMedianMs, 0.1001, 'edit-63k-median'],
    ['lint63kP95', BUDGET.lint63kP95Ms, 20.01, 'lint-63k-p95'],
    ['compile10kMax', BUDGET.compile10kMs, 200.5, 'compile-10k'],
    ['latencyP95', BUDGET.keystrokeP95Ms, 30.1, 'keystroke-latency-p95'],
    ['extP95', BUDGET.mainThreadP95Ms, 4.01, 'main-thread-p95'],
    ['csGzip', BUDGET.contentScriptGzipBytes, 100_001, 'content-script-size'],
  ] as const)('%s: ok at the limit (%d), violated just past it (%d)', (key, atLimit, past, id) => {
    expect(failed(results({ [key]: atLimit, obs3k: 1 }))).toEqual([]);
    expect(failed(results({ [key]: past, obs3k: 1 }))).toEqual([id]);
  });

  it.each([
    [0.1, 0.4, true],
    [0.1, 0.399, false],
    [0.15, 0.4, false],
  ])('Think Twice %d ms vs obscenity %d ms: at most a quarter = %s', (tt, obs, ok) => {
    expect(failed(results({ lint3k: tt, obs3k: obs })).includes('lint-3k-vs-obscenity')).toBe(!ok);
  });

  it('the slowest compile counts, not the median: a slow first compile fails', () => {
    const r = results();
    r.compile[0] = { names: 10_000, firstMs: 340, firstCpuMs: 300, time: sum(120, 300, 340), cpu: sum(120), heapBytes: null };
    expect(failed(r)).toEqual(['compile-10k']);
    expect(checkBudget(r).find((v) => v.id === 'compile-10k')!.actual).toMatch(/first 340\.0 ms/);
  });

  it('one long task fails', () => {
    expect(failed(results({ longTasks: 1 }))).toEqual(['long-tasks']);
  });

  it('what was not measured fails, with the reason', () => {
    const r = results();
    r.extension = { skipped: '--no-extension' };
    r.lint = r.lint.filter((c) => c.engine !== 'obscenity');
    const v = checkBudget(r).filter((x) => !x.ok);
    expect(v.map((x) => x.id)).toEqual(['lint-3k-vs-obscenity', 'keystroke-latency-p95', 'main-thread-p95', 'long-tasks']);
    expect(v[1]!.actual).toBe('not measured (--no-extension)');
  });

  it('a build without content scripts fails the size target', () => {
    const r = results();
    r.bundle = { contentScripts: [], files: [], total: { bytes: 0, gzip: 0 } };
    expect(failed(r)).toEqual(['content-script-size']);
  });
});
