// Issue 14 in the real build: the composer UI states an employee can trust. A blocking finding
// cannot be dismissed quietly; a switched-off site shows "Off", never ✓; the card gets out of the
// way; the open-findings shortcut and the arrow keys; the polite live region; light and dark
// themes without axe violations in nl and en; "Always allow", "Report a false alarm" and the
// reason at "Post anyway". The UI is in a closed shadow root, read through CDP (ui-root.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OPEN_FINDINGS_MESSAGE } from '../../src/platform/commands.ts';
import { texts } from '../../src/i18n/index.ts';
import type { Pack } from '../../src/rules/index.ts';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { axeViolations } from './axe.ts';
import { contrast } from '../../src/ui/a11y/contrast.ts';
import { JANSEN_EXAMPLE } from './corpus.ts';
import {
  NO_HIGHLIGHTS,
  clickUnderline,
  expectedHighlights,
  focusInEditor,
  highlights,
  referenceLinter,
  ui,
} from './ext.ts';
import { EXAMPLE_PACK_ID, launch, readExamplePack, seedExamplePack, waitForPack, type Session } from './harness.ts';
import { type UiPart, uiRoot } from './ui-root.ts';
import { FACEBOOK, LINKEDIN, X, posts, type Composer, type Site } from './sites/index.ts';

const POLL = { timeout: 5_000, interval: 50 };
/** Longer than any debounce the extension may use. */
const SETTLE_MS = 600;
const EMAIL = 'it@vdp.example';
const PACK = { ...(readExamplePack() as Pack), support: { email: EMAIL, askReason: true } } satisfies Pack;

interface ChromeApi {
  chrome: {
    storage: {
      local: {
        set(v: Record<string, unknown>): Promise<void>;
        get(k: string): Promise<Record<string, unknown>>;
        remove(k: string | string[]): Promise<void>;
      };
    };
    tabs: {
      query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
  };
}

async function startSession(locale: string, pack: Pack = PACK): Promise<Session> {
  const s = await launch({ locale });
  await seedExamplePack(s, pack);
  return s;
}

async function fresh(session: Session, site: Site): Promise<{ page: Page; c: Composer }> {
  const page = await session.context.newPage();
  await page.goto(site.url);
  await waitForPack(page, EXAMPLE_PACK_ID);
  return { page, c: await site.openComposer(page) };
}

/** Types the Jansen example (two findings) and opens the card from the badge. */
async function openCard(c: Composer): Promise<{ u: ReturnType<typeof ui>; badge: UiPart }> {
  const u = ui(c.frame);
  await c.type(JANSEN_EXAMPLE);
  const badge = u.badges.and('[data-count="2"]').first();
  await badge.waitFor();
  await badge.click();
  await u.card.waitFor();
  return { u, badge };
}

/** What the background does when the user presses the open-findings shortcut (commands.onCommand → this tab). */
async function pressShortcut(session: Session, page: Page): Promise<void> {
  await page.bringToFront();
  await session.sw!.evaluate(async (type) => {
    const { tabs } = (globalThis as unknown as ChromeApi).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await tabs.sendMessage(tab.id, { type });
  }, OPEN_FINDINGS_MESSAGE);
}

/** The rule id of the finding holding the keyboard focus inside the card, or null. */
const focusedFinding = (c: Composer) =>
  ui(c.frame).card.evaluate(
    (card) =>
      (card.getRootNode() as ShadowRoot).activeElement?.closest('[data-tt="finding"]')?.getAttribute('data-rule-id') ??
      null,
  );

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe('composer UI (en)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession('en-US');
  });
  afterAll(async () => {
    await session?.close();
  });
  const store = (values: Record<string, unknown>) =>
    session.sw!.evaluate((v) => (globalThis as unknown as ChromeApi).chrome.storage.local.set(v), values);
  const stored = (key: string) =>
    session.sw!.evaluate(
      (k) => (globalThis as unknown as ChromeApi).chrome.storage.local.get(k).then((r) => r[k]),
      key,
    );
  const unstore = (key: string) =>
    session.sw!.evaluate((k) => (globalThis as unknown as ChromeApi).chrome.storage.local.remove(k), key);

  it('a blocking finding cannot be ignored in the card: the post is still held, the badge never shows ✓', async () => {
    const { page, c } = await fresh(session, X);
    const { u, badge } = await openCard(c);
    expect(await u.findings.map((f) => f.getAttribute('data-severity'))).toEqual(['block', 'block']);
    // Whatever "ignore" the card offers is taken (before: both blocks, and then the post went out unheld).
    for (let n = await u.action('ignore', u.card).count(); n > 0; n--) await u.action('ignore', u.card).first().click();
    expect(await u.action('ignore', u.card).count()).toBe(0);
    expect(await badge.getAttribute('data-severity')).toBe('block');
    expect(await badge.innerText()).not.toContain('✓');
    await c.postButton.click();
    await u.guard.waitFor();
    expect(await posts(c.frame)).toEqual([]);
    // Let through only deliberately, at the hold.
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });

  it('a switched-off site shows "Off", no underlines and no ✓; its card offers the settings page', async () => {
    await store({ siteSettings: { x: false } });
    try {
      const { page, c } = await fresh(session, X);
      const u = ui(c.frame);
      await c.type(JANSEN_EXAMPLE);
      const badge = u.badges.first();
      await expect.poll(() => badge.getAttribute('data-off').catch(() => null), POLL).toBe('user');
      await page.waitForTimeout(SETTLE_MS);
      expect(await highlights(c.frame)).toEqual(NO_HIGHLIGHTS);
      expect(await badge.getAttribute('data-count')).toBeNull();
      expect(await badge.getAttribute('data-severity')).toBeNull();
      const text = await badge.innerText();
      expect(text).toBe(texts('en')('badgeOff'));
      expect(text).not.toContain('✓');
      await badge.click();
      await u.card.waitFor();
      const card = await u.card.innerText();
      expect(card).toContain(texts('en')('offHereUser', { site: 'X (Twitter)' }));
      expect(card).not.toContain(texts('en')('nothingFound'));
      const opened = session.context.waitForEvent('page', {
        predicate: (p) => p.url().startsWith(`chrome-extension://${EXTENSION_ID}/options.html`),
      });
      await u.action('open-settings', u.card).click();
      await (await opened).close();
      await page.close();
    } finally {
      await unstore('siteSettings');
    }
  });

  it('the card stays clear of the caret line and the Post button, closes when typing resumes, and never lingers empty', async () => {
    const { page, c } = await fresh(session, FACEBOOK);
    const u = ui(c.frame);
    await c.type(JANSEN_EXAMPLE);
    await expect
      .poll(() => highlights(c.frame), POLL)
      .toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: 'facebook' })));
    await clickUnderline(page, c, 'block', 'Jansen Transport');
    await u.card.waitFor();
    const card = (await (await u.card.all())[0]!.boundingBox())!;
    const button = (await c.postButton.boundingBox())!;
    const caret = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as DOMRect);
    const editor = (await c.editor.boundingBox())!;
    expect(overlaps(card, button), `card ${JSON.stringify(card)} over the Post button ${JSON.stringify(button)}`).toBe(
      false,
    );
    expect(
      overlaps(card, { x: editor.x, y: caret.y, width: editor.width, height: caret.height }),
      'card over the caret line',
    ).toBe(false);
    // Typing again: the card goes.
    await page.keyboard.type(' Groet');
    await u.card.waitFor({ state: 'detached' });
    // Fix the last finding from the badge's card: it closes instead of saying "Nothing found" over the text.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await c.type('Groeten van onze klant Jansen Transport');
    const badge = u.badges.and('[data-count="1"]').first();
    await badge.waitFor();
    await badge.click();
    await u.card.waitFor();
    await u.action('apply', u.card).click();
    await expect.poll(() => c.modelText(), POLL).not.toContain('Jansen Transport');
    await u.card.waitFor({ state: 'detached' });
    await page.close();
  });

  it.each([X, LINKEDIN].map((s) => [s.id, s] as const))('%s: the shortcut opens the card at the finding by the caret; arrows move between findings; Escape returns to the editor', async (_id, site) => {
    const { page, c } = await fresh(session, site);
    const u = ui(c.frame);
    await c.type(JANSEN_EXAMPLE);
    const badge = u.badges.and('[data-count="2"]').first();
    await badge.waitFor();
    expect(await badge.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    // The caret is at the end: "militaire goederen" is the nearest finding.
    await pressShortcut(session, page);
    await u.card.waitFor();
    await expect.poll(() => focusedFinding(c), POLL).toBe('confidential-term');
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await focusedFinding(c)).toBe('client-name');
    // The first action of that finding has the focus: its suggestion.
    expect(
      await u.card.evaluate((card) => (card.getRootNode() as ShadowRoot).activeElement?.getAttribute('data-action')),
    ).toBe('apply');
    await page.keyboard.press('ArrowDown');
    expect(await focusedFinding(c)).toBe('confidential-term');
    await page.keyboard.press('Escape');
    await u.card.waitFor({ state: 'detached' });
    expect(await focusInEditor(c)).toBe(true);
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    // Caret into "Jansen": the shortcut opens at that finding.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 70; i++) await page.keyboard.press('ArrowRight');
    await pressShortcut(session, page);
    await u.card.waitFor();
    await expect.poll(() => focusedFinding(c), POLL).toBe('client-name');
    await page.keyboard.press('Escape');
    await u.card.waitFor({ state: 'detached' });
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await page.close();
  });

  it('a polite live region in the closed root announces the counts; the page can read none of it', async () => {
    const { page, c } = await fresh(session, X);
    await c.type(JANSEN_EXAMPLE);
    const root = (await uiRoot(c.frame))!;
    const region = async () =>
      root.$eval('[data-tt="live"]', (el) => ({
        text: el.textContent,
        role: el.getAttribute('role'),
        live: el.getAttribute('aria-live'),
      }));
    const t = texts('en');
    await expect
      .poll(async () => (await region()).text, POLL)
      .toBe(t('liveIntro', { summary: '2 findings, 2 of them hold the post.' }));
    expect(await region()).toMatchObject({ role: 'status', live: 'polite' });
    // The page sees a bare host: no attributes, no text, no shadow root.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('think-twice-ui')!;
        return {
          attrs: host.getAttributeNames(),
          text: host.textContent,
          root: host.shadowRoot === null,
          body: document.body.innerText.includes('findings'),
        };
      }),
    ).toEqual({ attrs: [], text: '', root: true, body: false });
    await page.close();
  });

  it('"Always allow" adds the words to the user\'s own list and the finding goes; "Report a false alarm" mails the flagged words only', async () => {
    const { page, c } = await fresh(session, X);
    const { u, badge } = await openCard(c);
    const item = u.findings.and('[data-rule-id="client-name"]').first();
    const href = await item.locator('a[data-action="report"]').getAttribute('href');
    expect(href).toMatch(new RegExp(`^mailto:${EMAIL}\\?subject=`));
    const body = decodeURIComponent(href!.split('body=')[1]!);
    expect(body).toContain('Jansen Transport');
    expect(body).toContain('client-name');
    for (const word of ['Vandaag', 'transportverzekering', 'militaire', 'Polen']) expect(body).not.toContain(word);
    try {
      await u.action('allow', item).click();
      await expect.poll(() => stored('allowList'), POLL).toEqual([{ ruleId: 'client-name', text: 'Jansen Transport' }]);
      await expect.poll(() => badge.getAttribute('data-count').catch(() => null), POLL).toBe(null);
      await expect.poll(async () => (await highlights(c.frame)).block, POLL).toEqual(['militaire goederen']);
    } finally {
      await unstore('allowList');
    }
    await page.close();
  });

  it('without a support address, "Report a false alarm" copies the flagged words and the kind of check, not the post', async () => {
    await seedExamplePack(session, readExamplePack());
    try {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
      const { page, c } = await fresh(session, X);
      const { u, badge } = await openCard(c);
      const item = u.findings.and('[data-rule-id="confidential-term"]').first();
      // The pack without `support` reaches the page (its settings follow the recompile).
      await expect.poll(() => item.locator('a[data-action="report"]').count(), POLL).toBe(0);
      await u.action('report', item).click();
      await expect.poll(() => item.locator('[data-tt="report-note"]').innerText().catch(() => ''), POLL).toBe(texts('en')('reportCopied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('militaire goederen');
      expect(copied).toContain('confidential-term');
      for (const word of ['Vandaag', 'transportverzekering', 'Jansen', 'Polen']) expect(copied).not.toContain(word);
      await page.close();
    } finally {
      await seedExamplePack(session, PACK);
    }
  });

  it('"Post anyway" asks for an optional reason, kept on this device only and never in the post', async () => {
    const { page, c } = await fresh(session, X);
    const u = ui(c.frame);
    await c.type(JANSEN_EXAMPLE);
    await u.badges.and('[data-count="2"]').first().waitFor();
    await c.postButton.click();
    await u.guard.waitFor();
    const reason = u.guard.locator('[data-tt="reason"]');
    await reason.click();
    await page.keyboard.type('Sponsor event, approved by comms');
    try {
      await u.action('post-anyway', u.guard).click();
      await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
      const kept = (await stored('postReasons')) as { reason: string; site: string; categories: string[] }[];
      expect(kept.map(({ reason, site, categories }) => ({ reason, site, categories }))).toEqual([
        { reason: 'Sponsor event, approved by comms', site: 'x', categories: ['client', 'confidential'] },
      ]);
    } finally {
      await unstore('postReasons');
    }
    await page.close();
  });
});

/**
 * axe on the UI inside the closed root: the test alone lends the root to axe (as `host.shadowRoot`)
 * for the run. axe cannot stack the backgrounds of our fixed-position panels (its colour-contrast
 * check ends "incomplete" there), so contrast is measured here too: every visible text in the
 * badges, card and hold against the first opaque background behind it, at 4.5:1.
 */
async function axeUi(page: Page, c: Composer): Promise<string[]> {
  const root = (await uiRoot(c.frame))!;
  await root.evaluate((r) => Object.defineProperty(r.host, 'shadowRoot', { value: r, configurable: true }));
  let violations: string[];
  try {
    violations = await axeViolations(page, 'think-twice-ui');
  } finally {
    await root.evaluate((r) => delete (r.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot);
  }
  const texts = await root.evaluate((r) => {
    const out: { text: string; fg: string; bg: string }[] = [];
    for (const el of r.querySelectorAll<HTMLElement>('.badge, .badge *, .panel, .panel *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || el.closest('.sr, .live') || !el.checkVisibility()) continue;
      let bg = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const b = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(b) && b !== 'transparent') {
          bg = b;
          break;
        }
      }
      out.push({ text: el.textContent!.trim().slice(0, 30), fg: getComputedStyle(el).color, bg });
    }
    return out;
  });
  expect(texts.length, 'texts measured in the UI').toBeGreaterThan(5);
  for (const t of texts) if (contrast(t.fg, t.bg) < 4.5) violations.push(`contrast ${contrast(t.fg, t.bg).toFixed(2)}:1 for "${t.text}" (${t.fg} on ${t.bg})`);
  return violations;
}

/** The composer's page in one colour scheme, as a site's light or dark theme paints it. */
const SITE_THEME = {
  light: 'html, body, body * { background-color: #ffffff !important; color: #0f1419 !important; }',
  dark: 'html, body, body * { background-color: #15202b !important; color: #e7e9ea !important; }',
} as const;

for (const locale of ['en-US', 'nl-NL'] as const) {
  describe(`card and hold follow the composer's theme, with no axe violations (${locale})`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(locale);
    });
    afterAll(async () => {
      await session?.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(scheme, async () => {
        const { page, c } = await fresh(session, X);
        // The system in the same scheme (the old dark styles failed there: badge text 1.5:1).
        await page.emulateMedia({ colorScheme: scheme });
        await page.addStyleTag({ content: SITE_THEME[scheme] });
        const { u, badge } = await openCard(c);
        const root = (await uiRoot(c.frame))!;
        expect(await root.$eval('.layer:not(.overlay)', (el) => el.getAttribute('data-theme'))).toBe(scheme);
        const lang = locale.startsWith('nl') ? 'nl' : 'en';
        expect(await u.card.innerText()).toContain(texts(lang)('cardTitle'));
        expect(await axeUi(page, c)).toEqual([]);
        await c.postButton.click();
        await u.guard.waitFor();
        expect(await u.guard.innerText()).toContain(texts(lang)('holdPostAnyway'));
        expect(await axeUi(page, c)).toEqual([]);
        await page.close();
      });
    }
  });
}
