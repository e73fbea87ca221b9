// The content-script controller in real Chromium on a plain contenteditable: what needs the
// DOM (highlights, badge and card, ignore, apply, the submit guard, overlay boxes). When
// requests are sent and which answers count is tested without a browser (lint-session.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { openDomPage, type DomPage } from '../sites/browser.ts';

// A real browser on a busy CI machine: give each test room (the assertions stay exact).
vi.setConfig({ testTimeout: 30_000 });

let dom: DomPage;
let page: Page;

const PAGE = '<main><div class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div><button data-testid="post">Post</button></main>';
const ui = (sel: string) => page.locator(`think-twice-ui ${sel}`);
type Marks = Record<'block' | 'warn' | 'info', string[]>;
const highlights = (): Promise<Marks> =>
  page.evaluate(() => Object.fromEntries(['block', 'warn', 'info'].map((s) => [s, [...(CSS.highlights.get(`thinktwice-${s}`) ?? [])].map((r) => (r as Range).toString())])) as Marks);
const state = () => page.evaluate(() => (window as any).ttState as { posts: string[]; editorMutations: number });
const setDelays = (d: number[]) => page.evaluate((d) => ((window as any).ttState.delays = d), d);
const editor = () => page.locator('.ql-editor');

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The middle of the first block underline, in page coordinates (where a user points at it). */
const blockUnderlineCenter = () =>
  page.evaluate(() => {
    const r = [...(CSS.highlights.get('thinktwice-block') as any)][0].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });

async function typeText(text: string) {
  await editor().click();
  await page.keyboard.type(text);
}

beforeAll(async () => {
  dom = await openDomPage('../ui/controller-entry.ts');
}, 60_000);
afterAll(async () => dom?.close());
beforeEach(async () => {
  await dom.reset(PAGE);
  page = dom.page;
  await page.evaluate(() => (window as any).tt.start());
});

describe('highlights and badge', () => {
  it('underlines findings per severity and counts them on the badge', async () => {
    await typeText('een geheim plan voor de klant');
    const marks = await until(highlights, (m) => m.block.length > 0 && m.warn.length > 0);
    expect(marks).toEqual({ block: ['geheim'], warn: ['klant'], info: [] });
    await expect.poll(() => ui('[data-tt="badge"]').getAttribute('data-count')).toBe('2');
    expect(await ui('[data-tt="badge"]').getAttribute('data-severity')).toBe('block');
  });

  it('a second copy of the script (extension update) takes over: one host, one badge, one guard', async () => {
    await page.evaluate(() => (window as any).tt.start());
    await typeText('geheim');
    await until(highlights, (m) => m.block.length > 0);
    expect(await page.locator('think-twice-ui').count()).toBe(1);
    await expect.poll(() => ui('[data-tt="badge"]').count()).toBe(1);
    await page.locator('[data-testid="post"]').click();
    await ui('[data-tt="guard"]').waitFor();
    expect(await ui('[data-tt="guard"]').count()).toBe(1);
  });

  it('never changes the editor DOM while checking', async () => {
    await typeText('geheim en klant');
    await until(highlights, (m) => m.block.length > 0);
    const html = await editor().innerHTML();
    await page.evaluate(() => {
      const root = document.querySelector('.ql-editor')!;
      new MutationObserver((r) => ((window as any).ttState.editorMutations += r.length)).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await ui('[data-tt="badge"]').click();
    await ui('[data-tt="card"]').waitFor();
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 200));
    expect((await state()).editorMutations).toBe(0);
    expect(await editor().innerHTML()).toBe(html);
  });
});

describe('card', () => {
  it('opens from the badge without taking focus from the editor, and lists each finding', async () => {
    await typeText('geheim en klant');
    await until(highlights, (m) => m.warn.length > 0);
    await ui('[data-tt="badge"]').click();
    const items = ui('[data-tt="finding"]');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-severity'), e.getAttribute('data-rule-id')]))).toEqual([
      ['block', 't-block'],
      ['warn', 't-warn'],
    ]);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('ql-editor');
    // Only the finding with a suggestion offers "apply".
    expect(await ui('[data-tt="finding"][data-severity="block"] [data-action="apply"]').count()).toBe(0);
    expect(await ui('[data-tt="finding"][data-severity="warn"] [data-action="apply"]').count()).toBe(1);
  });

  it('says in one line when the post was not fully checked, also when nothing was found', async () => {
    await typeText('klant 💥');
    await until(highlights, (m) => m.warn.length > 0);
    await ui('[data-tt="badge"]').click();
    await expect.poll(() => ui('[data-tt="incomplete"]').textContent()).toBe('checkFailed');
    await editor().fill('');
    await typeText('niets ✂');
    await expect.poll(() => ui('[data-tt="incomplete"]').textContent()).toBe('notFullyChecked');
    expect(await ui('[data-tt="card"]').textContent()).not.toContain('noFindings');
  });

  it('opens when hovering an underline and closes with Escape', async () => {
    await typeText('dit is geheim');
    await until(highlights, (m) => m.block.length > 0);
    const box = await blockUnderlineCenter();
    await page.mouse.move(box.x, box.y);
    await ui('[data-tt="card"]').waitFor({ timeout: 2000 });
    expect(await ui('[data-tt="finding"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui('[data-tt="card"]').count()).toBe(0);
    // Resting on the same underline does not bring it back…
    await new Promise((r) => setTimeout(r, 600));
    expect(await ui('[data-tt="card"]').count()).toBe(0);
    // …a click on it does.
    await page.mouse.click(box.x, box.y);
    await ui('[data-tt="card"]').waitFor({ timeout: 2000 });
  });

  it('a click right after moving onto an underline opens the card once; Escape closes it for good', async () => {
    await typeText('dit is geheim');
    await until(highlights, (m) => m.block.length > 0);
    const box = await blockUnderlineCenter();
    await page.mouse.move(box.x, box.y);
    await page.mouse.down();
    await page.mouse.up();
    await ui('[data-tt="card"]').waitFor({ timeout: 2000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => ui('[data-tt="card"]').count()).toBe(0);
    await new Promise((r) => setTimeout(r, 600));
    expect(await ui('[data-tt="card"]').count()).toBe(0);
  });

  it('ignore once removes the finding for this draft', async () => {
    await typeText('geheim en klant');
    await until(highlights, (m) => m.warn.length > 0);
    await ui('[data-tt="badge"]').click();
    await ui('[data-tt="finding"][data-severity="warn"] [data-action="ignore"]').click();
    await expect.poll(() => ui('[data-tt="badge"]').getAttribute('data-count')).toBe('1');
    expect(await highlights()).toEqual({ block: ['geheim'], warn: [], info: [] });
  });

  it('apply still hits the right words after the text moved under an open card', async () => {
    await typeText('onze klant belt');
    await until(highlights, (m) => m.warn.length > 0);
    await ui('[data-tt="badge"]').click();
    await ui('[data-action="apply"]').waitFor();
    // The answer for the edited text is slow: the card still holds the old offsets.
    await setDelays([2000, 2000, 2000]);
    await page.keyboard.press('Home');
    await page.keyboard.type('Vandaag: ');
    await ui('[data-action="apply"]').click();
    await expect.poll(() => editor().innerText()).toBe('Vandaag: onze relatie belt');
  });

  it('apply replaces the span through the editor input path (undo restores it)', async () => {
    await typeText('onze klant belt');
    await until(highlights, (m) => m.warn.length > 0);
    await ui('[data-tt="badge"]').click();
    await ui('[data-action="apply"]').click();
    await expect.poll(() => editor().innerText()).toBe('onze relatie belt');
    await until(highlights, (m) => m.warn.length === 0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor().innerText()).toBe('onze klant belt');
  });
});

describe('submit guard', () => {
  const post = () => page.locator('[data-testid="post"]').click();

  it('holds a post with a blocking finding; "post anyway" lets exactly one through', async () => {
    await typeText('het geheim');
    await until(highlights, (m) => m.block.length > 0);
    await post();
    await ui('[data-tt="guard"]').waitFor();
    expect((await state()).posts).toEqual([]);
    await ui('[data-action="post-anyway"]').click();
    await expect.poll(async () => (await state()).posts).toEqual(['het geheim']);
    await new Promise((r) => setTimeout(r, 200));
    expect((await state()).posts).toHaveLength(1);
    // The bypass was one-shot: the next click is held again.
    await post();
    await ui('[data-tt="guard"]').waitFor();
    expect((await state()).posts).toHaveLength(1);
  });

  it('"edit" closes the guard and returns to the editor without posting', async () => {
    await typeText('het geheim');
    await until(highlights, (m) => m.block.length > 0);
    await post();
    await ui('[data-action="edit"]').click();
    await expect.poll(() => ui('[data-tt="guard"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('ql-editor');
    expect((await state()).posts).toEqual([]);
  });

  it('closes the guard once the blocking text is fixed; the next click posts', async () => {
    await typeText('het geheim');
    await until(highlights, (m) => m.block.length > 0);
    await post();
    await ui('[data-tt="guard"]').waitFor();
    await editor().click();
    for (let i = 0; i < 'geheim'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('plan');
    await expect.poll(() => ui('[data-tt="guard"]').count()).toBe(0);
    await post();
    await expect.poll(async () => (await state()).posts).toEqual(['het plan']);
  });

  it('holds Ctrl+Enter too', async () => {
    await typeText('het geheim');
    await until(highlights, (m) => m.block.length > 0);
    let keyReachedPage = false;
    await page.exposeFunction('ttKey', () => (keyReachedPage = true)).catch(() => {});
    await page.evaluate(() => document.querySelector('.ql-editor')!.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && (window as any).ttKey()));
    await page.keyboard.press('Control+Enter');
    await ui('[data-tt="guard"]').waitFor();
    expect(keyReachedPage).toBe(false);
  });

  it('a warning alone is never held', async () => {
    await typeText('de klant');
    await until(highlights, (m) => m.warn.length > 0);
    await post();
    await expect.poll(async () => (await state()).posts).toEqual(['de klant']);
    expect(await ui('[data-tt="guard"]').count()).toBe(0);
  });

  it('clicking before the answer arrives waits for it and still holds a blocked post', async () => {
    await setDelays([300, 300, 300]);
    await typeText('geheim');
    await post(); // no wait: the lint is still pending
    await ui('[data-tt="guard"]').waitFor({ timeout: 3000 });
    expect((await state()).posts).toEqual([]);
  });

  it('clicking before the answer arrives posts a clean draft exactly once', async () => {
    await setDelays([300, 300, 300]);
    await typeText('mooie dag');
    await post();
    await expect.poll(async () => (await state()).posts, { timeout: 3000 }).toEqual(['mooie dag']);
    await new Promise((r) => setTimeout(r, 300));
    expect((await state()).posts).toHaveLength(1);
    expect(await ui('[data-tt="guard"]').count()).toBe(0);
  });
});

describe('textarea (no DOM text to range over)', () => {
  beforeEach(async () => {
    await dom.reset('<main><textarea style="width:400px;height:120px;font:16px monospace"></textarea><button data-testid="post">Post</button></main>');
    page = dom.page;
    await page.evaluate(() => (window as any).tt.start());
  });
  const boxes = () => page.evaluate(() => [...document.querySelector('think-twice-ui')!.shadowRoot!.querySelectorAll('.overlay .mark')].map((b) => b.className));

  it('underlines with overlay boxes placed over the text, and holds a blocked post', async () => {
    await page.locator('textarea').click();
    await page.keyboard.type('een geheim plan');
    await expect.poll(boxes).toEqual(['mark block']);
    const [box, word] = await page.evaluate(() => {
      const b = document.querySelector('think-twice-ui')!.shadowRoot!.querySelector('.overlay .mark') as HTMLElement;
      const t = document.querySelector('textarea')!.getBoundingClientRect();
      return [{ left: parseFloat(b.style.left), width: parseFloat(b.style.width) }, t.left];
    });
    // "een " is four monospace characters before the word; "geheim" six wide.
    expect(box.width / 6).toBeCloseTo((box.left - word - 2) / 4, 0);
    await page.locator('[data-testid="post"]').click();
    await ui('[data-tt="guard"]').waitFor();
    expect((await state()).posts).toEqual([]);
  });

  it('applies a suggestion with undo intact', async () => {
    await page.locator('textarea').click();
    await page.keyboard.type('de klant belt');
    await expect.poll(boxes).toEqual(['mark warn']);
    await ui('[data-tt="badge"]').click();
    await ui('[data-action="apply"]').click();
    await expect.poll(() => page.locator('textarea').inputValue()).toBe('de relatie belt');
    await expect.poll(boxes).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('textarea').inputValue()).toBe('de klant belt');
  });
});

describe('without the Custom Highlight API', () => {
  beforeEach(async () => {
    await dom.reset(PAGE);
    page = dom.page;
    await page.evaluate(() => (window as any).tt.start({ noHighlightApi: true }));
  });

  it('draws overlay boxes over the flagged words, outside the editor, and moves them on scroll', async () => {
    await page.setViewportSize({ width: 800, height: 400 });
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { style: 'height:2000px' })));
    await typeText('dit is geheim');
    const overlay = () =>
      page.evaluate(() => {
        const b = document.querySelector('think-twice-ui')!.shadowRoot!.querySelector('.overlay .mark.block') as HTMLElement | null;
        const p = document.querySelector('.ql-editor p')!.firstChild as Text;
        const r = document.createRange();
        r.setStart(p, 7);
        r.setEnd(p, 13);
        const w = r.getBoundingClientRect();
        return b && { box: [b.style.left, b.style.top, b.style.width].map(parseFloat).map(Math.round), word: [w.left, w.top, w.width].map(Math.round) };
      });
    const first = await until(overlay, (o) => o !== null);
    expect(first!.box).toEqual(first!.word);
    expect(await page.locator('.ql-editor .mark, .ql-editor [class*="thinktwice"]').count()).toBe(0);
    await page.mouse.wheel(0, 60);
    const moved = await until(overlay, (o) => o !== null && o.word[1] !== first!.word[1] && o.box[1] === o.word[1]);
    expect(moved!.box).toEqual(moved!.word);
  });
});
