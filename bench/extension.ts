// The extension in real Chromium (the e2e harness and fixture pages): a 3,000-character post in
// the LinkedIn fixture composer, typed with real key events at a typist's pace. Measured:
// - last keystroke → highlights: from the keydown's timestamp to the moment the page's
//   CSS.highlights registry shows the finding the keystroke created, changed or removed;
// - main-thread time per keystroke: busy time of the page's renderer main thread (Chrome trace,
//   RunTask events) from one keydown to the next, of which the extension's own script time
//   is reported separately (trace events attributed to the extension's URL);
// - long tasks (> 50 ms) on that thread while typing.
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { launch, readExamplePack, seedExamplePack, waitForPack } from '../tests/e2e/harness.ts';
import { LINKEDIN } from '../tests/e2e/sites/index.ts';
import { makeClientNames } from './names.ts';
import { makePost } from './posts.ts';
import type { ExtensionResult } from './results.ts';
import { summarize } from './stats.ts';
import { mainThread, type TraceEvent } from './trace.ts';

/** Pause between keystrokes: a fast typist (~90 words per minute). */
const KEY_DELAY_MS = 110;
const PACK_NAMES = 10_000;


export async function benchExtension(buildDir: string, corpus: readonly string[], quick: boolean): Promise<ExtensionResult> {
  const session = await launch({ extensionDir: buildDir });
  try {
    const base = readExamplePack() as { id: string; clients?: string[] };
    const extra = makeClientNames(PACK_NAMES - (base.clients?.length ?? 0), undefined, base.clients ?? []);
    await seedExamplePack(session, { ...base, clients: [...(base.clients ?? []), ...extra] });
    const page = await session.context.newPage();
    await page.goto(LINKEDIN.url);
    await waitForPack(page, base.id, 30_000);
    const composer = await LINKEDIN.openComposer(page);
    // tsx compiles named functions with an esbuild `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name ??= (f) => f');
    await page.evaluate(installProbe);

    // Terms that each make one new underline when their last letter is typed.
    const terms = [...(base.clients ?? []).slice(0, 6), ...extra.slice(0, 6)].map((t) => t.replace(/\s+/g, ' '));
    const rounds = quick ? 4 : terms.length;
    const typed = terms.slice(0, rounds).reduce((s, t) => s + t.length + 2, 0);
    const prefix = makePost(corpus, 3000 - typed, extra.slice(0, 7)).replace(/\s+/g, ' ');

    await composer.editor.click();
    await page.keyboard.insertText(prefix);
    await settle(page);

    const cdp = await page.context().newCDPSession(page);
    await startTrace(cdp);
    const latencies: number[] = [];
    for (const term of terms.slice(0, rounds)) {
      await page.keyboard.type(` ${term.slice(0, -1)}`, { delay: KEY_DELAY_MS });
      await settle(page);
      // Typing the last letter adds an underline; Backspace removes it; typing it again adds it.
      for (const key of [term.slice(-1), 'Backspace', term.slice(-1)]) {
        await sleep(KEY_DELAY_MS);
        await page.keyboard.press(key);
        latencies.push(await page.evaluate(() => window.__ttProbe!.waitChange(3000)));
      }
      await page.keyboard.type('.', { delay: KEY_DELAY_MS });
    }
    await sleep(300);
    const events = await stopTrace(cdp);
    if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, JSON.stringify({ traceEvents: events }));
    const keys = await page.evaluate(() => window.__ttProbe!.keys);
    const text = await composer.modelText();
    if (text.length < 2900) throw new Error(`the composer holds ${text.length} characters, expected about 3,000`);
    return { site: 'linkedin', chars: text.length, keystrokes: keys.length, latency: summarize(latencies), ...mainThread(events) };
  } finally {
    await session.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the underlines stop changing (the lint of the last edit has been painted). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__ttProbe!.quiet(400, 10_000));
}

declare global {
  interface Window {
    __ttProbe?: {
      keys: number[];
      /** The underlines now: severity, text and length of every highlighted range. */
      state(): number;
      /** ms from the last keydown to the last change of the underlines it caused. */
      waitChange(timeoutMs: number): Promise<number>;
      quiet(ms: number, timeoutMs: number): Promise<void>;
    };
  }
}

/** Runs in the page: records keydown times and watches the highlight registry. */
function installProbe(): void {
  const NAMES = ['thinktwice-block', 'thinktwice-warn', 'thinktwice-info'];
  // A numeric fingerprint of every underline (severity, node, offsets): cheap enough to take
  // each frame while a measurement waits, so the probe adds almost nothing to the main thread.
  const nodeIds = new WeakMap<Node, number>();
  let nextId = 1;
  const idOf = (n: Node) => {
    let id = nodeIds.get(n);
    if (id === undefined) nodeIds.set(n, (id = nextId++));
    return id;
  };
  const state = () => {
    let h = 0;
    NAMES.forEach((name, k) => {
      for (const r of CSS.highlights.get(name) ?? []) {
        if (!(r instanceof Range)) continue;
        h = (Math.imul(h, 31) + (k + 1) * 7919 + idOf(r.startContainer) * 131 + r.startOffset * 17 + idOf(r.endContainer) * 101 + r.endOffset) | 0;
      }
    });
    return h;
  };
  const keys: number[] = [];
  let lastChange = performance.now();
  let last = state();
  const check = () => {
    const c = state();
    if (c !== last) {
      last = c;
      lastChange = performance.now();
    }
  };
  let atKey = last;
  addEventListener(
    'keydown',
    (e) => {
      check();
      atKey = last;
      keys.push(e.timeStamp);
    },
    true,
  );
  // Checked each animation frame while a measurement waits (highlights paint in frames anyway).
  const poll = (until: () => boolean) =>
    new Promise<void>((resolve) => {
      const frame = () => {
        check();
        if (until()) resolve();
        else requestAnimationFrame(frame);
      };
      frame();
    });
  window.__ttProbe = {
    keys,
    state,
    waitChange(timeoutMs) {
      // Done when the underlines differ from those at the keydown and then stay put for QUIET ms
      // (a local shift/removal at the next frame may precede the linter's answer).
      const QUIET = 300;
      const key = keys[keys.length - 1]!;
      let timedOut = false;
      return poll(() => {
        const now = performance.now();
        timedOut = now - key > timeoutMs;
        return timedOut || (last !== atKey && lastChange >= key && now - lastChange >= QUIET);
      }).then(() => {
        if (timedOut) throw new Error(`the underlines did not change within ${timeoutMs} ms of a keystroke`);
        return lastChange - key;
      });
    },
    quiet(ms, timeoutMs) {
      const start = performance.now();
      return poll(() => performance.now() - Math.max(lastChange, start) >= ms || performance.now() - start > timeoutMs);
    },
  };
}

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] },
  });
}

async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const handle = await done;
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(data) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

