// Typing performance of the extension in a real composer, measured in the browser:
// - latency: from a keystroke (the event's own timestamp) to the moment the extension's UI holds
//   the updated underline (its `[data-tt="mark"]` in the closed shadow root, handed to the probe
//   through the DevTools protocol), and to the next frame after it (painted);
// - main-thread time per keystroke: wall and CPU time of every function the extension's content
//   script runs (Chromium trace `FunctionCall` events whose script is the extension's), summed per
//   keystroke window (from one keydown to the next, so deferred work counts for the key that
//   caused it). Page scripts, the editors and Playwright are not counted.
// Reused by the benchmark; the e2e test asserts the typing targets.
import type { CDPSession, ElementHandle, Page } from 'playwright-core';
import { summarize } from '../../bench/stats.ts';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import type { Composer } from './sites/index.ts';
import { uiRoot } from './ui-root.ts';

export interface Distribution {
  samples: number;
  median: number;
  p95: number;
  max: number;
}

export interface TypingPerf {
  postLength: number;
  /** Keystroke → underline updated in the extension's UI (ms). */
  latency: Distribution;
  /** Keystroke → first frame after the update (ms). */
  latencyPainted: Distribution;
  /** Extension main-thread wall time per keystroke (ms). */
  mainThread: Distribution;
  /** Extension main-thread CPU time per keystroke (ms). */
  mainThreadCpu: Distribution;
}

export interface PerfOptions {
  /** Length of the post before the measured keystrokes (default 3,000 characters). */
  length?: number;
  /** Rounds of typing and deleting the flagged phrase (each round: one latency sample per direction). */
  rounds?: number;
  /** Pause between keystrokes, ms (a fast typist: 100 ms ≈ 10 characters a second). */
  keyGapMs?: number;
}

/** A flagged term of the example pack (block) that completes on its last character. */
const PHRASE = ' militaire goederen';
const TERM = PHRASE.trim();

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { samples: 0, median: NaN, p95: NaN, max: NaN };
  const s = summarize(values);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { samples: s.n, median: r(s.median), p95: r(s.p95), max: r(s.max) };
}

/** A realistic long post: corpus-like sentences without findings, repeated to `length`. */
export function longPost(length: number): string {
  const sentences = [
    'Vandaag een inspirerende dag gehad op het congres over duurzaam ondernemen in Utrecht.',
    'We spraken over de risico’s van klimaatverandering voor kleine bedrijven en hoe je daar slim op voorbereid bent.',
    'Great panel on resilience this morning, with lots of practical ideas for small businesses.',
    'Dank aan alle sprekers en aan iedereen die vragen stelde, het was een levendige discussie.',
  ];
  let out = '';
  for (let i = 0; out.length < length; i++) out += (out ? ' ' : '') + sentences[i % sentences.length];
  return out.slice(0, length);
}

/**
 * Types a `length`-character post into `c` (as one insertion, like a paste), then measures
 * `rounds` × (type PHRASE key by key, delete it key by key).
 */
export async function measureTyping(page: Page, c: Composer, options: PerfOptions = {}): Promise<TypingPerf> {
  const length = options.length ?? 3000;
  const rounds = options.rounds ?? 10;
  const gap = options.keyGapMs ?? 100;
  const base = longPost(length - PHRASE.length);
  await c.editor.click();
  await page.keyboard.insertText(base);
  if ((await c.modelText()) !== base) throw new Error('measureTyping: the editor did not take the long post');
  await page.waitForTimeout(500);
  const root = await uiRoot(c.frame);
  if (!root) throw new Error('measureTyping: the extension drew no UI for the composer');
  // Where the flagged term sits once typed: right after the long post and the space.
  const term = { start: base.length + PHRASE.indexOf(TERM), end: base.length + PHRASE.indexOf(TERM) + TERM.length };

  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp);
  const latency: number[] = [];
  const painted: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < PHRASE.length; i++) {
      const last = i === PHRASE.length - 1;
      if (last) await armProbe(c, root, term, true);
      await page.keyboard.press(PHRASE[i] === ' ' ? 'Space' : PHRASE[i]!);
      if (last) collect(await readProbe(c), latency, painted);
      else await page.waitForTimeout(gap);
    }
    await page.waitForTimeout(gap);
    for (let i = 0; i < PHRASE.length; i++) {
      const first = i === 0;
      if (first) await armProbe(c, root, term, false);
      await page.keyboard.press('Backspace');
      if (first) collect(await readProbe(c), latency, painted);
      else await page.waitForTimeout(gap);
    }
    await page.waitForTimeout(gap);
  }
  const events = await trace.stop();
  await cdp.detach().catch(() => {});
  if ((await c.modelText()) !== base) throw new Error('measureTyping: the editor text changed unexpectedly');
  const perKey = extensionTimePerKeystroke(events);
  return {
    postLength: length,
    latency: distribution(latency),
    latencyPainted: distribution(painted),
    mainThread: distribution(perKey.map((k) => k.wall)),
    mainThreadCpu: distribution(perKey.map((k) => k.cpu)),
  };
}

function collect(r: { latency: number; painted: number } | null, latency: number[], painted: number[]): void {
  if (!r) throw new Error(`measureTyping: the underline of "${TERM}" did not update within 2 s`);
  latency.push(r.latency);
  painted.push(r.painted);
}

/**
 * Installs, in the page's main world, a one-shot watcher: the next keydown's timestamp, then a
 * MessageChannel loop (sub-millisecond) until the block underline on TERM appears (`present`) or
 * disappears, then the next animation frame.
 */
async function armProbe(c: Composer, root: ElementHandle<ShadowRoot>, term: { start: number; end: number }, present: boolean): Promise<void> {
  await c.frame.evaluate(
    ([ui, at, want]) => {
      const w = window as unknown as { __ttProbe?: Promise<{ latency: number; painted: number } | null> };
      const sel = `[data-tt="mark"][data-severity="block"][data-start="${at.start}"][data-end="${at.end}"]`;
      const has = () => ui.querySelector(sel) !== null;
      w.__ttProbe = new Promise((resolve) => {
        window.addEventListener(
          'keydown',
          (e) => {
            const t0 = e.timeStamp;
            const ch = new MessageChannel();
            const deadline = t0 + 2000;
            ch.port1.onmessage = () => {
              if (has() === want) {
                const t1 = performance.now();
                requestAnimationFrame(() => resolve({ latency: t1 - t0, painted: performance.now() - t0 }));
              } else if (performance.now() > deadline) resolve(null);
              else ch.port2.postMessage(0);
            };
            ch.port2.postMessage(0);
          },
          { capture: true, once: true },
        );
      });
    },
    [root, term, present] as const,
  );
}

async function readProbe(c: Composer): Promise<{ latency: number; painted: number } | null> {
  return c.frame.evaluate(() => (window as unknown as { __ttProbe: Promise<{ latency: number; painted: number } | null> }).__ttProbe);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; type?: string } };
}

async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/** Sums the extension's FunctionCall time (outermost calls only) per keydown window. */
export function extensionTimePerKeystroke(events: readonly TraceEvent[]): { wall: number; cpu: number }[] {
  const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  if (keys.length === 0) throw new Error('measureTyping: no keydown events in the trace');
  const mainThread = { pid: keys[0]!.pid, tid: keys[0]!.tid };
  const calls = events
    .filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.pid === mainThread.pid && e.tid === mainThread.tid && (e.args?.data?.url ?? '').startsWith(`chrome-extension://${EXTENSION_ID}/`))
    .sort((a, b) => a.ts - b.ts);
  // Outermost calls only: a nested call's time is already inside its parent.
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const c of calls) {
    if (c.ts >= end) {
      outer.push(c);
      end = c.ts + (c.dur ?? 0);
    }
  }
  const out = keys.map(() => ({ wall: 0, cpu: 0 }));
  let k = 0;
  for (const c of outer) {
    if (c.ts < keys[0]!.ts) continue;
    while (k + 1 < keys.length && c.ts >= keys[k + 1]!.ts) k++;
    out[k]!.wall += (c.dur ?? 0) / 1000;
    out[k]!.cpu += (c.tdur ?? c.dur ?? 0) / 1000;
  }
  return out;
}
