// The 2026 composer variants in Firefox ESR (issue 16): one table of variants (LinkedIn's Quill 1
// composers, plain and one shadow root deeper, and its /posts/ comment box; Facebook's Lexical
// composers: "Create post", the comment boxes in English and Dutch, the Pages flow) × the apply-fix
// and guard checks (click, Enter, Ctrl+Enter, Enter-then-Space on the focused button), with real
// key and mouse events over WebDriver BiDi. Elements are found by accessible name, not by the
// adapters' selectors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { expectedHighlights, referenceLinter } from './ext.ts';
import { KEY, clickInUi, launchFirefox, uiHas, underlines, type Firefox } from './firefox.ts';
import { EXAMPLE_PACK_ID, readExamplePack, type ExtensionStatus } from './harness.ts';

const POLL = { timeout: 5_000, interval: 50 };
/** Longer than any debounce the extension may use: a second post would have arrived by then. */
const SETTLE_MS = 600;

interface FixtureWindow {
  __fixture: { modelText(i: number): string; domText(i: number): string; posts: string[]; open(): Promise<void> };
}
const fixture = (ff: Firefox) => ({
  model: (i: number) => ff.evaluate((n) => (window as unknown as FixtureWindow).__fixture.modelText(n), i),
  dom: (i: number) => ff.evaluate((n) => (window as unknown as FixtureWindow).__fixture.domText(n), i),
  posts: () => ff.evaluate(() => [...(window as unknown as FixtureWindow).__fixture.posts], null),
});

/** What to find in the page: a textbox by its aria-label, or a button by its aria-label or text. */
type Target = { textbox: string } | { button: string };

/**
 * Finds the visible target (piercing open shadow roots) and either returns its centre or focuses
 * it (`focus`: the element is focused by script, the key that follows is a real one).
 */
async function locate(ff: Firefox, target: Target, focus = false): Promise<{ x: number; y: number }> {
  return ff.evaluate(([t, doFocus]) => {
    const named = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    const want = 'textbox' in t ? t.textbox : t.button;
    const sel = 'textbox' in t ? '[role="textbox"]' : 'button, [role="button"]';
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      for (const el of root.querySelectorAll<HTMLElement>(sel)) if (named(el) === want && el.getClientRects().length) return el;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) {
        const inner = find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const hit = find(document);
    if (!hit) throw new Error(`no visible ${JSON.stringify(t)} in the page`);
    if (doFocus) hit.focus();
    const r = hit.getBoundingClientRect();
    return { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 };
  }, [target, focus] as const);
}

/** A real mouse click on the target. */
async function click(ff: Firefox, target: Target): Promise<void> {
  const at = await locate(ff, target);
  await ff.clickAt(at.x, at.y);
}

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
  const extPage = await ff.extensionPage('options.html');
  await ff.evaluate((p) => (globalThis as unknown as { browser: { storage: { local: { set(i: unknown): Promise<void> } } } }).browser.storage.local.set({ userPack: p }), readExamplePack(), extPage);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const s = await ff.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<ExtensionStatus> } } }).browser.runtime.sendMessage({ type: 'thinktwice:status' }), null, extPage);
    if (s.ready && s.packs.some((p) => p.id === EXAMPLE_PACK_ID)) break;
    if (Date.now() > deadline) throw new Error(`the example pack is not active: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  await ff?.close();
});

interface Variant {
  id: string;
  platform: 'linkedin' | 'facebook';
  path: string;
  /** What the user clicks first to open the composer, if it is not open. */
  opener?: string;
  editor: string;
  /** Composer number (CONTRACT.md numbering). */
  index: number;
  /** The composer's submit button, by name. */
  button: string;
  chord: boolean;
  enter: boolean;
  /** After "Post anyway": the Pages flow's last step. */
  finish?: boolean;
}

const SHARE = 'Text editor for creating content';
const VARIANTS: Variant[] = [
  { id: 'LinkedIn share box (Quill 1 in #interop-outlet)', platform: 'linkedin', path: 'www.linkedin.com/preload/sharebox/', editor: SHARE, index: 0, button: 'Post', chord: true, enter: false },
  { id: 'LinkedIn share box one shadow root deeper', platform: 'linkedin', path: 'www.linkedin.com/preload/sharebox/?nested=1', editor: SHARE, index: 0, button: 'Post', chord: true, enter: false },
  { id: 'LinkedIn /posts/ comment (Quill 1)', platform: 'linkedin', path: 'www.linkedin.com/posts/vandijk-partners_activity-1/', editor: SHARE, index: 0, button: 'Comment', chord: false, enter: false },
  { id: 'Facebook "Create post"', platform: 'facebook', path: 'www.facebook.com/', opener: "What's on your mind, Anna?", editor: "What's on your mind, Anna?", index: 1, button: 'Post', chord: true, enter: false },
  { id: 'Facebook "Comment as Anna de Vries"', platform: 'facebook', path: 'www.facebook.com/permalink.php?story_fbid=1', editor: 'Comment as Anna de Vries', index: 1, button: 'Comment', chord: true, enter: true },
  { id: 'Facebook "Reply to Jan Jansen"', platform: 'facebook', path: 'www.facebook.com/permalink.php?story_fbid=1', editor: 'Reply to Jan Jansen', index: 0, button: 'Reply', chord: true, enter: true },
  { id: 'Facebook "Reageer als Anna de Vries" (nl)', platform: 'facebook', path: 'www.facebook.com/permalink.php?story_fbid=1&locale=nl_NL', editor: 'Reageer als Anna de Vries', index: 1, button: 'Reageren', chord: true, enter: true },
  { id: 'Facebook Page post (held at Next)', platform: 'facebook', path: 'www.facebook.com/vandijkpartners/', opener: 'Create post', editor: 'Create a public post…', index: 0, button: 'Next', chord: false, enter: false, finish: true },
];

const go = async (v: Variant) => {
  const [host, ...rest] = v.path.split('/');
  await ff.navigate(`${ff.origin(host!)}/${rest.join('/')}`);
  if (v.opener) await click(ff, { button: v.opener });
  await click(ff, { textbox: v.editor });
};

const guardShown = () => expect.poll(() => uiHas(ff, '[data-tt="guard"]'), POLL).toBe(true);

/** Types the example, waits for its blocking underline, `press`es: held; "Post anyway" (and the flow's last step) posts once. */
async function heldThenOnce(v: Variant, press: () => Promise<void>): Promise<void> {
  const f = fixture(ff);
  await ff.type(JANSEN_EXAMPLE);
  await expect.poll(async () => (await underlines(ff, v.index)).block.length, POLL).toBeGreaterThan(0);
  await press();
  await guardShown();
  expect(await f.posts()).toEqual([]);
  expect(await f.model(v.index)).toBe(JANSEN_EXAMPLE);
  expect(await clickInUi(ff, '[data-tt="guard"] button[data-action="post-anyway"]')).toBe(true);
  if (v.finish) {
    await expect.poll(() => ff.evaluate(() => document.body.innerText.includes('Post settings'), null), POLL).toBe(true);
    await click(ff, { button: 'Post' });
  }
  await expect.poll(() => f.posts(), POLL).toEqual([JANSEN_EXAMPLE]);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  expect(await f.posts()).toEqual([JANSEN_EXAMPLE]);
}

interface Check {
  name: string;
  applies(v: Variant): boolean;
  run(v: Variant): Promise<void>;
}

const CHECKS: Check[] = [
  {
    name: 'a fix goes in through the editor: model and DOM agree, and Ctrl+Z restores the original',
    applies: () => true,
    async run(v) {
      const f = fixture(ff);
      const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: v.platform, uiLang: 'en' });
      await ff.type(JANSEN_EXAMPLE);
      expect(await f.model(v.index)).toBe(JANSEN_EXAMPLE);
      await expect.poll(() => underlines(ff, v.index), POLL).toEqual(expectedHighlights(findings));
      const finding = findings.find((x) => x.suggestion);
      if (!finding?.suggestion) throw new Error('the example has no finding with a suggestion');
      const sug = finding.suggestion;
      const fixed = JANSEN_EXAMPLE.slice(0, sug.start) + sug.replacement + JANSEN_EXAMPLE.slice(sug.end);
      // Ends the editors' undo grouping (Quill 1 s, Lexical 300 ms), as a user reading the card would.
      await new Promise((r) => setTimeout(r, 1100));
      const mark = `[data-tt="marks"][data-composer="${v.index}"] [data-tt="mark"][data-start="${finding.start}"][data-end="${finding.end}"] .box`;
      expect(await clickInUi(ff, mark)).toBe(true);
      const apply = `[data-tt="card"] [data-tt="finding"][data-rule-id="${finding.ruleId}"] button[data-action="apply"]`;
      await expect.poll(() => uiHas(ff, apply), POLL).toBe(true);
      expect(await clickInUi(ff, apply)).toBe(true);
      await expect.poll(() => f.model(v.index), POLL).toBe(fixed);
      expect(await f.dom(v.index)).toBe(fixed);
      await ff.ctrl('z');
      await expect.poll(() => f.model(v.index), POLL).toBe(JANSEN_EXAMPLE);
      expect(await f.dom(v.index)).toBe(JANSEN_EXAMPLE);
    },
  },
  {
    name: 'the guard holds a click on its button; "Post anyway" posts exactly once',
    applies: () => true,
    run: (v) => heldThenOnce(v, () => click(ff, { button: v.button })),
  },
  {
    name: 'the guard holds Enter (the box sends on Enter); "Post anyway" posts exactly once',
    applies: (v) => v.enter,
    run: (v) => heldThenOnce(v, () => ff.press(KEY.enter)),
  },
  {
    name: 'the guard holds Ctrl+Enter; "Post anyway" posts exactly once',
    applies: (v) => v.chord,
    run: (v) => heldThenOnce(v, () => ff.ctrl(KEY.enter)),
  },
  {
    name: 'the guard holds Enter, then Space, on the focused button; "Post anyway" posts exactly once',
    // Facebook's div[role=button]s act on the keys themselves. A native <button> (LinkedIn) turns
    // them into a click, which the click check covers: Firefox driven over BiDi in a window without
    // the system focus makes no click from them (measured: neither held nor posted).
    applies: (v) => v.platform === 'facebook',
    run: (v) =>
      heldThenOnce(v, async () => {
        await locate(ff, { button: v.button }, true);
        await ff.press(KEY.enter);
        await guardShown();
        expect(await fixture(ff).posts()).toEqual([]);
        expect(await clickInUi(ff, '[data-tt="guard"] button[data-action="edit"]')).toBe(true);
        await expect.poll(() => uiHas(ff, '[data-tt="guard"]'), POLL).toBe(false);
        await locate(ff, { button: v.button }, true);
        await ff.press(' ');
      }),
  },
];

describe.each(VARIANTS.map((v) => [v.id, v] as const))('Firefox ESR: %s', (_id, v) => {
  it.each(CHECKS.filter((k) => k.applies(v)).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    await go(v);
    await k.run(v);
  });
});
