// `npm start`: the extension on the local fixture composers of X, LinkedIn and Facebook, each
// pre-filled with the "Jansen Transport" example post. With a display the browser stays open
// to try it; without one it runs headless, saves a screenshot per composer (underlines + open
// card, and the submit guard on X) to demo/ and prints what the extension found.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { JANSEN_EXAMPLE } from '../tests/e2e/corpus.ts';
import { highlights, ui } from '../tests/e2e/ext.ts';
import { REPO_ROOT, launchWithExamplePack, openReady } from '../tests/e2e/harness.ts';
import { FACEBOOK, LINKEDIN, X, type Composer, type Site } from '../tests/e2e/sites/index.ts';

const OUT = path.join(REPO_ROOT, 'demo');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const SITES: Site[] = [X, LINKEDIN, FACEBOOK];

async function fill(page: Page, site: Site): Promise<Composer> {
  const c = await site.openComposer(page);
  await c.type(JANSEN_EXAMPLE);
  // Wait for the underlines (the extension answers within ~150 ms).
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const h = await highlights(c.frame);
    if (h.block.length + h.warn.length + h.info.length > 0) break;
    await page.waitForTimeout(50);
  }
  return c;
}

async function printFindings(site: Site, c: Composer): Promise<void> {
  const u = ui(c.frame);
  const items = await u.findings.map((el) => ({
    severity: el.getAttribute('data-severity'),
    rule: el.getAttribute('data-rule-id'),
    quote: el.querySelector('.quote')?.textContent ?? '',
    message: el.querySelector('.msg')?.textContent ?? '',
  }));
  console.log(`\n${site.url}  (${items.length} finding${items.length === 1 ? '' : 's'})`);
  for (const f of items) console.log(`  ${(f.severity ?? '').padEnd(5)} ${f.quote}  ${f.rule}: ${f.message}`);
  if (items.length === 0) console.log('  (no card shown: the extension found nothing — check the build)');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launchWithExamplePack({ headless, viewport: { width: 900, height: 640 } });
  console.log(`Think Twice demo — Chromium ${headless ? 'headless (no display)' : 'with a window'}, fixture server on 127.0.0.1:${session.server.port}`);
  try {
    const pages: Page[] = [];
    for (const site of SITES) {
      const page = await openReady(session, site.url);
      pages.push(page);
      const c = await fill(page, site);
      const u = ui(c.frame);
      await u.badges.and('[data-count]:not([data-count="0"])').first().click();
      await u.card.waitFor({ timeout: 5_000 }).catch(() => {});
      await printFindings(site, c);
      const file = path.join(OUT, `${site.id}.png`);
      await page.screenshot({ path: file });
      console.log(`  screenshot: ${path.relative(process.cwd(), file)}`);
      if (site === X) {
        // The submit guard: the example has blocking findings, so Post is held.
        await page.keyboard.press('Escape');
        await c.postButton.click();
        await u.guard.waitFor({ timeout: 5_000 }).catch(() => {});
        const guardFile = path.join(OUT, 'x-guard.png');
        await page.screenshot({ path: guardFile });
        console.log(`  submit guard: ${path.relative(process.cwd(), guardFile)}`);
        await u.action('edit', u.guard).click().catch(() => {});
      }
    }
    if (!headless) {
      console.log('\nThe browser stays open: try editing the posts. Close it (or press Ctrl+C) to stop.');
      await new Promise<void>((resolve) => {
        session.context.on('close', () => resolve());
        process.once('SIGINT', () => resolve());
      });
    }
  } finally {
    await session.close();
  }
}

main().catch((e: unknown) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
