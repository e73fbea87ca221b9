// Underlines without touching the editor and without telling the page: positioned boxes
// from the ranges' client rects, drawn in our closed shadow root. (The Custom Highlight
// API is not used: its registry, CSS.highlights, is one per document and page scripts can
// read every range in it, which told them which of their words the company's lists hold.)
//
// Inside the root, per composer with underlines, a clip box `[data-tt="marks"]` holding one
// `[data-tt="mark"]` per underlined range, with data-severity and data-start/data-end
// (UTF-16 offsets in the composer's text), its children the boxes per line. Tests read them
// through the DevTools protocol, which sees closed roots (tests/e2e/CONTRACT.md).
import type { Severity } from '../rules/index.ts';
import { clipBox, composedOrder } from './clip.ts';

export interface Mark {
  /** A live range in the editor… */
  range?: Range;
  /** …or, where there is none (textarea), boxes measured on demand. */
  rects?: () => DOMRect[];
  severity: Severity;
  /** Offsets of the underlined text in the composer's text. */
  start: number;
  end: number;
}

export const markRects = (m: Mark): DOMRect[] => (m.range ? [...m.range.getClientRects()] : (m.rects?.() ?? []));

export interface Painter {
  /** Replace the marks of one composer (its editable root). */
  set(composer: number, root: HTMLElement, marks: readonly Mark[]): void;
  /** Recompute box positions (after scrolling, resizing, layout changes). */
  reposition(): void;
}

interface Group {
  root: HTMLElement;
  marks: readonly Mark[];
  el: HTMLElement;
  /** Ancestors that clip the composer's content (overflow other than visible). */
  clippers: Element[];
}

/** `composers`: every composer being watched, so each group can say which one it belongs to. */
export function createPainter(doc: Document, overlay: HTMLElement, composers: () => Iterable<HTMLElement>): Painter {
  const groups = new Map<number, Group>();

  const draw = (g: Group) => {
    const clip = clipBox(g.root, g.clippers);
    // Moved with transforms, not left/top: those would show up as layout shifts, which page
    // scripts can observe (PerformanceObserver 'layout-shift') even from a closed root.
    g.el.style.cssText = `transform:translate(${clip.left}px,${clip.top}px);width:${clip.width}px;height:${clip.height}px`;
    const markEls = g.el.children;
    for (let i = 0; i < g.marks.length; i++) {
      const m = g.marks[i]!;
      const el = (markEls[i] as HTMLElement | undefined) ?? g.el.appendChild(doc.createElement('div'));
      el.dataset.tt = 'mark';
      el.dataset.severity = m.severity;
      el.dataset.start = String(m.start);
      el.dataset.end = String(m.end);
      // Outside the viewport or the composer's scrollport nothing is drawn, so nothing is measured.
      const rects = clip.width > 0 && clip.height > 0 ? distinct(markRects(m)) : [];
      const boxes = el.children;
      for (let j = 0; j < rects.length; j++) {
        const r = rects[j]!;
        const box = (boxes[j] as HTMLElement | undefined) ?? el.appendChild(doc.createElement('div'));
        box.className = `box ${m.severity}`;
        box.style.cssText = `transform:translate(${r.left - clip.left}px,${r.top - clip.top}px);width:${r.width}px;height:${r.height}px`;
      }
      while (boxes.length > rects.length) boxes[boxes.length - 1]!.remove();
    }
    while (markEls.length > g.marks.length) markEls[markEls.length - 1]!.remove();
  };

  // Each group carries its composer's index among the watched ones in document order, so a
  // reader of the offsets knows whose text they index.
  const renumber = () => {
    const order = [...composers()].filter((r) => r.isConnected).sort(composedOrder);
    for (const g of groups.values()) {
      const index = String(order.indexOf(g.root));
      if (g.el.dataset.composer !== index) g.el.dataset.composer = index;
    }
  };

  return {
    set(composer, root, marks) {
      let g = groups.get(composer);
      if (!marks.length) {
        if (!g) return;
        g.el.remove();
        groups.delete(composer);
        return;
      }
      if (!g) {
        const el = doc.createElement('div');
        el.className = 'marks';
        el.dataset.tt = 'marks';
        g = { root, marks, el, clippers: clippingAncestors(root) };
        groups.set(composer, g);
        overlay.appendChild(el);
      }
      g.marks = marks;
      renumber();
      draw(g);
    },
    reposition() {
      for (const g of groups.values()) draw(g);
    },
  };
}

/** The rects worth a box: not empty, each once (a range over a whole inline element lists its box and its text's). */
function distinct(rects: DOMRect[]): DOMRect[] {
  const seen = new Set<string>();
  return rects.filter((r) => {
    const key = `${r.left},${r.top},${r.width},${r.height}`;
    if (r.width < 1 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Elements above `el` (through shadow roots) whose overflow clips it. */
function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = el.parentNode ?? null; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (!(n instanceof Element) || n === el.ownerDocument.documentElement) continue;
    const s = getComputedStyle(n);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(n);
  }
  return out;
}
