// Reading each engine's DOM as the text the user sees, and mapping offsets
// back to DOM ranges. Markup as each editor renders it (captured from the
// real packages in tests/e2e/fixtures and the live sites' public DOM).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDomPage, type DomPage } from './browser.ts';

// A real browser on a busy CI machine: give each test room (the assertions stay exact).
vi.setConfig({ testTimeout: 30_000 });

type Engine = 'draft' | 'lexical' | 'quill' | 'prosemirror';
interface Case {
  name: string;
  engine: Engine;
  html: string;
  text: string;
}

const draftBlock = (key: string, text: string) =>
  text
    ? `<div data-block="true" data-editor="e" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="${key}-0-0"><span data-text="true">${text}</span></span></div></div>`
    : `<div data-block="true" data-editor="e" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="${key}-0-0"><br data-text="true"></span></div></div>`;
const draftRoot = (blocks: string) => `<div class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true">${blocks}</div></div>`;
const lexRoot = (inner: string) => `<div data-lexical-editor="true" contenteditable="true" role="textbox">${inner}</div>`;
const lexP = (inner: string) => `<p dir="ltr">${inner}</p>`;
const lexT = (t: string) => `<span data-lexical-text="true">${t}</span>`;
const quillRoot = (inner: string) => `<div class="ql-editor" contenteditable="true" role="textbox">${inner}</div>`;
const pmRoot = (inner: string) => `<div class="tiptap ProseMirror" contenteditable="true">${inner}</div>`;

const CASES: Case[] = [
  { name: 'draft: one block', engine: 'draft', html: draftRoot(draftBlock('a', 'Hallo Jansen')), text: 'Hallo Jansen' },
  { name: 'draft: blocks with an empty line between', engine: 'draft', html: draftRoot(draftBlock('a', 'Eerste') + draftBlock('b', '') + draftBlock('c', 'Derde regel')), text: 'Eerste\n\nDerde regel' },
  { name: 'draft: leading empty block', engine: 'draft', html: draftRoot(draftBlock('a', '') + draftBlock('b', 'Tekst')), text: '\nTekst' },
  {
    name: 'draft: styled ranges in one block',
    engine: 'draft',
    html: draftRoot(`<div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-text="true">Bij </span></span><span data-offset-key="a-0-1" style="font-weight:bold"><span data-text="true">Jansen Transport</span></span><span data-offset-key="a-0-2"><span data-text="true"> vandaag</span></span></div></div>`),
    text: 'Bij Jansen Transport vandaag',
  },
  { name: 'lexical: paragraphs', engine: 'lexical', html: lexRoot(lexP(lexT('Een')) + lexP(lexT('Twee'))), text: 'Een\nTwee' },
  { name: 'lexical: empty paragraph keeps its line', engine: 'lexical', html: lexRoot(lexP(lexT('Een')) + '<p><br></p>' + lexP(lexT('Drie'))), text: 'Een\n\nDrie' },
  { name: 'lexical: line break inside a paragraph', engine: 'lexical', html: lexRoot(lexP(lexT('Een') + '<br>' + lexT('Twee'))), text: 'Een\nTwee' },
  { name: 'lexical: trailing line break has a placeholder <br>', engine: 'lexical', html: lexRoot(lexP(lexT('Een') + '<br><br>') + lexP(lexT('Drie'))), text: 'Een\n\nDrie' },
  { name: 'lexical: mention and hashtag spans', engine: 'lexical', html: lexRoot(lexP(lexT('Met ') + '<span data-lexical-text="true" class="mention">Anna de Vries</span>' + lexT(' en ') + '<span data-lexical-text="true">#werk</span>')), text: 'Met Anna de Vries en #werk' },
  { name: 'quill: lines', engine: 'quill', html: quillRoot('<p>Een</p><p><br></p><p>Drie <strong>vet</strong></p>'), text: 'Een\n\nDrie vet' },
  { name: 'quill: cursor blot and list UI are not text', engine: 'quill', html: quillRoot('<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>Punt<span class="ql-cursor">\uFEFF</span> een</li><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>Punt twee</li></ol><p>Slot</p>'), text: 'Punt een\nPunt twee\nSlot' },
  { name: 'quill: empty editor', engine: 'quill', html: quillRoot('<p><br></p>'), text: '' },
  { name: 'prosemirror: hard break and trailing break', engine: 'prosemirror', html: pmRoot('<p>Een<br>Twee</p><p><br class="ProseMirror-trailingBreak"></p><p>Vier</p>'), text: 'Een\nTwee\n\nVier' },
  { name: 'prosemirror: separator image is not text', engine: 'prosemirror', html: pmRoot('<p>Hoi <span class="mention">@anna</span><img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p>'), text: 'Hoi @anna' },
];

let dom: DomPage;
beforeAll(async () => {
  dom = await openDomPage('./dom-entry.ts');
}, 60_000);
afterAll(async () => dom?.close());

async function load(c: Case) {
  await dom.page.evaluate((html) => {
    document.getElementById('host')!.innerHTML = html;
  }, c.html);
}

describe('reading editor text', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      await load(c);
      const text = await dom.page.evaluate((engine) => {
        const tt = (window as any).tt;
        const root = document.querySelector(tt[engine].selector) as HTMLElement;
        return tt[engine].read(root).text;
      }, c.engine);
      expect(text).toBe(c.text);
    });
  }
});

describe('offsets back to DOM ranges', () => {
  for (const c of CASES.filter((x) => x.text.length > 0)) {
    it(`${c.name}: every word maps to a range with the same text`, async () => {
      await load(c);
      const words = [...c.text.matchAll(/[^\s]+( [^\s]+)?/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
      const got = await dom.page.evaluate(
        ({ engine, spans }) => {
          const tt = (window as any).tt;
          const root = document.querySelector(tt[engine].selector) as HTMLElement;
          const snap = tt[engine].read(root);
          return spans.map(([s, e]: readonly [number, number]) => tt[engine].rangeFor(root, snap, s, e)?.toString() ?? null);
        },
        { engine: c.engine, spans: words },
      );
      // A skipped zero-width cursor blot may sit inside a range; it is not part of the text.
      expect(got.map((g: string | null) => g?.replace(/\uFEFF/g, ''))).toEqual(words.map(([s, e]) => c.text.slice(s, e)));
    });
  }

  it('a span across a block boundary covers both blocks', async () => {
    const c = CASES.find((x) => x.name === 'lexical: paragraphs')!;
    await load(c);
    const got = await dom.page.evaluate(() => {
      const tt = (window as any).tt;
      const root = document.querySelector(tt.lexical.selector) as HTMLElement;
      const range = tt.lexical.rangeFor(root, tt.lexical.read(root), 1, 6) as Range;
      return [range.startContainer.textContent, range.startOffset, range.endContainer.textContent, range.endOffset];
    });
    expect(got).toEqual(['Een', 1, 'Twee', 2]);
  });

  it('a stale map gives no range instead of a wrong one', async () => {
    await load(CASES[0]!);
    const got = await dom.page.evaluate(() => {
      const tt = (window as any).tt;
      const root = document.querySelector(tt.draft.selector) as HTMLElement;
      const snap = tt.draft.read(root);
      root.querySelector('[data-text]')!.replaceChildren(document.createTextNode('Hallo Jansen'));
      return tt.draft.rangeFor(root, snap, 0, 5);
    });
    expect(got).toBeNull();
  });
});

describe('textarea', () => {
  it('reads the value and replaces with the browser undo stack intact', async () => {
    await dom.page.evaluate(() => {
      document.getElementById('host')!.innerHTML = '<textarea>Bij Jansen Transport</textarea>';
    });
    const got = await dom.page.evaluate(async () => {
      const tt = (window as any).tt;
      const area = document.querySelector('textarea')!;
      const before = tt.textarea.read(area).text;
      await tt.textarea.replace(area, 4, 20, 'een klant');
      const after = area.value;
      document.execCommand('undo');
      return [before, after, area.value];
    });
    expect(got).toEqual(['Bij Jansen Transport', 'Bij een klant', 'Bij Jansen Transport']);
  });
});
