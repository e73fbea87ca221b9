// Composers beyond the main one get underlines too: X thread and reply, the Facebook comment box,
// and composers mounted after SPA navigation. And the card speaks the browser's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { expectedHighlights, highlights, referenceLinter, ui } from './ext.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { launch, launchWithExamplePack, openReady, readExamplePack, seedExamplePack, type Session } from './harness.ts';
import { FACEBOOK, LINKEDIN, TWITTER, X, commentComposer, openReplyComposer, openThreadComposer, type Composer, type Site } from './sites/index.ts';

const POLL = { timeout: 5_000, interval: 50 };
const THREAD_TEXT = 'Deel twee: de militaire goederen gaan volgende week op transport.';
const COMMENT_TEXT = 'Gefeliciteerd! Groeten aan Jansen Transport.';

async function expectUnderlined(c: Composer, text: string, platform: Site['platform']): Promise<void> {
  const want = expectedHighlights(referenceLinter().lint(text, { platform }));
  expect(want.block.length + want.warn.length + want.info.length).toBeGreaterThan(0);
  await expect.poll(() => highlights(c.frame), POLL).toEqual(want);
}

describe('other composers', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExamplePack();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('X thread: the second composer ("Add another post") is checked', async () => {
    const page = await openReady(session, X.url);
    await X.openComposer(page);
    const second = await openThreadComposer(page);
    await second.type(THREAD_TEXT);
    expect(await second.modelText()).toBe(THREAD_TEXT);
    await expectUnderlined(second, THREAD_TEXT, 'x');
    await page.close();
  });

  it('X reply dialog is checked and its Reply button is guarded', async () => {
    const page = await openReady(session, TWITTER.url);
    const reply = await openReplyComposer(page);
    await reply.type(JANSEN_EXAMPLE);
    await expectUnderlined(reply, JANSEN_EXAMPLE, 'x');
    await reply.postButton.click();
    await ui(reply.frame).guard.waitFor();
    expect(await reply.frame.evaluate(() => window.__fixture.posts.length)).toBe(0);
    await page.close();
  });

  it('Facebook comment box is checked', async () => {
    const page = await openReady(session, FACEBOOK.url);
    const c = await commentComposer(page);
    await c.type(COMMENT_TEXT);
    expect(await c.modelText()).toBe(COMMENT_TEXT);
    await expectUnderlined(c, COMMENT_TEXT, 'facebook');
    await page.close();
  });

  it.each([X, LINKEDIN, FACEBOOK].map((s) => [s.id, s] as const))('%s: a composer mounted after SPA navigation is checked', async (_id, site) => {
    const page: Page = await openReady(session, site.url);
    const before = page.url();
    await page.locator('a[data-fixture="spa-link"]').click();
    await page.waitForURL((u) => u.toString() !== before);
    const c = await composerAfterNavigation(page, site);
    await c.type(JANSEN_EXAMPLE);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await expectUnderlined(c, JANSEN_EXAMPLE, site.platform);
    await page.close();
  });
});

/** After navigation X shows its composer; LinkedIn and Facebook open theirs by themselves. */
async function composerAfterNavigation(page: Page, site: Site): Promise<Composer> {
  if (site.platform === 'x') return site.openComposer(page);
  const dialog = site.platform === 'linkedin' ? page.getByRole('dialog') : page.getByRole('dialog', { name: 'Create post' });
  const editor = dialog.getByRole('textbox', { name: site.platform === 'linkedin' ? 'Text editor for creating content' : "What's on your mind, Anna?" });
  await editor.waitFor();
  const postButton = dialog.getByRole('button', { name: 'Post', exact: true });
  const index = site.platform === 'facebook' ? 1 : 0;
  return {
    frame: page.mainFrame(),
    index,
    editor,
    postButton,
    type: async (text) => {
      await editor.click();
      await page.keyboard.type(text);
    },
    modelText: () => page.evaluate((i) => window.__fixture.modelText(i), index),
  };
}

describe.each([
  ['en-US', 'en'],
  ['nl-NL', 'nl'],
] as const)('card in browser language %s', (locale, lang) => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExamplePack({ locale });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([X, LINKEDIN, FACEBOOK].map((s) => [s.id, s] as const))('%s: message, why and clause of every finding', async (_id, site) => {
    const page = await openReady(session, site.url);
    const c = await site.openComposer(page);
    const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform, uiLang: lang });
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(findings));
    const u = ui(c.frame);
    const badge = u.badges.and(`[data-count="${findings.length}"]`).first();
    await badge.click();
    await u.card.waitFor();
    expect(await u.findings.count()).toBe(findings.length);
    for (const f of findings) {
      const text = await u.findings.and(`[data-rule-id="${f.ruleId}"]`).first().innerText();
      expect(text).toContain(f.message[lang]);
      if (f.why) expect(text).toContain(f.why[lang]);
      if (f.clause) expect(text).toContain(f.clause);
      if (f.suggestion) expect(text).toContain(f.suggestion.label[lang]);
    }
    await page.close();
  });
});

describe.each([
  ['en-US', 'en'],
  ['nl-NL', 'nl'],
] as const)('a company rule with a protocol clause, browser language %s', (locale, lang) => {
  // The example pack's own findings carry no clause; a custom rule with one shows it in the card.
  const pack = {
    ...(readExamplePack() as Pack),
    rules: [
      {
        id: 'no-tariffs',
        kind: 'terms',
        category: 'confidential',
        severity: 'block',
        terms: ['tarievenlijst'],
        message: { nl: 'Tarieven zijn intern.', en: 'Tariffs are internal.' },
        why: { nl: 'Concurrenten lezen mee.', en: 'Competitors read along.' },
        clause: '3.2',
      },
    ],
  } as Pack;
  const TEXT = 'Nieuwe tarievenlijst is klaar, morgen meer!';
  let session: Session;
  beforeAll(async () => {
    session = await launch({ locale });
    await seedExamplePack(session, pack);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows its message, why and clause 3.2 in the card', async () => {
    const page = await openReady(session, X.url);
    const c = await X.openComposer(page);
    const findings = referenceLinter(pack).lint(TEXT, { platform: 'x', uiLang: lang });
    expect(findings.map((f) => f.ruleId)).toEqual(['no-tariffs']);
    await c.type(TEXT);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(findings));
    const u = ui(c.frame);
    await u.badges.and('[data-count="1"]').first().click();
    const text = await u.findings.and('[data-rule-id="no-tariffs"]').innerText();
    expect(text).toContain(lang === 'en' ? 'Tariffs are internal.' : 'Tarieven zijn intern.');
    expect(text).toContain(lang === 'en' ? 'Competitors read along.' : 'Concurrenten lezen mee.');
    expect(text).toContain('3.2');
    await page.close();
  });
});
