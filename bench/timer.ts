// Times a function call by call: warm-up first (JIT, caches), then timed calls until at least
// `minIterations` calls AND `targetMs` of timing are done, or `maxIterations` is reached.
import { performance } from 'node:perf_hooks';
import { type Summary, summarize } from './stats.ts';

export interface TimeOptions {
  warmup: number;
  minIterations: number;
  maxIterations: number;
  targetMs: number;
}

export async function time(fn: () => unknown, o: TimeOptions): Promise<Summary> {
  for (let i = 0; i < o.warmup; i++) await fn();
  const samples: number[] = [];
  const begin = performance.now();
  for (;;) {
    const t0 = performance.now();
    const r = fn();
    if (r instanceof Promise) await r;
    const t1 = performance.now();
    samples.push(t1 - t0);
    if (samples.length >= o.maxIterations) break;
    if (samples.length >= o.minIterations && t1 - begin >= o.targetMs) break;
  }
  return summarize(samples);
}
