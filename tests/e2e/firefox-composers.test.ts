// The 2026 composer variants in Firefox ESR (issue 16): applying a fix and the submit guard on
// LinkedIn's Quill 1 share box (in #interop-outlet's shadow root) and on Facebook's Lexical
// composers, with real key and mouse events over WebDriver BiDi.
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

/** Clicks, with a real mouse click, the element `selector` finds (piercing open shadow roots). */
async function clickDeep(ff: Firefox, selector: string): Promise<void> {
  const at = await ff.evaluate((sel) => {
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const hit = root.querySelector<HTMLElement>(sel);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) {
        const inner = find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const r = find(document)?.getBoundingClientRect();
    if (!r) throw new Error(`no ${sel} in the page`);
    return { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 };
  }, selector);
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

const SITES = [
  { id: 'LinkedIn Quill 1 share box', platform: 'linkedin', path: 'www.linkedin.com/preload/sharebox/', editor: '.ql-editor[role="textbox"]', index: 0, open: false },
  { id: 'Facebook "Create post" (Lexical)', platform: 'facebook', path: 'www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor="true"]', index: 1, open: true },
] as const;

describe.each(SITES.map((s) => [s.id, s] as const))('Firefox ESR: %s', (_id, site) => {
  const go = async () => {
    const [host, ...rest] = site.path.split('/');
    await ff.navigate(`${ff.origin(host!)}/${rest.join('/')}`);
    if (site.open) await ff.evaluate(() => (window as unknown as FixtureWindow).__fixture.open(), null);
    await clickDeep(ff, site.editor);
  };

  it('a fix goes in through the editor: model and DOM agree, and Ctrl+Z restores the original', async () => {
    await go();
    const f = fixture(ff);
    const findings = referenceLinter().lint(JANSEN_EXAMPLE, { platform: site.platform, uiLang: 'en' });
    await ff.type(JANSEN_EXAMPLE);
    expect(await f.model(site.index)).toBe(JANSEN_EXAMPLE);
    await expect.poll(() => underlines(ff, site.index), POLL).toEqual(expectedHighlights(findings));
    const finding = findings.find((x) => x.suggestion);
    if (!finding?.suggestion) throw new Error('the example has no finding with a suggestion');
    const sug = finding.suggestion;
    const fixed = JANSEN_EXAMPLE.slice(0, sug.start) + sug.replacement + JANSEN_EXAMPLE.slice(sug.end);
    // Ends the editors' undo grouping (Quill 1 s, Lexical 300 ms), as a user reading the card would.
    await new Promise((r) => setTimeout(r, 1100));
    const mark = `[data-tt="marks"][data-composer="${site.index}"] [data-tt="mark"][data-start="${finding.start}"][data-end="${finding.end}"] .box`;
    expect(await clickInUi(ff, mark)).toBe(true);
    const apply = `[data-tt="card"] [data-tt="finding"][data-rule-id="${finding.ruleId}"] button[data-action="apply"]`;
    await expect.poll(() => uiHas(ff, apply), POLL).toBe(true);
    expect(await clickInUi(ff, apply)).toBe(true);
    await expect.poll(() => f.model(site.index), POLL).toBe(fixed);
    expect(await f.dom(site.index)).toBe(fixed);
    await ff.ctrl('z');
    await expect.poll(() => f.model(site.index), POLL).toBe(JANSEN_EXAMPLE);
    expect(await f.dom(site.index)).toBe(JANSEN_EXAMPLE);
  });

  it('holds the post on Ctrl+Enter; "Post anyway" posts exactly once', async () => {
    await go();
    const f = fixture(ff);
    await ff.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await underlines(ff, site.index)).block.length, POLL).toBeGreaterThan(0);
    await ff.ctrl(KEY.enter);
    await expect.poll(() => uiHas(ff, '[data-tt="guard"]'), POLL).toBe(true);
    expect(await f.posts()).toEqual([]);
    expect(await clickInUi(ff, '[data-tt="guard"] button[data-action="post-anyway"]')).toBe(true);
    await expect.poll(() => f.posts(), POLL).toEqual([JANSEN_EXAMPLE]);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await f.posts()).toEqual([JANSEN_EXAMPLE]);
  });
});

describe('Firefox ESR: Facebook "Comment as ‹Name›" sends on Enter', () => {
  it('Enter is held while a block finding stands; "Post anyway" sends exactly once', async () => {
    await ff.navigate(`${ff.origin('www.facebook.com')}/permalink.php?story_fbid=1`);
    await clickDeep(ff, '[aria-label="Comment as Anna de Vries"]');
    const f = fixture(ff);
    await ff.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await underlines(ff, 1)).block.length, POLL).toBeGreaterThan(0);
    await ff.press(KEY.enter);
    await expect.poll(() => uiHas(ff, '[data-tt="guard"]'), POLL).toBe(true);
    expect(await f.posts()).toEqual([]);
    expect(await f.model(1)).toBe(JANSEN_EXAMPLE);
    expect(await clickInUi(ff, '[data-tt="guard"] button[data-action="post-anyway"]')).toBe(true);
    await expect.poll(() => f.posts(), POLL).toEqual([JANSEN_EXAMPLE]);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await f.posts()).toEqual([JANSEN_EXAMPLE]);
  });
});
