// Attribution of main-thread work in a Chrome trace to keystrokes and to the extension.
import { describe, expect, it } from 'vitest';
import { EXT_URL, mainThread, type TraceEvent } from '../../bench/trace.ts';

const PID = 10;
const TID = 11;
const ms = 1000; // trace times are µs
const key = (t: number): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts: t * ms, dur: 1 * ms, tdur: 1 * ms, pid: PID, tid: TID, args: { data: { type: 'keydown' } } });
const task = (t: number, dur: number, cpu = dur, pid = PID): TraceEvent => ({ name: 'RunTask', ph: 'X', ts: t * ms, dur: dur * ms, tdur: cpu * ms, pid, tid: TID });
const call = (t: number, dur: number, url: string, cpu = dur): TraceEvent => ({ name: 'FunctionCall', ph: 'X', ts: t * ms, dur: dur * ms, tdur: cpu * ms, pid: PID, tid: TID, args: { data: { url } } });
const EXT = `${EXT_URL}content-scripts/composer.js`;

describe('mainThread', () => {
  it('gives each keystroke the work that starts before the next one, CPU time, and the extension its own calls', () => {
    const r = mainThread([
      key(0),
      task(0, 6),
      call(1, 2, EXT),
      call(1.5, 0.5, EXT), // nested in the call above: not counted twice
      task(50, 3, 1), // descheduled: 1 ms of CPU in 3 ms
      call(50, 1, 'https://www.linkedin.com/assets/linkedin.js'),
      key(100),
      task(100, 2),
      call(150, 4, EXT),
      task(150, 5),
      task(300, 10, 10, 99), // another process
    ]);
    expect(r.mainThread.n).toBe(2);
    expect([r.mainThread.min, r.mainThread.max]).toEqual([7, 7]);
    expect([r.extensionScript.min, r.extensionScript.max]).toEqual([2, 4]);
    expect(r.longTasks).toEqual({ count: 0, maxMs: 0, maxCpuMs: 0 });
  });

  it('counts tasks over 50 ms of wall time from the first keystroke on, with their CPU time', () => {
    const r = mainThread([task(-100, 80), key(0), task(10, 51, 12), task(70, 50), key(200), task(210, 120, 90)]);
    expect(r.longTasks).toEqual({ count: 2, maxMs: 120, maxCpuMs: 90 });
  });

  it('fails clearly when no keystroke reached the page', () => {
    expect(() => mainThread([task(0, 5)])).toThrow(/no keydown/);
  });
});
