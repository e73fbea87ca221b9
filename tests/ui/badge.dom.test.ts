// The count badge in real Chromium: never over the editor's text (compared with the client
// rects of its text nodes), never over the page's own controls, and it follows scrolling.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { openDomPage, type DomPage } from '../sites/browser.ts';
import { uiRoot } from '../e2e/ui-root.ts';

vi.setConfig({ testTimeout: 30_000 });

let dom: DomPage;
let page: Page;
beforeAll(async () => {
  dom = await openDomPage('../ui/controller-entry.ts');
}, 60_000);
afterAll(async () => dom?.close());

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
// The UI lives in a closed shadow root: the test reaches it through the DevTools protocol.
const measure = async () =>
  page.evaluate((ui) => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const badge = ui?.querySelector('[data-tt="badge"]');
    const ed = document.querySelector('[contenteditable]')!;
    const walk = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const text: ReturnType<typeof plain>[] = [];
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      range.selectNodeContents(n);
      text.push(...[...range.getClientRects()].map(plain));
    }
    const post = document.querySelector('[data-testid="post"]');
    return { badge: badge && plain(badge.getBoundingClientRect()), text, editor: plain(ed.getBoundingClientRect()), post: post && plain(post.getBoundingClientRect()) };
  }, await uiRoot(page.mainFrame()));

const EDITOR = (style: string) => `<div class="ql-editor" contenteditable="true" role="textbox" style="font:16px/20px monospace;padding:8px 8px 32px;border:1px solid #999;${style}"><p><br></p></div>`;
// The test page's submit hook needs a Post button; where it plays no part it is hidden.
const HIDDEN_POST = '<button data-testid="post" hidden>Post</button>';
const LAYOUTS: { name: string; html: string; text: string; where: 'outside' | 'inside' }[] = [
  { name: 'room on the right: beside the editor', html: `<main>${EDITOR('width:400px')}${HIDDEN_POST}</main>`, text: 'een geheim plan '.repeat(6), where: 'outside' },
  {
    name: 'the Post button beside and below: inside the empty padding, off the button',
    html: `<main style="display:flex;flex-wrap:wrap;width:520px">${EDITOR('width:400px')}<button data-testid="post" style="width:100px">Post</button><p style="width:520px;margin:0">below</p></main>`,
    text: 'een geheim plan '.repeat(6),
    where: 'inside',
  },
  { name: 'editor fills the window, text to its right edge', html: `<main>${EDITOR('position:fixed;inset:0')}${HIDDEN_POST}</main>`, text: 'een geheim plan voor de klant '.repeat(20), where: 'inside' },
];

describe('badge placement', () => {
  for (const c of LAYOUTS) {
    it(c.name, async () => {
      await dom.reset(c.html);
      page = dom.page;
      await page.evaluate(() => (window as any).tt.start());
      await page.locator('[contenteditable]').click();
      await page.keyboard.type(c.text);
      await expect.poll(async () => (await measure()).badge?.top ?? null).not.toBeNull();
      const m = await measure();
      const b = m.badge!;
      expect(m.text.length).toBeGreaterThan(0);
      for (const r of m.text) expect(overlaps(b, r), `badge ${JSON.stringify(b)} over text ${JSON.stringify(r)}`).toBe(false);
      if (m.post && m.post.right > m.post.left) expect(overlaps(b, m.post)).toBe(false);
      expect(overlaps(b, m.editor)).toBe(c.where === 'inside');
    });
  }

  it('follows the editor when the page scrolls', async () => {
    await dom.reset(`<main style="height:3000px;padding-top:200px">${EDITOR('width:400px')}${HIDDEN_POST}</main>`);
    page = dom.page;
    await page.evaluate(() => (window as any).tt.start());
    await page.locator('[contenteditable]').click();
    await page.keyboard.type('een geheim plan');
    await expect.poll(async () => (await measure()).badge?.top ?? null).not.toBeNull();
    const before = await measure();
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => Math.round((await measure()).badge!.top)).toBe(Math.round(before.badge!.top - 120));
    const after = await measure();
    expect(after.badge!.top - after.editor.top).toBeCloseTo(before.badge!.top - before.editor.top, 0);
  });
});
