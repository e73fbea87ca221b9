// Times a function call by call: warm-up first (JIT, caches), then timed calls until at least
// `minIterations` calls AND `targetMs` of timing are done, or `maxIterations` is reached.
// Each call gets its wall time and the process's CPU time: on a machine busy with other work
// the wall time includes waiting for a CPU, the CPU time does not.
import { performance } from 'node:perf_hooks';
import { type Summary, summarize } from './stats.ts';

export interface TimeOptions {
  warmup: number;
  minIterations: number;
  maxIterations: number;
  targetMs: number;
}

export interface Timing {
  wall: Summary;
  cpu: Summary;
}

export interface Samples {
  wall: number[];
  cpu: number[];
}

/** Timed samples of `fn`, call by call (see the top of this file). */
export async function sample(fn: () => unknown, o: TimeOptions): Promise<Samples> {
  for (let i = 0; i < o.warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  const begin = performance.now();
  for (;;) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = fn();
    if (r instanceof Promise) await r;
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    wall.push(t1 - t0);
    cpu.push((c.user + c.system) / 1000);
    if (wall.length >= o.maxIterations) break;
    if (wall.length >= o.minIterations && t1 - begin >= o.targetMs) break;
  }
  return { wall, cpu };
}

export async function time(fn: () => unknown, o: TimeOptions): Promise<Timing> {
  const { wall, cpu } = await sample(fn, o);
  return { wall: summarize(wall), cpu: summarize(cpu) };
}
