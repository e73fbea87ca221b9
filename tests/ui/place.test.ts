// Floating UI: panels never cover the span they explain; the badge never covers text.
import { describe, expect, it } from 'vitest';
import { placeBadge, placePanel } from '../../src/ui/place.ts';
import type { Box } from '../../src/ui/state.ts';

const box = ([left = 0, top = 0, width = 0, height = 0]: number[]): Box => ({ left, top, width, height });
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

type Want = { left: number; top: number; maxHeight: number | null };
const view = { w: 1000, h: 800 };
const PANELS: { name: string; anchor: number[]; size: [number, number]; view?: { w: number; h: number }; want: Want }[] = [
  { name: 'below the anchor when there is room', anchor: [100, 100, 50, 20], size: [300, 200], want: { left: 100, top: 126, maxHeight: null } },
  { name: 'above when there is no room below', anchor: [100, 700, 50, 20], size: [300, 200], want: { left: 100, top: 494, maxHeight: null } },
  { name: 'pulled left at the right edge', anchor: [950, 100, 40, 20], size: [300, 200], want: { left: 692, top: 126, maxHeight: null } },
  // The LinkedIn demo: 900×640 window, two lines of text with underlines, a card taller than either side.
  // The old code pinned it at top 232, over the second line.
  { name: 'fits neither way, more room below: capped below, text left visible', anchor: [152, 187, 550, 44], size: [340, 400], view: { w: 900, h: 640 }, want: { left: 152, top: 237, maxHeight: 395 } },
  { name: 'fits neither way, more room above: capped above the text', anchor: [152, 400, 550, 22], size: [340, 420], view: { w: 900, h: 640 }, want: { left: 152, top: 8, maxHeight: 386 } },
  { name: 'beside the span when it has more room than above or below', anchor: [40, 300, 100, 20], size: [340, 700], want: { left: 146, top: 8, maxHeight: null } },
  { name: 'beside, on the left, capped to the viewport height', anchor: [600, 390, 100, 20], size: [340, 900], want: { left: 254, top: 8, maxHeight: 784 } },
  { name: 'taller than both sides of a mid-screen span: never pinned over it', anchor: [10, 300, 40, 20], size: [300, 790], want: { left: 56, top: 8, maxHeight: 784 } },
];

// What the user is working on stays visible: the caret's line and the site's Post button.
const AVOIDING: { name: string; anchor: number[]; size: [number, number]; avoid: number[][]; view?: { w: number; h: number }; want: Want }[] = [
  { name: 'past the caret line below the underline', anchor: [100, 100, 80, 20], size: [300, 200], avoid: [[90, 122, 500, 20]], want: { left: 100, top: 148, maxHeight: null } },
  { name: 'past the Post button right under the text', anchor: [100, 100, 80, 20], size: [300, 200], avoid: [[300, 130, 80, 32]], want: { left: 100, top: 168, maxHeight: null } },
  { name: 'above when the Post button leaves no room below it', anchor: [100, 400, 80, 20], size: [300, 200], avoid: [[300, 430, 80, 32]], view: { w: 1000, h: 640 }, want: { left: 100, top: 194, maxHeight: null } },
  { name: 'a box beside the column does not move it', anchor: [100, 100, 80, 20], size: [300, 200], avoid: [[600, 126, 80, 32]], want: { left: 100, top: 126, maxHeight: null } },
  // Facebook's dialog: the text, the Post button 150 px lower, no room above: the card stops short of the button.
  // The X demo (900×640): text at 115–155, Post button at 195–222 in the card's column, a 450 px card.
  // Before: capped to 101 px above the text; the room past the button is four times that.
  { name: 'capped past the Post button when that is where the room is', anchor: [139, 115, 630, 40], size: [340, 450], avoid: [[275, 195, 56, 27]], view: { w: 900, h: 640 }, want: { left: 139, top: 228, maxHeight: 404 } },
  { name: 'capped to end before the Post button when nothing fits whole', anchor: [100, 20, 300, 20], size: [340, 400], avoid: [[100, 196, 340, 36]], view: { w: 500, h: 300 }, want: { left: 100, top: 46, maxHeight: 144 } },
];

describe('placePanel keeps the caret line and the Post button in view', () => {
  for (const c of AVOIDING) {
    it(c.name, () => {
      const anchor = box(c.anchor);
      const avoid = c.avoid.map(box);
      const got = placePanel(anchor, c.size[0], c.size[1], c.view ?? view, avoid);
      expect(got).toEqual(c.want);
      const panel = { left: got.left, top: got.top, width: c.size[0], height: got.maxHeight ?? c.size[1] };
      for (const a of [anchor, ...avoid]) expect(overlaps(panel, a)).toBe(false);
    });
  }
});

describe('placePanel', () => {
  for (const c of PANELS) {
    it(c.name, () => {
      const anchor = box(c.anchor);
      const got = placePanel(anchor, c.size[0], c.size[1], c.view ?? view);
      expect(got).toEqual(c.want);
      const panel = { left: got.left, top: got.top, width: c.size[0], height: got.maxHeight ?? c.size[1] };
      expect(overlaps(panel, anchor)).toBe(false);
    });
  }
});

const badge = { w: 44, h: 24 };
const BADGES: { name: string; editor: number[]; text: number[][]; busy?: number[][]; view?: { w: number; h: number }; want: { left: number; top: number } }[] = [
  // X: editor 130..770, text runs to its right padding on line 1.
  { name: 'beside the right edge when there is room', editor: [130, 106, 640, 78], text: [[139, 115, 570, 20], [139, 136, 434, 20]], want: { left: 774, top: 160 } },
  { name: 'below the bottom-right corner when the right side is full', editor: [100, 100, 890, 80], text: [[110, 110, 860, 20]], want: { left: 946, top: 184 } },
  // A textarea with the site's Post button right after it: that spot is taken.
  { name: 'below when page content sits beside the editor', editor: [8, 8, 400, 120], text: [[10, 10, 150, 18]], busy: [[410, 100, 50, 30]], want: { left: 364, top: 132 } },
  { name: 'inside the padding when page content sits beside and below', editor: [8, 8, 400, 120], text: [[10, 10, 150, 18]], busy: [[410, 100, 50, 30], [8, 130, 400, 40]], want: { left: 360, top: 100 } },
  { name: 'inside the bottom-right padding when no room outside', editor: [0, 0, 1000, 800], text: [[10, 10, 700, 20]], want: { left: 952, top: 772 } },
  { name: 'top-right padding when text reaches the bottom-right corner', editor: [0, 0, 1000, 800], text: [[10, 60, 980, 730]], want: { left: 952, top: 4 } },
  { name: 'bottom-left padding when the right side is full of text', editor: [0, 0, 1000, 800], text: [[500, 0, 500, 800]], want: { left: 4, top: 772 } },
];

describe('placeBadge', () => {
  for (const c of BADGES) {
    it(c.name, () => {
      const text = c.text.map(box);
      const busy = (c.busy ?? []).map(box);
      const got = placeBadge(box(c.editor), badge, () => text, (spot) => !busy.some((b) => overlaps(spot, b)), c.view ?? view);
      expect(got).toEqual(c.want);
      for (const r of text) expect(overlaps({ ...got, width: badge.w, height: badge.h }, r)).toBe(false);
    });
  }
  it('does not measure the text when the badge sits outside', () => {
    let asked = 0;
    placeBadge(box([100, 100, 300, 80]), badge, () => (asked++, []), () => true, view);
    expect(asked).toBe(0);
  });
});
