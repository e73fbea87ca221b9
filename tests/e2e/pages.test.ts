// The extension's own pages in the real build, in English and Dutch, light and dark:
// the first-run page opens on install, the settings page, the popup (checking, switched
// off here, a problem with the rules) — each with no axe violation, no rule id in what
// the employee reads, and problems in plain words with the technical line apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { texts, type TextKey } from '../../src/i18n/index.ts';
import type { Pack } from '../../src/rules/index.ts';
import { axeViolations } from './axe.ts';
import { referenceLinter } from './ext.ts';
import { EXAMPLE_PACK_ID, launch, readExamplePack, seedExamplePack, waitForPack, type Session } from './harness.ts';
import { X } from './sites/index.ts';

const PACK = {
  ...(readExamplePack() as Pack),
  protocolUrl: 'https://intranet.vdp.example/social-media-protocol',
  support: { email: 'it@vdp.example', askReason: true },
} satisfies Pack;
const RULE_IDS = [...new Set([...referenceLinter(PACK).rules.map((r) => r.id), ...(PACK.rules ?? []).map((r) => r.id)])];
const SCHEMES = ['light', 'dark'] as const;
const page = (file: string) => `chrome-extension://${EXTENSION_ID}/${file}`;

interface ChromeApi {
  chrome: {
    storage: { local: { set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> } };
    tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  };
}

/** Visible text of the page (what a reader meets), checked for rule ids. */
const ruleIdsShown = async (p: Page) => {
  const text = await p.evaluate(() => document.body.innerText);
  return RULE_IDS.filter((id) => text.includes(id));
};

for (const locale of ['en-US', 'nl-NL'] as const) {
  const lang = locale.startsWith('nl') ? 'nl' : 'en';
  const t = texts(lang);
  const has = (key: TextKey, vars?: Record<string, string>) => t(key, vars);

  describe(`extension pages (${locale})`, () => {
    let session: Session;
    let composerTab: number;
    let composer: Page;

    const store = (values: Record<string, unknown>) => session.sw!.evaluate((v) => (globalThis as unknown as ChromeApi).chrome.storage.local.set(v), values);
    const open = async (file: string, scheme: (typeof SCHEMES)[number], ready: string) => {
      const p = await session.context.newPage();
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(page(file));
      await p.locator(ready).waitFor();
      return p;
    };

    beforeAll(async () => {
      session = await launch({ locale });
      await seedExamplePack(session, PACK);
      await store({
        allowList: [{ ruleId: 'personal-data-iban', text: 'NL91 ABNA 0417 1643 00' }],
        postReasons: [{ at: Date.UTC(2026, 11, 1, 9, 30), site: 'linkedin', categories: ['client'], reason: 'De klant heeft toestemming gegeven.' }],
      });
      composer = await session.context.newPage();
      await composer.goto(X.url);
      await waitForPack(composer, EXAMPLE_PACK_ID);
      const c = await X.openComposer(composer);
      await c.type('Vandaag een polis afgesloten voor Jansen Transport.');
      await composer.bringToFront();
      composerTab = (await session.sw!.evaluate(async () => (await (globalThis as unknown as ChromeApi).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id))!;
    });
    afterAll(async () => session?.close());

    it('opens the first-run page on install: what it checks, nothing leaves the device, who set the rules', async () => {
      await expect.poll(() => session.context.pages().some((p) => p.url() === page('welcome.html')), { timeout: 10_000 }).toBe(true);
      for (const scheme of SCHEMES) {
        const p = await open('welcome.html', scheme, '[data-tt="welcome"]');
        const text = await p.evaluate(() => document.body.innerText);
        expect(text).toContain(has('welcomePrivacy'));
        // No company policy here: the example pack is the user's own, so no organisation set rules.
        expect(await p.locator('[data-tt="welcome-rules"]').textContent()).toBe(has('welcomeRulesNone'));
        expect(await p.locator('[data-tt="protocol-link"]').getAttribute('href')).toBe(PACK.protocolUrl);
        expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await axeViolations(p)).toEqual([]);
        expect(await ruleIdsShown(p)).toEqual([]);
        await p.close();
      }
    });

    it('settings: the exceptions, the reasons and the checks by name, never by rule id', async () => {
      for (const scheme of SCHEMES) {
        const p = await open('options.html', scheme, '[data-tt="options"]');
        await p.locator('[data-tt="allow-list"]').waitFor();
        expect(await p.locator('[data-tt="allow-list"]').textContent()).toContain('NL91 ABNA 0417 1643 00');
        expect(await p.locator('[data-tt="reasons"]').textContent()).toContain('De klant heeft toestemming gegeven.');
        expect(await p.locator('[data-tt="rules-builtin"] li').count()).toBeGreaterThan(10);
        expect(await axeViolations(p)).toEqual([]);
        expect(await ruleIdsShown(p)).toEqual([]);
        await p.close();
      }
    });

    it('popup: checking this site, with the findings as a sentence', async () => {
      for (const scheme of SCHEMES) {
        const p = await open(`popup.html?tab=${composerTab}`, scheme, '[data-tt="popup"]');
        expect(await p.locator('[data-tt="popup"]').getAttribute('data-state')).toBe('on');
        await expect.poll(() => p.locator('[data-tt="findings-count"]').getAttribute('data-count')).not.toBe('0');
        expect(await p.locator('[data-tt="tab-state"]').textContent()).toBe(has('popupActive'));
        expect(await axeViolations(p)).toEqual([]);
        expect(await ruleIdsShown(p)).toEqual([]);
        await p.close();
      }
    });

    it('popup: a site the user switched off says so and offers to switch it back on', async () => {
      await store({ siteSettings: { x: false } });
      for (const scheme of SCHEMES) {
        const p = await open(`popup.html?tab=${composerTab}`, scheme, '[data-tt="popup"]');
        await expect.poll(() => p.locator('[data-tt="popup"]').getAttribute('data-state')).toBe('off');
        expect(await p.locator('[data-tt="tab-state"]').textContent()).toBe(has('popupOffUser', { site: 'X (Twitter)' }));
        expect(await axeViolations(p)).toEqual([]);
        if (scheme === 'dark') {
          await p.locator('button[data-action="switch-on"]').click();
          await expect.poll(() => p.locator('[data-tt="popup"]').getAttribute('data-state')).toBe('on');
        }
        await p.close();
      }
    });

    it('a broken pack of your own: a plain sentence in your language, the JSON path only in the details for IT, and no green', async () => {
      await store({ siteSettings: {} });
      await seedExamplePack(session, { ...PACK, severity: { client: 'blocking' } });
      for (const scheme of SCHEMES) {
        const options = await open('options.html', scheme, '[data-tt="options"]');
        const problem = options.locator('[data-tt="policy-error"]');
        await expect.poll(() => problem.getAttribute('data-kind')).toBe('user');
        expect(await problem.locator('p').first().textContent()).toBe(has('problemUser'));
        // The technical line is folded away until opened, and names the path for IT.
        expect(await options.locator('[data-tt="problem-path"]').isVisible()).toBe(false);
        expect(await options.locator('[data-tt="problem-path"]').textContent()).toBe('storage.local.userPack:$.severity.client');
        expect(await axeViolations(options)).toEqual([]);
        await options.close();
        const popup = await open(`popup.html?tab=${composerTab}`, scheme, '[data-tt="popup"]');
        expect(await popup.locator('[data-tt="popup"]').getAttribute('data-state')).toBe('problem');
        expect(await popup.locator('[data-tt="policy-error"] p').first().textContent()).toBe(has('problemUser'));
        expect(await axeViolations(popup)).toEqual([]);
        await popup.close();
      }
      // "Start again with an empty list" drops the unreadable pack; the problem goes.
      const options = await open('options.html', 'light', '[data-tt="options"]');
      await options.locator('button[data-action="reset-user"]').click();
      await expect.poll(() => options.locator('[data-tt="policy-error"]').count()).toBe(0);
      await options.close();
    });
  });
}
