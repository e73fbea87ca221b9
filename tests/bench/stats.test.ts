import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../bench/stats.ts';

describe('percentile (linear between the nearest ranks)', () => {
  it.each([
    [[5], 50, 5],
    [[5], 95, 5],
    [[1, 2, 3], 50, 2],
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 100, 4],
    // 20 samples 1..20: rank 0.95 × 19 = 18.05 → 19 + 0.05 × (20 − 19)
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19.05],
    [Array.from({ length: 101 }, (_, i) => i), 95, 95],
  ])('%j p%d = %d', (xs, p, want) => {
    expect(percentile(xs, p)).toBeCloseTo(want, 10);
  });

  it.each([
    [[], 50, /no samples/],
    [[1], -1, /0\.\.100/],
    [[1], 101, /0\.\.100/],
    [[1], Number.NaN, /0\.\.100/],
  ])('%j p%d is refused', (xs, p, err) => {
    expect(() => percentile(xs, p)).toThrow(err);
  });
});

describe('summarize', () => {
  it('sorts before taking percentiles and does not change its input', () => {
    const xs = [9, 1, 5, 3, 7];
    expect(summarize(xs)).toEqual({ n: 5, median: 5, p95: 8.6, min: 1, max: 9 });
    expect(xs).toEqual([9, 1, 5, 3, 7]);
  });

  it('one slow outlier among 100 moves the maximum, not the median or p95', () => {
    const xs = [...Array.from({ length: 99 }, () => 1), 500];
    const s = summarize(xs);
    expect([s.median, s.p95, s.max]).toEqual([1, 1, 500]);
  });
});
