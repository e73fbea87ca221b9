// `npm start`: the extension on the local fixture composers of X, LinkedIn and Facebook, each
// pre-filled with the "Jansen Transport" example post. With a display the browser stays open
// to try it; without one it runs headless, saves a screenshot per composer (underlines + open
// card, and the submit guard on X) to demo/ and prints what the extension found.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { JANSEN_EXAMPLE } from '../tests/e2e/corpus.ts';
import { highlights, ui } from '../tests/e2e/ext.ts';
import { EXAMPLE_PACK_ID, REPO_ROOT, launchWithExamplePack, openReady, readExamplePack, seedExamplePack, waitForPack, type Session } from '../tests/e2e/harness.ts';
import { OPEN_FINDINGS_MESSAGE } from '../src/platform/commands.ts';
import type { Pack } from '../src/rules/index.ts';
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
    if (headless) await screenshotStates(session);
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

/**
 * The composer UI's states on X for the README (docs/img/): the card with its actions in light and
 * dark, the card the keyboard shortcut opens, the hold asking for a reason, and a switched-off site.
 * The example pack gets a support address and asks for reasons here, so those controls show.
 */
async function screenshotStates(session: Session): Promise<void> {
  await seedExamplePack(session, { ...(readExamplePack() as Pack), support: { email: 'it@vdp.example', askReason: true } });
  const shot = async (page: Page, name: string) => {
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`  ${name}: ${path.relative(process.cwd(), file)}`);
  };
  const open = async (scheme: 'light' | 'dark') => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(X.url);
    await waitForPack(page, EXAMPLE_PACK_ID);
    // X's "Dim" theme for the dark shot: the card and badge follow the composer's background.
    if (scheme === 'dark') await page.addStyleTag({ content: 'html, body, body * { background-color: #15202b !important; color: #e7e9ea !important; }' });
    const c = await fill(page, X);
    return { page, c, u: ui(c.frame) };
  };
  console.log('\nUI states (X):');
  for (const scheme of ['light', 'dark'] as const) {
    const { page, u } = await open(scheme);
    await u.badges.and('[data-count]:not([data-count="0"])').first().click();
    await u.card.waitFor({ timeout: 5_000 }).catch(() => {});
    await shot(page, `card-${scheme}`);
    await page.close();
  }
  {
    // The open-findings shortcut, as the background delivers it to the tab.
    const { page, u } = await open('light');
    await session.sw!.evaluate(async (type) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined) await tabs.sendMessage(tab.id, { type });
    }, OPEN_FINDINGS_MESSAGE);
    await u.card.waitFor({ timeout: 5_000 }).catch(() => {});
    await shot(page, 'card-shortcut');
    await page.close();
  }
  {
    const { page, c, u } = await open('light');
    await c.postButton.click();
    await u.guard.waitFor({ timeout: 5_000 }).catch(() => {});
    await shot(page, 'hold-reason');
    await page.close();
  }
  {
    await session.sw!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ siteSettings: { x: false } }));
    const page = await session.context.newPage();
    await page.goto(X.url);
    await waitForPack(page, EXAMPLE_PACK_ID);
    const c = await X.openComposer(page);
    await c.type(JANSEN_EXAMPLE);
    const u = ui(c.frame);
    await u.badges.and('[data-off]').first().click().catch(() => {});
    await u.card.waitFor({ timeout: 5_000 }).catch(() => {});
    await shot(page, 'off-here');
    await page.close();
    await session.sw!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('siteSettings'));
  }
}

main().catch((e: unknown) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
