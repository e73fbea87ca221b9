// The extension in real Chromium on every site's fixture composer, measured with the e2e suite's
// own typing measurement (tests/e2e/perf.ts `measureTyping`: a ~3,000-character post pasted in,
// then a flagged phrase typed and deleted key by key; latency from a keydown's timestamp to the
// updated highlight registry; the extension's main-thread time per keystroke from a Chrome
// trace). Added here: a company pack of 10,000 client names instead of the example pack's 10,
// and long tasks (> 50 ms) on the page's main thread while typing (Long Tasks API).
import type { Page } from 'playwright-core';
import { launch, openReady, readExamplePack, seedExamplePack } from '../tests/e2e/harness.ts';
import { measureTyping } from '../tests/e2e/perf.ts';
import { FACEBOOK, LINKEDIN, X } from '../tests/e2e/sites/index.ts';
import { makeClientNames } from './names.ts';
import type { ExtensionResult } from './results.ts';

const PACK_NAMES = 10_000;

export async function benchExtension(buildDir: string, quick: boolean): Promise<ExtensionResult[]> {
  const session = await launch({ extensionDir: buildDir });
  try {
    const base = readExamplePack() as { clients?: string[] };
    const clients = base.clients ?? [];
    await seedExamplePack(session, { ...base, clients: [...clients, ...makeClientNames(PACK_NAMES - clients.length, undefined, clients)] });
    const out: ExtensionResult[] = [];
    for (const site of [X, LINKEDIN, FACEBOOK]) {
      const page = await openReady(session, site.url);
      const composer = await site.openComposer(page);
      // tsx (unlike vitest) compiles named functions with esbuild's `__name` helper, which the
      // functions measureTyping evaluates in the page then call: give the page a no-op one.
      await composer.frame.evaluate('globalThis.__name ??= (f) => f');
      if (composer.frame !== page.mainFrame()) await page.evaluate('globalThis.__name ??= (f) => f');
      await watchLongTasks(page);
      const perf = await measureTyping(page, composer, { rounds: quick ? 3 : 8 });
      const long = await page.evaluate(() => (window as unknown as { __ttLongTasks: number[] }).__ttLongTasks);
      out.push({
        site: site.id,
        chars: perf.postLength,
        packNames: PACK_NAMES,
        latency: perf.latency,
        latencyPainted: perf.latencyPainted,
        mainThread: perf.mainThread,
        mainThreadCpu: perf.mainThreadCpu,
        longTasks: { count: long.length, maxMs: Math.max(0, ...long) },
      });
      await page.close();
    }
    return out;
  } finally {
    await session.close();
  }
}

/** Records the duration of every long task of the page from now on (the browser's own definition). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __ttLongTasks: number[] };
    w.__ttLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__ttLongTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}
