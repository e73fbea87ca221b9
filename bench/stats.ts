// Sample statistics for the benchmark: percentiles by linear interpolation between the two
// nearest ranks (the same definition as numpy's default), so a p95 of few samples is not
// simply the maximum.

export interface Summary {
  /** Number of timed samples. */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** The p-th percentile (0 ≤ p ≤ 100) of `sorted`, which must be sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be within 0..100, got ${p}`);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}
