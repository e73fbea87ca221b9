// Pack compilation: what a browser start or a policy update costs. Time of createLinter
// (merge + every rule's compile) and the heap the compiled linter keeps, per pack size.
import { performance } from 'node:perf_hooks';
import { createLinter, type Layer, type Linter, type Pack } from '../src/rules/index.ts';
import { type Summary, summarize } from './stats.ts';

export interface CompileResult {
  names: number;
  /** The first compile in this process (colder JIT), wall and CPU ms. */
  firstMs: number;
  firstCpuMs: number;
  /** All compiles, the first included: wall and CPU time. */
  time: Summary;
  cpu: Summary;
  /** Heap kept by one compiled linter, in bytes (heapUsed after minus before, both after a full GC). */
  heapBytes: number | null;
}

export function companyLayers(base: Pack, extraNames: readonly string[]): Layer[] {
  return [{ source: 'company', pack: { ...base, clients: [...(base.clients ?? []), ...extraNames] } }];
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number | null {
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Compiles `layers` `runs` times; returns the timing and the last linter (kept for linting). */
export function benchCompile(names: number, layers: Layer[], runs: number): { result: CompileResult; linter: Linter } {
  const times: number[] = [];
  const cpus: number[] = [];
  let linter: Linter | undefined;
  let heapBytes: number | null = null;
  for (let i = 0; i < runs; i++) {
    linter = undefined;
    const before = heapAfterGc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    linter = createLinter(layers);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
    const after = heapAfterGc();
    if (before !== null && after !== null) heapBytes = after - before;
  }
  return { result: { names, firstMs: times[0]!, firstCpuMs: cpus[0]!, time: summarize(times), cpu: summarize(cpus), heapBytes }, linter: linter! };
}
