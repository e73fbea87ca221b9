// The shape of one benchmark run, as printed and as written to bench-results/latest.json.
import type { BundleResult } from './bundle.ts';
import type { CompileResult } from './compile.ts';
import type { LintCell } from './linter.ts';
import type { Distribution } from '../tests/e2e/perf.ts';

export interface ExtensionResult {
  /** Fixture site the post was typed into. */
  site: string;
  /** Length of the post typed into. */
  chars: number;
  /** Client names in the seeded company pack. */
  packNames: number;
  /** ms from a keystroke to the highlight registry holding the updated underline. */
  latency: Distribution;
  /** ms from a keystroke to the first frame after that update (painted). */
  latencyPainted: Distribution;
  /** The extension's main-thread time per keystroke, wall (ms). */
  mainThread: Distribution;
  /** The same as CPU time (ms): without the moments the OS ran other processes. */
  mainThreadCpu: Distribution;
  /** Long tasks (> 50 ms) on the page's main thread while typing. */
  longTasks: { count: number; maxMs: number };
}

export interface Skipped {
  skipped: string;
}

export interface BenchResults {
  schema: 1;
  date: string;
  machine: { node: string; cpus: number; cpuModel: string; platform: string; /** 1-minute load average at start and end: above the CPU count, other work competed. */ load: [number, number] };
  quick: boolean;
  lint: LintCell[];
  compile: CompileResult[];
  /** One per site (X, LinkedIn, Facebook). */
  extension: ExtensionResult[] | Skipped;
  bundle: BundleResult | Skipped;
}

export const isSkipped = (x: object): x is Skipped => 'skipped' in x;
