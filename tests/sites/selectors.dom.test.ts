// The adapters' selectors in real Chromium: valid CSS, and each finds the composer
// markup of its site and picks the right editor engine.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SITE_ADAPTERS } from '../../src/sites/index.ts';
import { openDomPage, type DomPage } from './browser.ts';

// A real browser on a busy CI machine: give each test room (the assertions stay exact).
vi.setConfig({ testTimeout: 30_000 });

describe('selectors in a real browser', () => {
  let dom: DomPage;
  beforeAll(async () => {
    dom = await openDomPage('./dom-entry.ts');
  }, 60_000);
  afterAll(async () => dom?.close());

  it('are valid CSS', async () => {
    const all = SITE_ADAPTERS.flatMap((a) => Object.values(a.selectors).flat() as string[]);
    const bad = await dom.page.evaluate((sels) => sels.filter((s) => {
      try {
        document.querySelector(s);
        return false;
      } catch {
        return true;
      }
    }), all);
    expect(bad).toEqual([]);
  });

  const MARKUP: [string, string, string | null][] = [
    ['x', '<div data-testid="tweetTextarea_0"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"></div></div>', 'draft'],
    ['linkedin', '<div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"></div>', 'quill'],
    // Quill 1 (LinkedIn's post composer, 2026) keeps its hidden clipboard box beside the editor.
    ['linkedin', '<div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox"></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>', 'quill1'],
    // X's narrow layout (2026): a plain textarea inside the testid container.
    ['x', '<div data-testid="tweetTextarea_0RichTextInputContainer"><textarea data-testid="tweetTextarea_0" aria-label="Post text"></textarea></div>', 'textarea'],
    ['linkedin', '<div class="tiptap ProseMirror" contenteditable="true" role="textbox"></div>', 'prosemirror'],
    ['facebook', '<div data-lexical-editor="true" contenteditable="true" role="textbox"></div>', 'lexical'],
    // Read-only renderings of the same engines are not composers.
    ['facebook', '<div data-lexical-editor="true" contenteditable="false" role="textbox"></div>', null],
    ['x', '<div class="public-DraftEditor-content" contenteditable="false"></div>', null],
  ];
  for (const [site, html, engine] of MARKUP) {
    it(`${site}: ${html.slice(0, 60)}… → ${engine ?? 'no composer'}`, async () => {
      const adapter = SITE_ADAPTERS.find((a) => a.id === site)!;
      const matched = await dom.page.evaluate(
        ({ html, sel }) => {
          document.getElementById('host')!.innerHTML = html;
          return [...document.querySelectorAll(sel)].map((e) => e.outerHTML);
        },
        { html, sel: adapter.selectors.composer.join(',') },
      );
      if (engine === null) return expect(matched).toEqual([]);
      expect(matched.length).toBe(1);
      // The engine is chosen by its marker (engineFor): check the markers pick the right one.
      expect(adapter.editor.find((e) => e.id === engine)).toBeDefined();
      const byMarker = await dom.page.evaluate(
        ({ html, markers }) => {
          const t = document.createElement('template');
          t.innerHTML = html;
          const el = t.content.querySelector('[contenteditable], textarea')!;
          return markers.find(([, m]) => el.matches(m))?.[0] ?? null;
        },
        { html, markers: adapter.editor.map((e) => [e.id, e.selector] as [string, string]) },
      );
      expect(byMarker).toBe(engine);
    });
  }
});
