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
 * the most room, capped in height (the caller scrolls it inside). Never over the anchor,
 * nor over the `avoid` boxes (the caret's line, the site's Post button): where they are
 * in the way the panel goes past them, or the room it is capped to ends at them.
 */
export function placePanel(anchor: Box, width: number, height: number, view: View = { w: innerWidth, h: innerHeight }, avoid: readonly Box[] = []): PanelPlace {
  const bottom = anchor.top + anchor.height;
  const right = anchor.left + anchor.width;
  const left = clamp(anchor.left, MARGIN, Math.max(MARGIN, view.w - width - MARGIN));
  const column = (top: number, h: number): Box => ({ left, top, width, height: h });
  const blocked = (p: Box) => avoid.some((a) => overlaps(p, a));
  const inColumn = (a: Box) => a.left < left + width && left < a.left + a.width;
  // Whole-height spots below and above: just past the anchor, or just past an obstacle in the way.
  const belowTops = [bottom + GAP, ...avoid.filter((a) => a.top + a.height > bottom).map((a) => a.top + a.height + GAP)].sort((a, b) => a - b);
  for (const top of belowTops) {
    const p = column(top, height);
    if (top + height <= view.h - MARGIN && !blocked(p)) return { left, top, maxHeight: null };
  }
  const aboveBottoms = [anchor.top - GAP, ...avoid.filter((a) => a.top < anchor.top).map((a) => a.top - GAP)].sort((a, b) => b - a);
  for (const end of aboveBottoms) {
    const p = column(end - height, height);
    if (end - height >= MARGIN && !blocked(p)) return { left, top: end - height, maxHeight: null };
  }
  // Room that stays clear of the obstacles, below and above the anchor. Below, the room under an
  // obstacle (past the Post button) counts too: it is often the most there is.
  const roomFrom = (top: number) => Math.min(view.h - MARGIN, ...avoid.filter((a) => inColumn(a) && a.top >= top).map((a) => a.top - GAP)) - top;
  const belowTop = belowTops.filter((t) => !avoid.some((a) => inColumn(a) && a.top < t && t < a.top + a.height)).reduce((best, t) => (roomFrom(t) > roomFrom(best) ? t : best), bottom + GAP);
  const aboveStart = Math.max(MARGIN, ...avoid.filter((a) => inColumn(a) && a.top + a.height <= anchor.top).map((a) => a.top + a.height + GAP));
  const below = roomFrom(belowTop);
  const above = anchor.top - GAP - aboveStart;
  // Beside the anchor the whole viewport height is usable, if the width fits there.
  const full = view.h - 2 * MARGIN;
  const fitsRight = view.w - MARGIN - (right + GAP) >= width;
  const fitsLeft = anchor.left - GAP - MARGIN >= width;
  if ((fitsRight || fitsLeft) && Math.min(full, height) > Math.max(below, above)) {
    const h = Math.min(full, height);
    const top = clamp(anchor.top + anchor.height / 2 - h / 2, MARGIN, view.h - MARGIN - h);
    const sides = [...(fitsRight ? [right + GAP] : []), ...(fitsLeft ? [anchor.left - GAP - width] : [])];
    const side = sides.find((l) => !blocked({ left: l, top, width, height: h }));
    if (side !== undefined) return { left: side, top, maxHeight: h < height ? h : null };
  }
  if (below >= above) return { left, top: belowTop, maxHeight: Math.max(0, below) };
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
