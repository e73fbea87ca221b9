// Where a composer and its text are on screen, for placing the badge, the card and the guard.
import type { Session } from './session.ts';
import type { Box } from './state.ts';

export const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};

export const union = (boxes: readonly Box[]): Box => {
  const left = Math.min(...boxes.map((r) => r.left));
  const top = Math.min(...boxes.map((r) => r.top));
  const right = Math.max(...boxes.map((r) => r.left + r.width));
  const bottom = Math.max(...boxes.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
};

/** Client rects of a composer's text (a textarea has no DOM text: its engine measures). */
export function textRects(s: Session, scratch: HTMLElement): Box[] {
  let rects: DOMRect[];
  if (s.engine.rectsFor) rects = s.engine.rectsFor(s.root, 0, s.snapshot?.text.length ?? 0, scratch);
  else {
    // Text nodes one by one: a range over the root would also give the block elements' boxes.
    const doc = s.root.ownerDocument;
    const range = doc.createRange();
    const walk = doc.createTreeWalker(s.root, NodeFilter.SHOW_TEXT);
    rects = [];
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      range.selectNodeContents(n);
      rects.push(...range.getClientRects());
    }
  }
  return rects.filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
}

/** The smallest box around the text, or the composer's box when it is empty. */
export function textBox(s: Session, scratch: HTMLElement): Box {
  const rects = textRects(s, scratch);
  return rects.length ? union(rects) : boxOf(s.root);
}

/** Only the composer's own containers (page background) under the spot: the badge may sit there. */
export function freeSpot(s: Session, spot: Box, hostTag: string): boolean {
  const doc = s.root.ownerDocument;
  const { left, top, width, height } = spot;
  const points = [
    [left + 1, top + 1],
    [left + width - 1, top + 1],
    [left + 1, top + height - 1],
    [left + width - 1, top + height - 1],
    [left + width / 2, top + height / 2],
  ];
  return points.every(([x, y]) => {
    // Our own UI (the badge itself) is skipped: its host element is in the page.
    const el = doc.elementsFromPoint(x!, y!).find((e) => e.localName !== hostTag);
    return !el || el.contains(s.root);
  });
}
