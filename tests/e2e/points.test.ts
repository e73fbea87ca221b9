// The protocol points in a real composer with the built extension and the example pack:
// a post that speaks for the firm and an internal link are underlined (warn, block); a reply
// that reads as written in anger gets the cool-down hold once ("Keep as draft" keeps the text
// and posts nothing, "Post now" posts exactly once); an enthusiastic post is never held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { expectedHighlights, highlights, referenceLinter, ui } from './ext.ts';
import { EXAMPLE_PACK_ID, extensionStatus, launchWithExamplePack, openReady, readExamplePack, seedExamplePack, type Session } from './harness.ts';
import { LINKEDIN, X, openReplyComposer, posts } from './sites/index.ts';

const POLL = { timeout: 5_000, interval: 50 };
/** Longer than any debounce the extension may use. */
const SETTLE_MS = 600;

const SPEAKS = 'Namens Van Dijk & Partners wil ik iedereen bedanken. Het verslag staat op https://intranet.vdp-assurantien.nl/nieuws/2026';
const HEATED = 'How DARE you talk to my colleague like that. Shame on you!!!';
const ENTHUSIASTIC = 'GEWELDIG NIEUWS!!! 🎉 Ons team heeft de innovatieprijs gewonnen!';

let session: Session;
beforeAll(async () => {
  session = await launchWithExamplePack();
});
afterAll(async () => {
  await session?.close();
});

describe('protocol points in the composer', () => {
  it('underlines a post that speaks for the firm (warn) and an internal link (block, the whole URL)', async () => {
    const page = await openReady(session, LINKEDIN.url);
    const c = await LINKEDIN.openComposer(page);
    await c.type(SPEAKS);
    const want = expectedHighlights(referenceLinter().lint(SPEAKS, { platform: 'linkedin', uiLang: 'en' }));
    expect(want.warn).toContain('Namens Van Dijk & Partners');
    expect(want.block).toContain('https://intranet.vdp-assurantien.nl/nieuws/2026');
    await expect.poll(() => highlights(c.frame), POLL).toEqual(want);
    await page.close();
  });

  it('asks "Think twice?" once before a heated reply: "Keep as draft" keeps the text and posts nothing', async () => {
    const page = await openReady(session, X.url);
    const c = await openReplyComposer(page);
    const u = ui(c.frame);
    await c.type(HEATED);
    await expect.poll(async () => (await highlights(c.frame)).info.length, POLL).toBeGreaterThan(0);
    await c.postButton.click();
    await u.coolDown.waitFor();
    expect(await u.guard.count()).toBe(0);
    expect(await posts(c.frame)).toEqual([]);
    await u.action('keep-draft', u.coolDown).click();
    await u.coolDown.waitFor({ state: 'hidden' });
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([]);
    expect(await c.modelText()).toBe(HEATED);
    // Asked once: the author's next Post goes out.
    await c.postButton.click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([HEATED]);
    expect(await u.coolDown.count()).toBe(0);
    await page.close();
  });

  it('"Post now" at the cool-down posts the heated reply exactly once', async () => {
    const page = await openReady(session, X.url);
    const c = await openReplyComposer(page);
    const u = ui(c.frame);
    await c.type(HEATED);
    await expect.poll(async () => (await highlights(c.frame)).info.length, POLL).toBeGreaterThan(0);
    await page.keyboard.press('Control+Enter');
    await u.coolDown.waitFor();
    expect(await posts(c.frame)).toEqual([]);
    await u.action('post-now', u.coolDown).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([HEATED]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([HEATED]);
    await page.close();
  });

  it('never holds an enthusiastic post ("GEWELDIG NIEUWS!!! 🎉")', async () => {
    const page = await openReady(session, X.url);
    const c = await X.openComposer(page);
    await c.type(ENTHUSIASTIC);
    await page.waitForTimeout(SETTLE_MS);
    expect((await highlights(c.frame)).info).toEqual([]);
    await c.postButton.click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([ENTHUSIASTIC]);
    expect(await ui(c.frame).coolDown.count()).toBe(0);
    expect(await ui(c.frame).guard.count()).toBe(0);
    await page.close();
  });

  // Last: it changes the pack for this browser.
  it('a pack that says "wait 30 minutes" offers no "Post now" yet, and a spokesperson\'s browser does not flag speaking for the firm', async () => {
    const version = '1.0.0-points-wait';
    await seedExamplePack(session, { ...(readExamplePack() as object), version, coolDown: { mode: 'wait', minutes: 30 }, spokesperson: { allowed: true } });
    const page = await openReady(session, X.url);
    await expect.poll(async () => (await extensionStatus(page)).packs.find((p) => p.id === EXAMPLE_PACK_ID)?.version, POLL).toBe(version);
    await page.reload();
    const c = await openReplyComposer(page);
    const u = ui(c.frame);
    await c.type(HEATED);
    await expect.poll(async () => (await highlights(c.frame)).info.length, POLL).toBeGreaterThan(0);
    await c.postButton.click();
    await u.coolDown.waitFor();
    expect(await u.coolDown.locator('[data-tt="cool-wait"]').count()).toBe(1);
    expect(await u.action('post-now', u.coolDown).count()).toBe(0);
    await u.action('keep-draft', u.coolDown).click();
    await u.coolDown.waitFor({ state: 'hidden' });
    // Still within the wait: the next Post is held again, nothing goes out.
    await c.postButton.click();
    await u.coolDown.waitFor();
    expect(await posts(c.frame)).toEqual([]);
    expect(await c.modelText()).toBe(HEATED);

    const li = await openReady(session, LINKEDIN.url);
    const lc = await LINKEDIN.openComposer(li);
    await lc.type(SPEAKS);
    await expect.poll(async () => (await highlights(lc.frame)).block, POLL).toEqual(['https://intranet.vdp-assurantien.nl/nieuws/2026']);
    expect((await highlights(lc.frame)).warn).toEqual([]);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await options.locator('[data-tt="options"]').waitFor();
    await expect.poll(() => options.locator('[data-tt="cool-down-setting"]').getAttribute('data-mode'), POLL).toBe('wait');
    expect(await options.locator('[data-tt="cool-down-setting"]').textContent()).toMatch(/30/);
    expect(await options.locator('[data-tt="spokesperson-allowed"]').count()).toBe(1);
    for (const p of [page, li, options]) await p.close();
  });
});
