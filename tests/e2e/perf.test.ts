// The typing targets the extension is held to, on a 3,000-character post, per editor, with the real extension:
// keystroke → updated highlights ≤ 150 ms (p95), extension main-thread time per keystroke ≤ 4 ms (p95).
// Main-thread time is asserted as the CPU time the main thread spends in the extension's code
// (trace `tdur`); its wall time (`dur`) is printed too but also counts the moments the OS ran
// other processes — on a loaded 2-CPU CI machine that is most of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExamplePack, openReady, type Session } from './harness.ts';
import { measureTyping } from './perf.ts';
import { FACEBOOK, LINKEDIN, X } from './sites/index.ts';

const LATENCY_P95_MS = 150;
const MAIN_THREAD_P95_MS = 4;

let session: Session;
beforeAll(async () => {
  session = await launchWithExamplePack();
});
afterAll(async () => {
  await session?.close();
});

describe('typing performance on a 3,000-character post', () => {
  it.each([X, LINKEDIN, FACEBOOK].map((s) => [s.id, s] as const))('%s', async (id, site) => {
    const page = await openReady(session, site.url);
    const c = await site.openComposer(page);
    const perf = await measureTyping(page, c);
    // Printed for the benchmark log (docs/benchmarks.md).
    console.info(`[perf] ${id}: ${JSON.stringify(perf)}`);
    expect(perf.latency.samples).toBeGreaterThanOrEqual(20);
    expect(perf.mainThread.samples).toBeGreaterThanOrEqual(380);
    expect(perf.latency.p95).toBeLessThanOrEqual(LATENCY_P95_MS);
    expect(perf.mainThreadCpu.p95).toBeLessThanOrEqual(MAIN_THREAD_P95_MS);
    await page.close();
  });
});
