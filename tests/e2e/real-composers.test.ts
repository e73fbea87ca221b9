// The composers as the live sites render them in 2026 (issue 16). One table of variants, one table
// of checks, and every check runs on every variant where that way of posting exists:
//   underlines equal the linter's, and nothing reaches the network while typing;
//   a fix goes in through the editor: model equals DOM after the fix and after undo;
//   the guard holds the post on the button click, Enter (boxes that send on Enter), Ctrl+Enter,
//   and keyboard activation (Enter, then Space, on the focused button); "Post anyway" posts once.
// Composers are found the way a user finds them (role and accessible name), never by the
// adapters' selectors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { NO_HIGHLIGHTS, clickUnderline, expectedHighlights, highlights, referenceLinter, ui } from './ext.ts';
import { launchWithExamplePack, openReady, type Session } from './harness.ts';
import { expectNothingSent } from './network.ts';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { FACEBOOK, LINKEDIN_QUILL1, LINKEDIN_QUILL1_NESTED, PERMALINK_LANGS, X, composerIn, permalinkComposer, posts, type Composer, type Site } from './sites/index.ts';

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

/** A composer variant of the live sites and the ways a post leaves it. */
interface Variant {
  name: string;
  platform: Site['platform'];
  url: string;
  open(page: Page): Promise<Composer>;
  /** The site posts on Ctrl/Cmd+Enter in this composer. */
  chord: boolean;
  /** A plain Enter sends (comment boxes); the test types new lines with Shift+Enter. */
  enter: boolean;
  /** After "Post anyway", what the user still does before the post leaves (the Pages flow's last step). */
  finish?(page: Page): Promise<void>;
}

const fromSite = (site: Site, chord = true): Pick<Variant, 'platform' | 'url' | 'open' | 'chord' | 'enter'> => ({
  platform: site.platform,
  url: site.url,
  open: (page) => site.openComposer(page),
  chord,
  enter: false,
});

const permalink = (lang: keyof typeof PERMALINK_LANGS, box: 'comment' | 'reply'): Variant => {
  const t = PERMALINK_LANGS[lang];
  return {
    name: `Facebook permalink (${lang}) "${t[box]}": Lexical, sends on Enter, button in #focused-state-composer-submit`,
    platform: 'facebook',
    url: t.url,
    chord: true,
    enter: true,
    open: (page) => (box === 'reply' ? permalinkComposer(page, t.reply, 0, t.sendReply) : permalinkComposer(page, t.comment, 1, t.send)),
  };
};

const PAGES_DIALOG = (page: Page) => page.getByRole('dialog', { name: 'Create post' });

const VARIANTS: Variant[] = [
  { name: 'LinkedIn share box: Quill 1 in #interop-outlet\'s shadow root', ...fromSite(LINKEDIN_QUILL1) },
  { name: 'LinkedIn share box: Quill 1 one shadow root deeper', ...fromSite(LINKEDIN_QUILL1_NESTED) },
  {
    name: 'LinkedIn feed comment: TipTap, its button rendered only after typing',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    chord: false,
    enter: false,
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
    enter: false,
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
    enter: false,
    async open(page) {
      const editor = page.getByRole('textbox', { name: 'Text editor for creating content' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Comment', exact: true }));
    },
  },
  { name: 'X home: Draft.js, testid on the editor inside its RichTextInputContainer', ...fromSite(X) },
  {
    name: 'X /compose/post: the modal over the timeline (two composers, two Post buttons)',
    platform: 'x',
    url: 'https://x.com/compose/post',
    chord: true,
    enter: false,
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
    enter: false,
    async open(page) {
      const editor = page.getByRole('textbox', { name: 'Post text' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Post', exact: true }));
    },
  },
  { name: 'Facebook "Create post": Lexical, Post a div[role=button] that acts on Enter/Space', ...fromSite(FACEBOOK) },
  permalink('en', 'comment'),
  permalink('en', 'reply'),
  permalink('nl', 'comment'),
  permalink('nl', 'reply'),
  {
    name: 'Facebook Page post: Next → "Post settings" → Post, held at Next',
    platform: 'facebook',
    url: 'https://www.facebook.com/vandijkpartners/',
    chord: false,
    enter: false,
    async open(page) {
      await page.getByRole('button', { name: 'Create post' }).click();
      const editor = PAGES_DIALOG(page).getByRole('textbox', { name: 'Create a public post…' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, PAGES_DIALOG(page).getByRole('button', { name: 'Next' }));
    },
    async finish(page) {
      await PAGES_DIALOG(page).getByText('Post settings').waitFor();
      await PAGES_DIALOG(page).getByRole('button', { name: 'Post', exact: true }).click();
    },
  },
];

/** The draft and its words that must never reach the network. */
const NET_TEXT = `${JANSEN_EXAMPLE} Bel me op 0612345678 of mail naar kees.jansen@gmail.com.`;
const NET_WORDS = ['transportverzekering', 'Jansen', 'militaire', 'kees.jansen', '0612345678'];

/** The model and what the DOM shows agree (the fixture reads both from the editor). */
const domText = (c: Composer) => c.frame.evaluate((i) => window.__fixture.domText(i), c.index);

/** Types the example, waits for its blocking underline, then `press`es: held; "Post anyway" (and the flow's last step) posts exactly once. */
async function heldThenOnce(page: Page, c: Composer, v: Variant, press: (u: ReturnType<typeof ui>) => Promise<void>): Promise<void> {
  const u = ui(c.frame);
  await c.type(JANSEN_EXAMPLE);
  await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
  await press(u);
  await u.guard.waitFor({ timeout: 5_000 });
  expect(await posts(c.frame)).toEqual([]);
  expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
  await u.action('post-anyway', u.guard).click();
  await v.finish?.(page);
  await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
  await page.waitForTimeout(SETTLE_MS);
  expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
}

interface Check {
  name: string;
  applies(v: Variant): boolean;
  run(page: Page, c: Composer, v: Variant): Promise<void>;
}

const CHECKS: Check[] = [
  {
    name: 'underlines equal the linter\'s; nothing reaches the network while typing',
    applies: () => true,
    async run(page, c, v) {
      await page.waitForTimeout(SETTLE_MS);
      const since = Date.now();
      await c.type(NET_TEXT);
      expect(await c.modelText()).toBe(NET_TEXT);
      const want = expectedHighlights(referenceLinter().lint(NET_TEXT, { platform: v.platform, uiLang: 'en' }));
      expect(want).not.toEqual(NO_HIGHLIGHTS);
      await expect.poll(() => highlights(c.frame), POLL).toEqual(want);
      await page.waitForTimeout(SETTLE_MS);
      expectNothingSent(session, since, NET_WORDS);
    },
  },
  {
    name: 'a fix goes in through the editor: model equals DOM after the fix and after undo',
    applies: () => true,
    async run(page, c, v) {
      const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: v.platform, uiLang: 'en' });
      await c.type(JANSEN_EXAMPLE);
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
      await expect.poll(async () => (await highlights(c.frame))[finding.severity], POLL).not.toContain(finding.text);
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => c.modelText(), POLL).toBe(JANSEN_EXAMPLE);
      expect(await domText(c)).toBe(JANSEN_EXAMPLE);
    },
  },
  {
    name: 'the guard holds a click on its button; "Post anyway" posts exactly once',
    applies: () => true,
    run: (page, c, v) => heldThenOnce(page, c, v, () => c.postButton.click()),
  },
  {
    name: 'the guard holds Enter (the box sends on Enter); "Post anyway" posts exactly once',
    applies: (v) => v.enter,
    run: (page, c, v) => heldThenOnce(page, c, v, () => page.keyboard.press('Enter')),
  },
  {
    name: 'the guard holds Ctrl+Enter; "Post anyway" posts exactly once',
    applies: (v) => v.chord,
    run: (page, c, v) => heldThenOnce(page, c, v, () => page.keyboard.press('Control+Enter')),
  },
  {
    name: 'the guard holds keyboard activation (Enter, then Space, on the focused button); "Post anyway" posts exactly once',
    applies: () => true,
    run: (page, c, v) =>
      heldThenOnce(page, c, v, async (u) => {
        await c.postButton.focus();
        await page.keyboard.press('Enter');
        await u.guard.waitFor({ timeout: 5_000 });
        expect(await posts(c.frame)).toEqual([]);
        await u.action('edit', u.guard).click();
        await u.guard.waitFor({ state: 'hidden' });
        await c.postButton.focus();
        await page.keyboard.press('Space');
      }),
  },
];

describe.each(VARIANTS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
  it.each(CHECKS.filter((k) => k.applies(v)).map((k) => [k.name, k] as const))('%s', async (_check, k) => {
    const page = await openReady(session, v.url);
    const c = await v.open(page);
    await k.run(page, c, v);
    await page.close();
  });
});

describe('the table covers every variant with every check that applies', () => {
  it('runs on each of the variants, the full list where a way of posting exists', () => {
    const runs = VARIANTS.map((v) => CHECKS.filter((k) => k.applies(v)).length);
    expect(VARIANTS.length).toBe(14);
    expect(runs.every((n) => n >= 4)).toBe(true);
    expect(VARIANTS.filter((v) => v.enter).length).toBe(4);
  });
});

describe('Facebook Pages: the button the guard held is re-rendered meanwhile', () => {
  it('held at Next; "Post anyway" finds the re-rendered Next, and the post goes out exactly once', async () => {
    const page = await openReady(session, 'https://www.facebook.com/vandijkpartners/');
    const pages = VARIANTS.find((v) => v.url.endsWith('/vandijkpartners/'))!;
    const c = await pages.open(page);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    const next = await c.postButton.elementHandle();
    await c.postButton.click();
    const u = ui(c.frame);
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    expect(await PAGES_DIALOG(page).getByText('Post settings').isVisible()).toBe(false);
    // The site re-rendered its footer while the guard had the focus: the Next the user clicked is gone.
    await expect.poll(() => next!.evaluate((n) => n.isConnected), POLL).toBe(false);
    await u.action('post-anyway', u.guard).click();
    await pages.finish!(page);
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    expect(await u.guard.count()).toBe(0);
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

/** The popup of the tab `page` is in (popup.html?tab=N), opened as a page. */
async function popupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await session.sw!.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { query(q: unknown): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
  return popup;
}

/** What the popup says is active per site: `{ site: [data-mode, text] }`. */
async function siteModes(popup: Page): Promise<Record<string, [string | null, string | null]>> {
  const rows = popup.locator('[data-tt="site-modes"] [data-site]');
  await rows.first().waitFor();
  const out: Record<string, [string | null, string | null]> = {};
  for (const row of await rows.all()) out[(await row.getAttribute('data-site'))!] = [await row.getAttribute('data-mode'), await row.locator('[data-tt="site-mode"]').textContent()];
  return out;
}

const FULL = 'underlines and hold';
const PARTIAL = 'underlines only — posts are not held here';

/** Sets the user's per-site switch (storage.local siteSettings) from the service worker. */
async function setSiteOn(site: string, on: boolean): Promise<void> {
  await session.sw!.evaluate(
    async ([s, v]) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(i: unknown): Promise<void> } } } }).chrome.storage.local;
      const got = ((await local.get('siteSettings')).siteSettings ?? {}) as Record<string, boolean>;
      await local.set({ siteSettings: { ...got, [s as string]: v } });
    },
    [site, on] as const,
  );
}

describe('partial protection: badge and popup say what is active', () => {
  const CASES = [
    {
      why: 'a composer whose submit control is not found (an article\'s Publish)',
      url: 'https://www.linkedin.com/article/new/',
      editor: 'Article text',
      button: 'Publish',
    },
    {
      why: 'a composer on an editor engine we do not know (the share box on Lexical, a scenario)',
      url: 'https://www.linkedin.com/post/new/',
      editor: 'Text editor for creating content',
      button: 'Post',
    },
  ];
  it.each(CASES.map((k) => [k.why, k] as const))('%s: underlines, "underlines only — posts are not held here", and indeed not held', async (_why, k) => {
    const page = await openReady(session, k.url);
    const editor = page.getByRole('textbox', { name: k.editor });
    await editor.waitFor();
    const c = composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: k.button, exact: true }));
    await c.type(JANSEN_EXAMPLE);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: 'linkedin' })));
    const badge = ui(c.frame).badges.first();
    await expect.poll(() => badge.getAttribute('data-partial'), POLL).toBe('true');
    expect(await badge.getAttribute('aria-label')).toContain(PARTIAL);
    // What it says is true: the post is not held.
    await c.postButton.click();
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    expect(await ui(c.frame).guard.count()).toBe(0);
    // Type again: the popup for this tab says the same, for LinkedIn only.
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(() => badge.getAttribute('data-partial'), POLL).toBe('true');
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('[data-tt="partial"]').textContent(), POLL).toBe(PARTIAL);
    await expect.poll(() => siteModes(popup), POLL).toEqual({ linkedin: ['partial', PARTIAL], x: ['full', FULL], facebook: ['full', FULL] });
    await popup.close();
    await page.close();
  });

  it('a composer with its Post button and a known engine gets no notice; the popup says "underlines and hold", and "off" where switched off', async () => {
    await setSiteOn('facebook', false);
    try {
      const page = await openReady(session, LINKEDIN_QUILL1.url);
      const c = await LINKEDIN_QUILL1.openComposer(page);
      await c.type(JANSEN_EXAMPLE);
      const badge = ui(c.frame).badges.and('[data-count]:not([data-count="0"])').first();
      await badge.waitFor();
      await page.waitForTimeout(1100); // past the submit-control re-check
      expect(await badge.getAttribute('data-partial')).toBeNull();
      const popup = await popupFor(page);
      await expect.poll(() => siteModes(popup), POLL).toEqual({ linkedin: ['full', FULL], x: ['full', FULL], facebook: ['off', 'off'] });
      expect(await popup.locator('[data-tt="partial"]').count()).toBe(0);
      await popup.close();
      await page.close();
    } finally {
      await setSiteOn('facebook', true);
    }
  });
});
