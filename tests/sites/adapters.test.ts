// Site adapters are data: every selector is dated, valid CSS, and every
// adapter's hosts are covered by the content script's match patterns.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SITE_ADAPTERS, adapterFor } from '../../src/sites/index.ts';
import { HOST_MATCHES } from '../../src/sites/matches.ts';
import { openDomPage, type DomPage } from './browser.ts';

// A real browser on a busy CI machine: give each test room (the assertions stay exact).
vi.setConfig({ testTimeout: 30_000 });

const selectorsOf = (a: (typeof SITE_ADAPTERS)[number]) => Object.values(a.selectors).flat() as string[];

describe('site adapters', () => {
  for (const a of SITE_ADAPTERS) {
    it(`${a.id}: has composers, a submit, engines`, () => {
      expect(a.selectors.composer.length).toBeGreaterThan(0);
      expect(a.selectors.submit.length + (a.submitLabels?.length ?? 0)).toBeGreaterThan(0);
      expect(a.editor.length).toBeGreaterThan(0);
    });

    it(`${a.id}: every selector carries the date it was seen`, () => {
      const source = readFileSync(new URL(`../../src/sites/${a.id === 'x' ? 'x' : a.id}.ts`, import.meta.url), 'utf8');
      for (const sel of selectorsOf(a)) {
        const quoted = `'${sel}'`;
        const at = source.indexOf(quoted);
        expect(at, sel).toBeGreaterThan(-1);
        expect(source.slice(Math.max(0, at - 20), at), sel).toMatch(/\/\* \d{4}-\d{2}(-\d{2})? \*\/\s*$/);
      }
    });

    it(`${a.id}: the content script runs on every host it serves`, () => {
      const covered = a.matches.filter((h) => HOST_MATCHES.includes(`https://${h}/*`));
      expect(covered.length).toBeGreaterThan(0);
      for (const h of covered) expect(adapterFor(h)).toBe(a);
    });
  }

  it('unknown hosts get no adapter', () => {
    for (const h of ['example.com', 'linkedin.com.evil.test', 'facebook.com']) expect(adapterFor(h)).toBeUndefined();
  });
});

describe('selectors in a real browser', () => {
  let dom: DomPage;
  beforeAll(async () => {
    dom = await openDomPage('./dom-entry.ts');
  }, 60_000);
  afterAll(async () => dom?.close());

  it('are valid CSS', async () => {
    const all = SITE_ADAPTERS.flatMap(selectorsOf);
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
          const el = t.content.querySelector('[contenteditable]')!;
          return markers.find(([, m]) => el.matches(m))?.[0] ?? null;
        },
        { html, markers: adapter.editor.map((e) => [e.id, e.selector] as [string, string]) },
      );
      expect(byMarker).toBe(engine);
    });
  }
});
