// The options page and the popup against the real extension: the user's own
// additions reach the composers, the try-out box lints without storing the
// text, site switches work unless the admin set them, and the popup reports
// the tab's state. Company rules come from a real managed policy file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { ui } from './ext.ts';
import { extensionStatus, launch, type Session } from './harness.ts';
import { RUN, policyFile, underlined, until } from './policy-helpers.ts';
import { X } from './sites/index.ts';

const pack = { id: `e2e-options-${RUN}`, name: 'E2E Options Pack', version: '3.1', clients: [{ name: 'Zephyrion Holdings' }] };
const TEXT = 'Gisteren geluncht met Zephyrion Holdings en daarna met Brakmoor Bouw.';
const policy = policyFile();
let session: Session;
let page: Page;
let options: Page;

interface ChromeApi {
  chrome: {
    storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
    tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  };
}

const names = async () => (await underlined(page)).filter((t) => /Zephyrion|Brakmoor/.test(t)).sort();
const expectUnderlined = async (want: string[]) => {
  await until(`underlines ${want.join(', ')}`, async () => JSON.stringify(await names()) === JSON.stringify(want));
};

beforeAll(async () => {
  // The admin fixes X on; under lockUserRules LinkedIn and Facebook are fixed on too.
  policy.write({ rulePack: pack, lockUserRules: true, sites: { x: true } });
  session = await launch(process.env.THINKTWICE_EXTENSION_DIR ? { extensionDir: process.env.THINKTWICE_EXTENSION_DIR } : {});
  page = await session.context.newPage();
  await page.goto(X.url);
  const c = await X.openComposer(page);
  await until('the policy pack', async () => (await extensionStatus(page)).packs.some((p) => p.id === pack.id));
  await c.type(TEXT);
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.locator('[data-tt="options"]').waitFor();
});

afterAll(async () => {
  policy.remove();
  await session?.close();
});

describe('options page', () => {
  it('shows the company pack as managed and locked, and the admin-set site as locked', async () => {
    await expect.poll(() => options.locator('[data-tt="company-pack"]').textContent()).toContain('E2E Options Pack · 3.1');
    expect(await options.locator('[data-tt="rules-company"]').getAttribute('data-locked')).toBe('true');
    expect(await options.locator('[data-tt="rules-company"]').textContent()).toContain('Zephyrion Holdings');
    const x = options.locator('[data-tt="site"][data-site="x"]');
    expect(await x.isDisabled()).toBe(true);
    expect(await x.isChecked()).toBe(true);
    // lockUserRules: the sites the admin left out are fixed on as well.
    const linkedin = options.locator('[data-tt="site"][data-site="linkedin"]');
    expect(await linkedin.isDisabled()).toBe(true);
    expect(await linkedin.isChecked()).toBe(true);
    await expectUnderlined(['Zephyrion Holdings']);
  });

  it("adds and removes the user's own client; the open composer follows", async () => {
    const list = options.locator('[data-tt="user-clients"]');
    await list.locator('input').fill('Brakmoor Bouw');
    await list.locator('button[type="submit"]').click();
    await expect.poll(() => list.textContent()).toContain('Brakmoor Bouw');
    await expectUnderlined(['Brakmoor Bouw', 'Zephyrion Holdings']);
    // Only the list is stored: a pack with the name, nothing else typed anywhere.
    const stored = await session.sw!.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain('geluncht');
    await list.getByRole('button', { name: /Brakmoor Bouw/ }).click();
    await expectUnderlined(['Zephyrion Holdings']);
  });

  it('lints a try-out post in the page without storing it', async () => {
    const sentence = 'Proefbericht over Zephyrion Holdings, niet bewaren 7431';
    await options.locator('[data-tt="try-post"]').fill(sentence);
    const finding = options.locator('[data-tt="try-findings"] li');
    await expect.poll(() => finding.count()).toBeGreaterThan(0);
    expect(await finding.first().textContent()).toContain('Zephyrion Holdings');
    const stored = await session.sw!.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain('7431');
  });

  it('without the lock, a site the admin left open can be switched by the user', async () => {
    policy.write({ rulePack: pack, lockUserRules: false, sites: { x: true } });
    const linkedin = options.locator('[data-tt="site"][data-site="linkedin"]');
    await expect.poll(() => linkedin.isDisabled(), { timeout: 30_000 }).toBe(false);
    expect(await options.locator('[data-tt="site"][data-site="x"]').isDisabled()).toBe(true);
    await linkedin.uncheck();
    const stored = await session.sw!.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.local.get(null));
    expect(stored.siteSettings).toEqual({ linkedin: false });
    await linkedin.check();
  });
});

describe('popup', () => {
  it('reports the active tab: active, pack and version, findings count', async () => {
    // A headless browser has no toolbar to click: open the popup page for the composer's tab,
    // found as the active tab after bringing the composer to the front (URLs are hidden without "tabs").
    await page.bringToFront();
    const tabId = await session.sw!.evaluate(
      async () => (await (globalThis as unknown as ChromeApi).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    expect(tabId).toBeGreaterThan(0);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
    await popup.locator('[data-tt="popup"]').waitFor();
    expect(await popup.locator('[data-tt="popup"]').getAttribute('data-active')).toBe('true');
    expect(await popup.locator('[data-tt="pack"]').textContent()).toBe('E2E Options Pack · 3.1');
    // The same number the badge in the page shows.
    const badge = await ui(page.mainFrame()).badges.first().getAttribute('data-count');
    expect(Number(badge)).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('[data-tt="findings-count"]').textContent()).toBe(badge);
    expect(await popup.locator('[data-tt="policy-updated"]').textContent()).toMatch(/\d/);
  });
});
