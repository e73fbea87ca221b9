// measureJobs: every cell is timed in rounds spread over the run, its samples pooled; a job too
// slow for more than a few calls runs in the first round only.
import { describe, expect, it } from 'vitest';
import { type LintJob, measureJobs } from '../../bench/linter.ts';

const job = (name: string, order: string[], plan: LintJob['plan'], names = 10): LintJob => ({
  cell: { chars: 3000, engine: 'thinktwice', op: 'full', findings: 0, names },
  run: () => order.push(name),
  plan,
});

describe('measureJobs', () => {
  it('interleaves the jobs round by round and pools each job’s samples', async () => {
    const order: string[] = [];
    const plan = { warmup: 6, minIterations: 30, maxIterations: 60, targetMs: 0 };
    const cells = await measureJobs([job('a', order, plan), job('b', order, plan, 1000)], 3);
    // Per round: 2 warm-up + 10 timed calls of a, then the same of b.
    const runs = order.join('').replace(/(.)\1*/g, (m) => `${m[0]}${m.length}`);
    expect(runs).toBe('a12b12a12b12a12b12');
    expect(cells.map((c) => c.time.n)).toEqual([30, 30]);
    expect(cells.map((c) => c.cpu.n)).toEqual([30, 30]);
    expect(cells.map((c) => c.names)).toEqual([10, 1000]);
  });

  it('runs a job with too few calls to spread in the first round only', async () => {
    const order: string[] = [];
    const slow = job('s', order, { warmup: 1, minIterations: 2, maxIterations: 2, targetMs: 0 });
    const fast = job('f', order, { warmup: 0, minIterations: 60, maxIterations: 60, targetMs: 0 });
    const cells = await measureJobs([slow, fast], 6);
    expect(order.filter((x) => x === 's')).toHaveLength(3);
    expect(order.indexOf('s')).toBe(0);
    expect(order.lastIndexOf('s')).toBeLessThan(order.indexOf('f'));
    expect(cells.map((c) => c.time.n)).toEqual([2, 60]);
  });
});
