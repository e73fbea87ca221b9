// The content-script controller in real Chromium on a plain contenteditable: what needs the
// DOM (highlights, badge and card, ignore, apply, the submit guard, overlay boxes). When
// requests are sent and which answers count is tested without a browser (lint-session.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { openDomPage, type DomPage } from '../sites/browser.ts';
import { UiPart, uiRoot } from '../e2e/ui-root.ts';

// A real browser on a busy CI machine: give each test room (the assertions stay exact).
vi.setConfig({ testTimeout: 30_000 });

let dom: DomPage;
let page: Page;

const PAGE = '<main><div class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div><button data-testid="post">Post</button></main>';
// The UI is in a closed shadow root: reached through the DevTools protocol (tests/e2e/ui-root.ts).
const ui = (sel: string) => new UiPart(page.mainFrame(), [{ sel }]);
type Marks = Record<'block' | 'warn' | 'info', string[]>;
/** The underlined texts per severity: each mark's data-start/data-end applied to the composer's text. */
const highlights = async (): Promise<Marks> => {
  const root = await uiRoot(page.mainFrame());
  const marks = root ? await root.$$eval('[data-tt="mark"]', (els) => els.map((e) => [(e as HTMLElement).dataset.severity!, Number((e as HTMLElement).dataset.start), Number((e as HTMLElement).dataset.end)] as const)) : [];
  const text = await page.evaluate(() => (window as any).tt.text() as string);
  const out: Marks = { block: [], warn: [], info: [] };
  for (const [sev, start, end] of marks) out[sev as keyof Marks].push(text.slice(start, end));
  return out;
};
const state = () => page.evaluate(() => (window as any).ttState as { posts: string[]; editorMutations: number; sent: string[] });
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
const blockUnderlineCenter = async () => {
  const box = await ui('[data-tt="mark"][data-severity="block"] .box').first().evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

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

// Page scripts can write into a composer and fire events at it; only the user's own input
// (trusted events) gets text checked, one new text per input event. The state machine's side
// of this is in lint-session.test.ts; here the DOM wiring: which events count, and where.
describe('only what the user typed is checked', () => {
  const pageWrites = (text: string) =>
    page.evaluate((t) => {
      const p = document.querySelector('.ql-editor p')!;
      p.textContent = t;
    }, text);

  it('text a page script writes into the composer, with synthetic events, is never sent', async () => {
    await pageWrites('een geheim plan');
    await page.evaluate(() => {
      const ed = document.querySelector('.ql-editor')!;
      ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      ed.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'a', bubbles: true }));
      ed.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
      (ed as HTMLElement).focus();
      document.execCommand('insertText', false, ' met de klant');
    });
    await new Promise((r) => setTimeout(r, 600));
    expect((await state()).sent).toEqual([]);
    expect(await highlights()).toEqual({ block: [], warn: [], info: [] });
  });

  it('one key of the user lets one text through, not the page\'s next ones', async () => {
    await typeText('x');
    await expect.poll(async () => (await state()).sent).toEqual(['x']);
    for (const t of ['geheim', 'klant', 'geheim klant']) {
      await pageWrites(t);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await state()).sent).toEqual(['x']);
    // The user's next keys: the text as it is then (page writes included) goes, once.
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect.poll(async () => (await state()).sent).toEqual(['x', 'geheim klant!']);
    expect(await highlights()).toEqual({ block: ['geheim'], warn: ['klant'], info: [] });
  });

  it('a composer moved off screen is not checked, even when the user types into it', async () => {
    await page.evaluate(() => Object.assign((document.querySelector('.ql-editor') as HTMLElement).style, { position: 'fixed', left: '-5000px', top: '0' }));
    await page.evaluate(() => (document.querySelector('.ql-editor') as HTMLElement).focus());
    await page.keyboard.type('geheim');
    await new Promise((r) => setTimeout(r, 600));
    expect(await page.evaluate(() => document.querySelector('.ql-editor')!.textContent)).toBe('geheim');
    expect((await state()).sent).toEqual([]);
  });

  it("the user's Post click checks a text they did not type (a restored draft) and holds it", async () => {
    await pageWrites('het geheim');
    await page.locator('[data-testid="post"]').click();
    await ui('[data-tt="guard"]').waitFor();
    expect((await state()).sent).toEqual(['het geheim']);
    expect((await state()).posts).toEqual([]);
  });

  it('a Post click by a page script neither checks the text nor is held for it', async () => {
    await pageWrites('het geheim');
    await page.evaluate(() => (document.querySelector('[data-testid="post"]') as HTMLElement).click());
    await expect.poll(async () => (await state()).posts).toEqual(['het geheim']);
    expect((await state()).sent).toEqual([]);
  });
});

describe('card', () => {
  it('opens from the badge without taking focus from the editor, and lists each finding', async () => {
    await typeText('geheim en klant');
    await until(highlights, (m) => m.warn.length > 0);
    await ui('[data-tt="badge"]').click();
    const items = ui('[data-tt="finding"]');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.map((e) => [e.getAttribute('data-severity'), e.getAttribute('data-rule-id')])).toEqual([
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
    await expect.poll(() => ui('[data-tt="incomplete"]').innerText()).toBe('checkFailed');
    await editor().fill('');
    // Typing closes the card (it must not cover the text being written); the badge opens it again.
    await typeText('niets ✂');
    await expect.poll(() => ui('[data-tt="card"]').count()).toBe(0);
    await expect.poll(() => ui('[data-tt="badge"]').getAttribute('data-count')).toBe('0');
    await ui('[data-tt="badge"]').click();
    await expect.poll(() => ui('[data-tt="incomplete"]').innerText()).toBe('notFullyChecked');
    expect(await ui('[data-tt="card"]').innerText()).not.toContain('noFindings');
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
    // The text moves without the user typing (typing would close the card): the page inserts before it.
    await page.evaluate(() => (document.querySelector('.ql-editor p')!.firstChild as Text).insertData(0, 'Vandaag: '));
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

/** Viewport rects of the drawn boxes of each underline of this severity. */
const boxRects = (severity: string) =>
  ui(`[data-tt="mark"][data-severity="${severity}"] .box`).map((b) => {
    const r = b.getBoundingClientRect();
    return [r.left, r.top, r.width, r.height].map(Math.round);
  });
/** Viewport rect of text[start, end) of the editor's first paragraph. */
const wordRect = (start: number, end: number) =>
  page.evaluate(
    ([s, e]) => {
      const t = document.querySelector('.ql-editor p')!.firstChild as Text;
      const r = document.createRange();
      r.setStart(t, s);
      r.setEnd(t, e);
      const w = r.getBoundingClientRect();
      return [w.left, w.top, w.width, w.height].map(Math.round);
    },
    [start, end] as const,
  );

describe('textarea (no DOM text to range over)', () => {
  beforeEach(async () => {
    await dom.reset('<main><textarea style="width:400px;height:120px;font:16px monospace"></textarea><button data-testid="post">Post</button></main>');
    page = dom.page;
    await page.evaluate(() => (window as any).tt.start());
  });
  const severities = () => ui('[data-tt="mark"]').map((m) => m.getAttribute('data-severity'));

  it('underlines with overlay boxes placed over the text, and holds a blocked post', async () => {
    await page.locator('textarea').click();
    await page.keyboard.type('een geheim plan');
    await expect.poll(severities).toEqual(['block']);
    const [left, , width] = (await boxRects('block'))[0]!;
    const word = await page.evaluate(() => document.querySelector('textarea')!.getBoundingClientRect().left);
    // "een " is four monospace characters before the word; "geheim" six wide.
    expect(width! / 6).toBeCloseTo((left! - word - 2) / 4, 0);
    await page.locator('[data-testid="post"]').click();
    await ui('[data-tt="guard"]').waitFor();
    expect((await state()).posts).toEqual([]);
  });

  it('applies a suggestion with undo intact', async () => {
    await page.locator('textarea').click();
    await page.keyboard.type('de klant belt');
    await expect.poll(severities).toEqual(['warn']);
    await ui('[data-tt="badge"]').click();
    await ui('[data-action="apply"]').click();
    await expect.poll(() => page.locator('textarea').inputValue()).toBe('de relatie belt');
    await expect.poll(severities).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('textarea').inputValue()).toBe('de klant belt');
  });
});

describe('underline boxes', () => {
  it('sit over the flagged words, outside the editor, and follow the page when it scrolls', async () => {
    await page.setViewportSize({ width: 800, height: 400 });
    await page.evaluate(() => {
      document.body.prepend(Object.assign(document.createElement('div'), { style: 'height:200px' }));
      document.body.append(Object.assign(document.createElement('div'), { style: 'height:2000px' }));
    });
    await typeText('dit is geheim');
    await expect.poll(() => boxRects('block')).toHaveLength(1);
    expect(await boxRects('block')).toEqual([await wordRect(7, 13)]);
    expect(await page.locator('.ql-editor [class], .ql-editor [style]').count()).toBe(0);
    const before = await wordRect(7, 13);
    await page.mouse.wheel(0, 60);
    await expect.poll(() => wordRect(7, 13)).not.toEqual(before);
    await expect.poll(async () => (await boxRects('block'))[0]).toEqual(await wordRect(7, 13));
  });

  it('follow the text when the editor is resized, and stay inside an editor that scrolls', async () => {
    await dom.reset(
      '<main><div class="ql-editor" contenteditable="true" role="textbox" style="width:500px;height:60px;overflow:auto;font:16px/20px monospace"><p><br></p></div><button data-testid="post">Post</button></main>',
    );
    page = dom.page;
    await page.evaluate(() => (window as any).tt.start());
    const text = 'een geheim plan ' + 'en nog meer tekst '.repeat(12);
    await typeText(text);
    await expect.poll(() => boxRects('block')).toEqual([await wordRect(4, 10)]);
    // Narrower: the text reflows; the box follows without any typing.
    await page.evaluate(() => ((document.querySelector('.ql-editor') as HTMLElement).style.width = '200px'));
    await expect.poll(async () => (await boxRects('block'))[0]).toEqual(await wordRect(4, 10));
    // Scrolled inside the editor until the word is above its top edge: no box outside the editor.
    await page.evaluate(() => (document.querySelector('.ql-editor') as HTMLElement).scrollTo(0, 200));
    const editor = await page.locator('.ql-editor').boundingBox();
    await expect
      .poll(async () => {
        const boxes = await ui('[data-tt="mark"][data-severity="block"] .box').map((b) => {
          // What shows of the box: clipped by its clip container.
          const r = b.getBoundingClientRect();
          const c = b.parentElement!.parentElement!.getBoundingClientRect();
          return Math.max(0, Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top));
        });
        return boxes.every((visible) => visible === 0);
      })
      .toBe(true);
    expect((await wordRect(4, 10))[1]).toBeLessThan(editor!.y);
  });
});
