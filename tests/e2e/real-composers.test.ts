// The composers as the live sites render them in 2026 (issue 16), beyond the main post composer
// of acceptance.test.ts: each variant gets the same checks — underlines equal the linter's, the
// editor's own model intact, the submit guard on every way a post leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { NO_HIGHLIGHTS, clickUnderline, expectedHighlights, focusInEditor, highlights, referenceLinter, ui } from './ext.ts';
import { launchWithExamplePack, openReady, type Session } from './harness.ts';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { FACEBOOK, LINKEDIN_QUILL1, LINKEDIN_QUILL1_NESTED, PERMALINK_LANGS, composerIn, permalinkComposer, posts, type Composer, type Site } from './sites/index.ts';
import type { Page } from 'playwright-core';

const POLL = { timeout: 5_000, interval: 50 };
/** Longer than any debounce the extension may use: a second post would have arrived by then. */
const SETTLE_MS = 600;

let session: Session;
beforeAll(async () => {
  session = await launchWithExamplePack();
});
afterAll(async () => {
  await session?.close();
});

describe('Facebook comment boxes that send on Enter ("Comment as ‹Name›", "Reply to ‹Name›")', () => {
  const cases = Object.entries(PERMALINK_LANGS).flatMap(([lang, t]) => [
    [lang, t.reply, 0, t.url],
    [lang, t.comment, 1, t.url],
  ] as const);
  it.each(cases)('%s "%s": Enter is held while a block finding stands; "Post anyway" sends exactly once', async (_lang, name, index, url) => {
    const page = await openReady(session, url);
    const c = await permalinkComposer(page, name, index);
    await c.type(JANSEN_EXAMPLE);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: 'facebook' })));
    await page.keyboard.press('Enter');
    const u = ui(c.frame);
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });
});

/** The model and what the DOM shows agree (the fixture reads both from the editor). */
const domText = (c: Composer) => c.frame.evaluate((i) => window.__fixture.domText(i), c.index);

describe.each([LINKEDIN_QUILL1, LINKEDIN_QUILL1_NESTED].map((s) => [s.id, s] as const))('%s: Quill 1 in #interop-outlet', (_id, site: Site) => {
  it('underlines what the linter finds; a fix goes in through the editor, model equals DOM, undo restores', async () => {
    const page = await openReady(session, site.url);
    const c = await site.openComposer(page);
    const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform, uiLang: 'en' });
    await c.type(JANSEN_EXAMPLE);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(findings));
    const finding = findings.find((f) => f.suggestion);
    if (!finding?.suggestion) throw new Error('the example has no finding with a suggestion');
    const sug = finding.suggestion;
    // Ends Quill's undo group (history.delay 1 s), as a user reading the card would.
    await page.waitForTimeout(1100);
    await clickUnderline(page, c, finding.severity, finding.text);
    const u = ui(c.frame);
    const item = u.findings.and(`[data-rule-id="${finding.ruleId}"]`).first();
    await u.action('apply', item).click();
    const fixed = JANSEN_EXAMPLE.slice(0, sug.start) + sug.replacement + JANSEN_EXAMPLE.slice(sug.end);
    await expect.poll(() => c.modelText(), POLL).toBe(fixed);
    expect(await domText(c)).toBe(fixed);
    expect(await focusInEditor(c)).toBe(true);
    await expect.poll(async () => (await highlights(c.frame))[finding.severity], POLL).not.toContain(finding.text);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => c.modelText(), POLL).toBe(JANSEN_EXAMPLE);
    expect(await domText(c)).toBe(JANSEN_EXAMPLE);
    await page.close();
  });

  it('holds the post on Ctrl+Enter and on Post; "Post anyway" posts exactly once', async () => {
    const page = await openReady(session, site.url);
    const c = await site.openComposer(page);
    const u = ui(c.frame);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    await page.keyboard.press('Control+Enter');
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    await u.action('edit', u.guard).click();
    await u.guard.waitFor({ state: 'hidden' });
    await c.postButton.click();
    await u.guard.waitFor();
    expect(await posts(c.frame)).toEqual([]);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });
});

/** A composer variant of the live sites, opened the way a user finds it (role and name, not our selectors). */
interface Variant {
  name: string;
  platform: Site['platform'];
  url: string;
  open(page: Page): Promise<Composer>;
  /** The site posts on Ctrl/Cmd+Enter in this composer. */
  chord: boolean;
}

const VARIANTS: Variant[] = [
  {
    name: 'X /compose/post: the modal over the timeline (two composers, two Post buttons)',
    platform: 'x',
    url: 'https://x.com/compose/post',
    chord: true,
    async open(page) {
      const dialog = page.getByRole('dialog', { name: 'Compose post' });
      const editor = dialog.getByRole('textbox', { name: 'Post text' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 1, editor, dialog.getByRole('button', { name: 'Post', exact: true }));
    },
  },
  {
    name: 'X narrow layout: a <textarea>',
    platform: 'x',
    url: 'https://x.com/compose/post?layout=narrow',
    chord: true,
    async open(page) {
      const editor = page.getByRole('textbox', { name: 'Post text' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Post', exact: true }));
    },
  },
  {
    name: 'LinkedIn feed comment: TipTap, its button rendered only after typing',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    chord: false,
    async open(page) {
      const editor = page.getByRole('textbox', { name: 'Text editor for creating content' }).nth(1);
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 1, editor, page.getByRole('button', { name: 'Comment', exact: true }));
    },
  },
  {
    name: 'LinkedIn feed reply: TipTap, its button rendered only after typing',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    chord: false,
    async open(page) {
      const editor = page.getByRole('textbox', { name: 'Text editor for creating content' }).first();
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Reply', exact: true }));
    },
  },
  {
    name: 'LinkedIn /posts/ comment: Quill 1, its button appears after input',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/posts/vandijk-partners_activity-1/',
    chord: false,
    async open(page) {
      const editor = page.getByRole('textbox', { name: 'Text editor for creating content' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Comment', exact: true }));
    },
  },
];

describe.each(VARIANTS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
  it('underlines what the linter finds; a fix goes in through the editor, model equals DOM, undo restores', async () => {
    const page = await openReady(session, v.url);
    const c = await v.open(page);
    const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: v.platform, uiLang: 'en' });
    await c.type(JANSEN_EXAMPLE);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(findings));
    const finding = findings.find((f) => f.suggestion);
    if (!finding?.suggestion) throw new Error('the example has no finding with a suggestion');
    const sug = finding.suggestion;
    await page.waitForTimeout(1100); // ends the editors' undo grouping, as reading the card would
    await clickUnderline(page, c, finding.severity, finding.text);
    const u = ui(c.frame);
    await u.action('apply', u.findings.and(`[data-rule-id="${finding.ruleId}"]`).first()).click();
    const fixed = JANSEN_EXAMPLE.slice(0, sug.start) + sug.replacement + JANSEN_EXAMPLE.slice(sug.end);
    await expect.poll(() => c.modelText(), POLL).toBe(fixed);
    expect(await domText(c)).toBe(fixed);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => c.modelText(), POLL).toBe(JANSEN_EXAMPLE);
    expect(await domText(c)).toBe(JANSEN_EXAMPLE);
    await page.close();
  });

  it(`holds the post on ${v.chord ? 'Ctrl+Enter and ' : ''}its button; "Post anyway" posts exactly once`, async () => {
    const page = await openReady(session, v.url);
    const c = await v.open(page);
    const u = ui(c.frame);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    if (v.chord) {
      await page.keyboard.press('Control+Enter');
      await u.guard.waitFor({ timeout: 5_000 });
      expect(await posts(c.frame)).toEqual([]);
      await u.action('edit', u.guard).click();
      await u.guard.waitFor({ state: 'hidden' });
    }
    await c.postButton.click();
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });
});

describe('Facebook: every way a post leaves', () => {
  it('Pages flow Next → "Post settings" → Post: held at Next; "Post anyway" finds the re-rendered Next, and the post goes out exactly once', async () => {
    const page = await openReady(session, 'https://www.facebook.com/vandijkpartners/');
    await page.getByRole('button', { name: 'Create post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    const editor = dialog.getByRole('textbox', { name: 'Create a public post…' });
    const c = composerIn(page, page.mainFrame(), 0, editor, dialog.getByRole('button', { name: 'Next' }));
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    const next = await dialog.getByRole('button', { name: 'Next' }).elementHandle();
    await c.postButton.click();
    const u = ui(c.frame);
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    expect(await dialog.getByText('Post settings').isVisible()).toBe(false);
    // The site re-rendered its footer while the guard had the focus: the Next the user clicked is gone.
    await expect.poll(() => next!.evaluate((n) => n.isConnected), POLL).toBe(false);
    await u.action('post-anyway', u.guard).click();
    await dialog.getByText('Post settings').waitFor();
    await dialog.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    expect(await u.guard.count()).toBe(0);
    await page.close();
  });

  it.each(['Enter', 'Space'])('%s on the focused Post button (a div[role=button] that acts on the key) is held', async (key) => {
    const page = await openReady(session, FACEBOOK.url);
    const c = await FACEBOOK.openComposer(page);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    await c.postButton.focus();
    await page.keyboard.press(key);
    const u = ui(c.frame);
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });
});

/** Sets storage.local `privateChats` (the user's switch) from the extension's service worker. */
async function setPrivateChats(on: boolean): Promise<void> {
  await session.sw!.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set({ privateChats: v }), on);
}

describe('private chats (Messenger, X direct messages)', () => {
  const CHATS = [
    { name: 'Messenger', platform: 'facebook', url: 'https://www.facebook.com/messages/t/1/' },
    { name: 'X direct message', platform: 'x', url: 'https://x.com/messages/1-2' },
  ] as const;
  const chat = async (page: Page) => {
    const editor = page.getByRole('textbox', { name: 'Message' });
    await editor.waitFor();
    return composerIn(page, page.mainFrame(), 0, editor, editor, 'Shift+Enter');
  };
  afterAll(async () => {
    await setPrivateChats(false);
  });

  it.each(CHATS.map((c) => [c.name, c] as const))('%s: not checked by default, and Enter sends at once', async (_name, v) => {
    const page = await openReady(session, v.url);
    const c = await chat(page);
    await c.type(JANSEN_EXAMPLE);
    await page.waitForTimeout(SETTLE_MS);
    expect(await highlights(c.frame)).toEqual(NO_HIGHLIGHTS);
    expect(await ui(c.frame).badges.count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });

  it.each(CHATS.map((c) => [c.name, c] as const))('%s: switched on, it is checked and Enter is held; "Post anyway" sends once', async (_name, v) => {
    await setPrivateChats(true);
    const page = await openReady(session, v.url);
    const c = await chat(page);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: v.platform })));
    await page.keyboard.press('Enter');
    const u = ui(c.frame);
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await setPrivateChats(false);
    await page.close();
  });
});

describe('partial protection: a composer whose submit control is not found', () => {
  it('badge and popup say "underlines only — posts are not held here"; a composer with a known Post button does not', async () => {
    const page = await openReady(session, 'https://www.linkedin.com/article/new/');
    const editor = page.getByRole('textbox', { name: 'Article text' });
    await editor.waitFor();
    const c = composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Publish' }));
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: 'linkedin' })));
    const badge = ui(c.frame).badges.first();
    await expect.poll(() => badge.getAttribute('data-partial'), POLL).toBe('true');
    expect(await badge.getAttribute('aria-label')).toContain('underlines only — posts are not held here');
    // What it says is true: the Publish button is not held.
    await c.postButton.click();
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    // The popup for this tab says the same.
    await page.bringToFront();
    const tabId = await session.sw!.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { query(q: unknown): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-tt="partial"]').textContent(), POLL).toBe('underlines only — posts are not held here');
    await popup.close();
    await page.close();
    // The share box has its Post button: no such notice.
    const full = await openReady(session, LINKEDIN_QUILL1.url);
    const fc = await LINKEDIN_QUILL1.openComposer(full);
    await fc.type(JANSEN_EXAMPLE);
    const fb = ui(fc.frame).badges.and('[data-count]:not([data-count="0"])').first();
    await fb.waitFor();
    await full.waitForTimeout(1100); // past the submit-control re-check
    expect(await fb.getAttribute('data-partial')).toBeNull();
    await full.close();
  });
});
