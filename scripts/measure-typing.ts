// Measures the extension's cost while typing in the real fixture composers
// (real Chromium, real built extension, example pack), on a 3,000-character post:
//  - main-thread time per keystroke spent in the content script, from a
//    Chrome trace (thread time of FunctionCall events whose script is the extension's) —
//    no hooks in the extension, no draft text leaves the page;
//  - latency from the last keystroke to updated highlights, seen from the page.
// Latency is wall time and suffers on a loaded machine; run it on an idle one.
// Usage: npm run build && npx tsx scripts/measure-typing.ts [x|linkedin|facebook ...]
import { launch, seedExamplePack, waitForPack } from '../tests/e2e/harness.ts';
import { ALL_SITES } from '../tests/e2e/sites/index.ts';
import { EXTENSION_ID } from '../src/extension-id.ts';
import type { CDPSession, Page } from 'playwright-core';

const KEYS = 60;
const KEY_GAP_MS = 120;
const LATENCY_RUNS = 20;

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const fmt = (xs: number[]) => `median ${q(xs, 0.5).toFixed(2)} ms, p95 ${q(xs, 0.95).toFixed(2)} ms (n=${xs.length})`;

function longPost(): string {
  const para = 'Vandaag een mooie bijeenkomst gehad met collega\'s over duurzaam ondernemen en de plannen voor volgend jaar. ';
  let t = 'Bij Jansen Transport hebben we veel geleerd. ';
  while (t.length < 3000) t += para;
  return t.slice(0, 3000);
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<any[]> {
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Extension main-thread time per keystroke (ms): outermost FunctionCalls into our script, grouped by keydown. */
function perKeystroke(events: any[]): number[] {
  const mainPid = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')?.pid;
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.pid === mainPid).map((e) => e.ts).sort((a, b) => a - b);
  const ours = events
    .filter((e) => e.ph === 'X' && e.pid === mainPid && (e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch') && JSON.stringify(e.args?.data ?? {}).includes(EXTENSION_ID))
    .sort((a, b) => a.ts - b.ts);
  // Keep outermost events only (nested ones are already inside a parent's duration).
  const outer: any[] = [];
  let end = -1;
  for (const e of ours) {
    if (e.ts >= end) {
      outer.push(e);
      end = e.ts + e.dur;
    }
  }
  if (process.env.TT_DEBUG) {
    const top = [...outer].sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur)).slice(0, 12);
    for (const e of top) {
      const inner = events.filter((x) => x.tid === e.tid && x.pid === e.pid && x.ts >= e.ts && x.ts < e.ts + e.dur && x !== e && x.dur > 100);
      console.log((e.dur / 1000).toFixed(2), ((e.tdur ?? 0) / 1000).toFixed(2), e.name, e.args?.data?.columnNumber, inner.map((x) => `${x.name}:${(x.dur / 1000).toFixed(2)}`).join(' '));
    }
  }
  const buckets = keydowns.map(() => 0);
  for (const e of outer) {
    let i = keydowns.length - 1;
    while (i >= 0 && keydowns[i]! > e.ts) i--;
    // Thread time (tdur), not wall time: on a busy machine the thread may be descheduled mid-call.
    if (i >= 0) buckets[i]! += (e.tdur ?? e.dur) / 1000;
  }
  return buckets;
}

async function latency(page: Page, frame: Page['mainFrame'] extends () => infer F ? F : never): Promise<number> {
  // Page-side: record the keydown time of the last key, then the first frame where a
  // highlight range ends at the end of the post and reads "Jansen Transport".
  // A string, not a function: the bundler's name helpers do not exist in the page.
  await frame.evaluate(`(() => {
    const w = window;
    w.__lat = null;
    w.__keyT = 0;
    addEventListener('keydown', () => (w.__keyT = performance.now()), { capture: true });
    const tick = () => {
      const h = CSS.highlights.get('thinktwice-warn');
      const hit = h && [...h].some((r) => r.toString() === 'Jansen Transport' && r.endOffset === r.endContainer.textContent.trimEnd().length && !r.endContainer.parentNode.closest('[data-block]')?.nextElementSibling);
      if (hit && w.__keyT) w.__lat = performance.now() - w.__keyT;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.keyboard.type(' Jansen Transport', { delay: 30 });
  for (let i = 0; i < 100; i++) {
    const v = await frame.evaluate(() => (window as any).__lat as number | null);
    if (v !== null) return v;
    await page.waitForTimeout(20);
  }
  throw new Error('highlight did not appear');
}

const wanted = process.argv.slice(2);
const sites = ALL_SITES.filter((s) => (wanted.length ? wanted.includes(s.id) : ['x', 'linkedin', 'facebook'].includes(s.id)));
const s = await launch();
try {
  await seedExamplePack(s);
  for (const site of sites) {
    const page = await s.context.newPage();
    await page.goto(site.url);
    await waitForPack(page, 'vdp-assurantien');
    const c = await site.openComposer(page);
    await c.editor.click();
    await page.keyboard.insertText(longPost());
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const events = await trace(cdp, async () => {
      for (let i = 0; i < KEYS; i++) {
        await page.keyboard.type(i % 7 === 6 ? ' ' : 'abcdefghij'[i % 10]!);
        await page.waitForTimeout(KEY_GAP_MS);
      }
    });
    const perKey = perKeystroke(events);
    const lat: number[] = [];
    for (let i = 0; i < LATENCY_RUNS; i++) {
      lat.push(await latency(page, c.frame as any));
      for (let k = 0; k < ' Jansen Transport'.length; k++) await page.keyboard.press('Backspace');
      await page.waitForTimeout(150);
    }
    const chars = (await c.modelText()).length;
    console.log(`${site.id} (${chars} chars): content-script main-thread time per keystroke: ${fmt(perKey)}; last keystroke → highlight: ${fmt(lat)}`);
    await cdp.detach();
    await page.close();
  }
} finally {
  await s.close();
}
