// The extension's acceptance suite, run unchanged against every fixture site with the real built
// extension: underlines equal the linter's findings, the editor's own model stays what the user
// typed (and after a fix, and after undo), the submit guard, no network while typing, the card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JANSEN_EXAMPLE, acceptanceCases } from './corpus.ts';
import { NO_HIGHLIGHTS, clearComposer, clickUnderline, expectedHighlights, focusInEditor, highlights, referenceLinter, ui } from './ext.ts';
import { launchWithExamplePack, openReady, type Session } from './harness.ts';
import { expectNothingSent } from './network.ts';
import { ALL_SITES, posts, type Composer, type Site } from './sites/index.ts';

const CASES = acceptanceCases();
const CLEAN = 'Mooie dag gehad op de beurs in Utrecht, veel inspiratie opgedaan voor het nieuwe jaar.';
/** Longer than any debounce the extension may use; the typing target is 150 ms. */
const SETTLE_MS = 600;
const POLL = { timeout: 5_000, interval: 50 };

let session: Session;
beforeAll(async () => {
  session = await launchWithExamplePack();
});
afterAll(async () => {
  await session?.close();
});

async function fresh(site: Site): Promise<{ page: Page; c: Composer }> {
  const page = await openReady(session, site.url);
  return { page, c: await site.openComposer(page) };
}

describe.each(ALL_SITES.map((s) => [s.id, s] as const))('%s', (_id, site) => {
  it(`underlines exactly what the linter finds, and the editor keeps the typed text (${CASES.length} posts)`, async () => {
    const { page, c } = await fresh(site);
    for (const post of CASES) {
      const findings = referenceLinter().lint(post.text, { platform: site.platform, uiLang: 'en' });
      const want = expectedHighlights(findings);
      await c.type(post.text);
      expect(await c.modelText(), post.id).toBe(post.text);
      if (findings.length === 0) await page.waitForTimeout(SETTLE_MS);
      await expect.poll(() => highlights(c.frame), { ...POLL, message: post.id }).toEqual(want);
      await clearComposer(page, c);
      await expect.poll(() => highlights(c.frame), { ...POLL, message: `${post.id} cleared` }).toEqual(NO_HIGHLIGHTS);
    }
    await page.close();
  });

  it('applies a suggestion through the editor; undo restores the original', async () => {
    const { page, c } = await fresh(site);
    const [finding] = referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform, uiLang: 'en' }).filter((f) => f.suggestion);
    if (!finding?.suggestion) throw new Error('the example has no finding with a suggestion');
    const s = finding.suggestion;
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform })));
    // A user reads the card before applying; this also ends Quill's undo group (history.delay
    // 1 s), which would otherwise merge the fix with the typing into one undo step.
    await page.waitForTimeout(1100);
    await clickUnderline(page, c, finding.severity, finding.text);
    const u = ui(c.frame);
    const item = u.findings.and(`[data-rule-id="${finding.ruleId}"]`).first();
    await item.waitFor();
    await u.action('apply', item).click();
    const fixed = JANSEN_EXAMPLE.slice(0, s.start) + s.replacement + JANSEN_EXAMPLE.slice(s.end);
    await expect.poll(() => c.modelText(), POLL).toBe(fixed);
    expect(await focusInEditor(c)).toBe(true);
    await expect.poll(async () => (await highlights(c.frame))[finding.severity], POLL).not.toContain(finding.text);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => c.modelText(), POLL).toBe(JANSEN_EXAMPLE);
    await page.close();
  });

  it('holds a post with a blocking finding on Ctrl+Enter and on the Post button; "Post anyway" posts exactly once', async () => {
    const { page, c } = await fresh(site);
    const u = ui(c.frame);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    await page.keyboard.press('Control+Enter');
    await expect(u.guard.waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
    expect(await posts(c.frame)).toEqual([]);
    await u.action('edit', u.guard).click();
    await u.guard.waitFor({ state: 'hidden' });
    expect(await focusInEditor(c)).toBe(true);
    await c.postButton.click();
    await u.guard.waitFor();
    expect(await posts(c.frame)).toEqual([]);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });

  it('never holds a clean post or one with only warnings (button and Ctrl+Enter)', async () => {
    const warnOnly = CASES.find((p) => {
      const f = referenceLinter().lint(p.text, { platform: site.platform });
      // A post that reads as written in anger gets the cool-down hold instead (points.test.ts).
      return f.length > 0 && f.every((x) => x.severity !== 'block' && x.category !== 'heated');
    });
    if (!warnOnly) throw new Error('no warn-only post among the cases');
    const { page, c } = await fresh(site);
    await c.type(CLEAN);
    await c.postButton.click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([CLEAN]);
    const again = await site.openComposer(page);
    await again.type(warnOnly.text);
    await expect.poll(async () => (await highlights(c.frame)).warn.length, POLL).toBeGreaterThan(0);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => posts(c.frame), POLL).toEqual([CLEAN, warnOnly.text]);
    expect(await ui(c.frame).guard.count()).toBe(0);
    expect(await ui(c.frame).coolDown.count()).toBe(0);
    await page.close();
  });

  it('removes the underline when the text is fixed by typing', async () => {
    const { page, c } = await fresh(site);
    await c.type('Morgen bespreken we de militaire goederen');
    await expect.poll(() => highlights(c.frame), POLL).not.toEqual(NO_HIGHLIGHTS);
    for (let i = 0; i < 'militaire goederen'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('plannen');
    expect(await c.modelText()).toBe('Morgen bespreken we de plannen');
    await expect.poll(() => highlights(c.frame), POLL).toEqual(NO_HIGHLIGHTS);
    await page.close();
  });

  it('makes no network request while typing, and nothing sent anywhere contains the draft', async () => {
    const { page, c } = await fresh(site);
    await page.waitForTimeout(SETTLE_MS);
    const since = Date.now();
    const text = `${JANSEN_EXAMPLE} Bel me op 0612345678 of mail naar kees.jansen@gmail.com.`;
    await c.type(text);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    await page.waitForTimeout(SETTLE_MS);
    // Chromium's own background services may still call home (update checks, sign-in); any
    // other host reached while typing would be the page or the extension.
    expectNothingSent(session, since, ['transportverzekering', 'Jansen', 'militaire', 'kees.jansen', '0612345678']);
    await page.close();
  });

  it('opens the card from an underline without taking focus; it shows message, why and clause; Escape closes it', async () => {
    const { page, c } = await fresh(site);
    const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform, uiLang: 'en' });
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(findings));
    const f = findings[0]!;
    await clickUnderline(page, c, f.severity, f.text);
    const u = ui(c.frame);
    await u.card.waitFor();
    expect(await focusInEditor(c)).toBe(true);
    const item = u.findings.and(`[data-rule-id="${f.ruleId}"]`).first();
    const text = await item.innerText();
    expect(text).toContain(f.message.en);
    if (f.why) expect(text).toContain(f.why.en);
    if (f.clause) expect(text).toContain(f.clause);
    await page.keyboard.press('Escape');
    await u.card.waitFor({ state: 'hidden' });
    expect(await focusInEditor(c)).toBe(true);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await page.close();
  });

  it('opens the card from the badge with the keyboard; Escape returns focus to the editor', async () => {
    const { page, c } = await fresh(site);
    await c.type(JANSEN_EXAMPLE);
    const u = ui(c.frame);
    const badge = u.badges.and('[data-count]:not([data-count="0"])').first();
    await badge.waitFor();
    const count = referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform }).length;
    await expect.poll(() => badge.getAttribute('data-count'), POLL).toBe(String(count));
    expect(await badge.getAttribute('data-severity')).toBe('block');
    await badge.focus();
    await page.keyboard.press('Enter');
    await u.card.waitFor();
    expect(await u.findings.count()).toBe(count);
    // Keyboard users land on the card's first button and can Tab through its actions.
    expect(await u.card.evaluate((card) => card.contains((card.getRootNode() as ShadowRoot).activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await u.card.waitFor({ state: 'hidden' });
    expect(await focusInEditor(c)).toBe(true);
    await page.close();
  });
});
