// The shape of one benchmark run, as printed and as written to bench-results/latest.json.
import type { BundleResult } from './bundle.ts';
import type { CompileResult } from './compile.ts';
import type { LintCell } from './linter.ts';
import type { Summary } from './stats.ts';

export interface ExtensionResult {
  /** Fixture site the post was typed into. */
  site: string;
  /** Length of the post typed (after the prefilled part). */
  chars: number;
  /** Keystrokes measured. */
  keystrokes: number;
  /** ms from the last keystroke of a burst to the highlights matching the new text. */
  latency: Summary;
  /** Main-thread CPU time (ms) from one keystroke to the next: page, editor, extension, rendering. */
  mainThread: Summary;
  /** The part of it spent running the extension's content script (ms CPU per keystroke). */
  extensionScript: Summary;
  /** Tasks longer than 50 ms (wall time) on the page's main thread while typing; maxCpuMs: their CPU time. */
  longTasks: { count: number; maxMs: number; maxCpuMs: number };
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
  extension: ExtensionResult | Skipped;
  bundle: BundleResult | Skipped;
}

export const isSkipped = (x: object): x is Skipped => 'skipped' in x;
