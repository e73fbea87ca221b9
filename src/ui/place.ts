// Where a floating panel goes: below its anchor, above when there is no room,
// always inside the viewport.
import type { Box } from './state.ts';

export function placeBelow(anchor: Box, width: number, height: number, view = { w: innerWidth, h: innerHeight }): { left: number; top: number } {
  const margin = 8;
  let left = Math.min(Math.max(margin, anchor.left), view.w - width - margin);
  let top = anchor.top + anchor.height + 6;
  if (top + height > view.h - margin && anchor.top - height - 6 >= margin) top = anchor.top - height - 6;
  top = Math.max(margin, Math.min(top, view.h - height - margin));
  left = Math.max(margin, left);
  return { left, top };
}
