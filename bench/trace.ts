// Reads a Chrome trace of typing: per-keystroke main-thread work and long tasks (pure).
import { EXTENSION_ID } from '../src/extension-id.ts';
import type { ExtensionResult } from './results.ts';
import { summarize } from './stats.ts';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; type?: string } };
}

export const EXT_URL = `chrome-extension://${EXTENSION_ID}/`;

/**
 * Per keystroke, from this keydown to the next: CPU time of the page's renderer main thread
 * (page, editor, extension, style/layout/paint) and the part spent in the extension's scripts.
 * CPU time (the trace's thread duration), not wall time: on a busy machine the thread is
 * descheduled inside tasks, which is not work. Long tasks are wall time, as the browser sees them.
 */
export function mainThread(events: readonly TraceEvent[]): Pick<ExtensionResult, 'mainThread' | 'extensionScript' | 'longTasks'> {
  const isKeydown = (e: TraceEvent) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown';
  const firstKey = events.find(isKeydown);
  if (!firstKey) throw new Error('the trace holds no keydown: typing did not reach the page');
  const { pid, tid } = firstKey;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const keys = onMain.filter(isKeydown).map((e) => e.ts).sort((a, b) => a - b);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  // Script time of the extension: its top-level calls (nested ones are inside those).
  const calls = onMain.filter((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(EXT_URL)).sort((a, b) => a.ts - b.ts);
  const ext: TraceEvent[] = [];
  for (const c of calls) {
    const prev = ext[ext.length - 1];
    if (!prev || c.ts >= prev.ts + prev.dur!) ext.push(c);
  }
  const total: number[] = [];
  const own: number[] = [];
  let t = 0;
  let x = 0;
  for (let i = 0; i < keys.length; i++) {
    const to = keys[i + 1] ?? Infinity;
    // Each event counts for the keystroke window it starts in.
    let busy = 0;
    for (; t < tasks.length && tasks[t]!.ts < to; t++) if (tasks[t]!.ts >= keys[i]!) busy += tasks[t]!.tdur ?? tasks[t]!.dur!;
    let script = 0;
    for (; x < ext.length && ext[x]!.ts < to; x++) if (ext[x]!.ts >= keys[i]!) script += ext[x]!.tdur ?? ext[x]!.dur!;
    total.push(busy / 1000);
    own.push(script / 1000);
  }
  const long = tasks.filter((e) => e.ts + e.dur! >= keys[0]! && e.dur! > 50_000);
  return {
    mainThread: summarize(total),
    extensionScript: summarize(own),
    longTasks: { count: long.length, maxMs: Math.max(0, ...long.map((e) => e.dur! / 1000)), maxCpuMs: Math.max(0, ...long.map((e) => (e.tdur ?? e.dur!) / 1000)) },
  };
}
