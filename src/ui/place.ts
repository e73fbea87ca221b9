// Where floating UI goes. Panels never cover the span they explain; the badge never
// covers the editor's text. Pure functions over viewport boxes, so tables can test them.
import type { Box } from './state.ts';

export interface View {
  w: number;
  h: number;
}
export interface PanelPlace {
  left: number;
  top: number;
  /** Set when the panel does not fit whole: it scrolls inside this height. */
  maxHeight: number | null;
}

const MARGIN = 8; // from the viewport edges
const GAP = 6; // between anchor and panel

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/**
 * Below the anchor if the panel fits, else above it if it fits, else on the side with
 * the most room, capped in height (the caller scrolls it inside). Never over the anchor.
 */
export function placePanel(anchor: Box, width: number, height: number, view: View = { w: innerWidth, h: innerHeight }): PanelPlace {
  const bottom = anchor.top + anchor.height;
  const right = anchor.left + anchor.width;
  const left = clamp(anchor.left, MARGIN, Math.max(MARGIN, view.w - width - MARGIN));
  const below = view.h - MARGIN - (bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  if (height <= below) return { left, top: bottom + GAP, maxHeight: null };
  if (height <= above) return { left, top: anchor.top - GAP - height, maxHeight: null };
  // Beside the anchor the whole viewport height is usable, if the width fits there.
  const full = view.h - 2 * MARGIN;
  const fitsRight = view.w - MARGIN - (right + GAP) >= width;
  const fitsLeft = anchor.left - GAP - MARGIN >= width;
  if ((fitsRight || fitsLeft) && Math.min(full, height) > Math.max(below, above)) {
    const h = Math.min(full, height);
    const top = clamp(anchor.top + anchor.height / 2 - h / 2, MARGIN, view.h - MARGIN - h);
    return { left: fitsRight ? right + GAP : anchor.left - GAP - width, top, maxHeight: h < height ? h : null };
  }
  if (below >= above) return { left, top: bottom + GAP, maxHeight: Math.max(0, below) };
  const h = Math.max(0, above);
  return { left, top: anchor.top - GAP - h, maxHeight: h };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * The count badge: beside the editor's right edge, else just below its bottom-right
 * corner, else inside a corner whose padding holds no text. Outside spots must be
 * `free` (no page content such as the site's Post button there). `text` gives the
 * client rects of the editor's text (asked only when needed: it walks the text).
 */
export function placeBadge(
  editor: Box,
  size: { w: number; h: number },
  text: () => Box[],
  free: (spot: Box) => boolean = () => true,
  view: View = { w: innerWidth, h: innerHeight },
): { left: number; top: number } {
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  const inView = (p: Box) => p.left >= 0 && p.top >= 0 && p.left + p.width <= view.w && p.top + p.height <= view.h;
  const outside: Box[] = [
    { left: right + 4, top: bottom - size.h, width: size.w, height: size.h },
    { left: right - size.w, top: bottom + 4, width: size.w, height: size.h },
  ];
  for (const p of outside) if (inView(p) && free(p)) return { left: p.left, top: p.top };
  const rects = text();
  const inset = 4;
  const corners: Box[] = [
    { left: right - size.w - inset, top: bottom - size.h - inset, width: size.w, height: size.h },
    { left: right - size.w - inset, top: editor.top + inset, width: size.w, height: size.h },
    { left: editor.left + inset, top: bottom - size.h - inset, width: size.w, height: size.h },
  ];
  for (const p of corners) if (!rects.some((r) => overlaps(p, r))) return { left: p.left, top: p.top };
  // Text fills every corner: below the editor, pulled in sideways only, so it stays off the text.
  return { left: clamp(right - size.w, 0, Math.max(0, view.w - size.w)), top: bottom + 4 };
}
