// Floating panels stay inside the viewport.
import { describe, expect, it } from 'vitest';
import { placeBelow } from '../../src/ui/place.ts';

const view = { w: 1000, h: 800 };
const CASES: { name: string; anchor: [number, number, number, number]; size: [number, number]; want: { left: number; top: number } }[] = [
  { name: 'below the anchor when there is room', anchor: [100, 100, 50, 20], size: [300, 200], want: { left: 100, top: 126 } },
  { name: 'above when there is no room below', anchor: [100, 700, 50, 20], size: [300, 200], want: { left: 100, top: 494 } },
  { name: 'pulled left at the right edge', anchor: [950, 100, 40, 20], size: [300, 200], want: { left: 692, top: 126 } },
  { name: 'pinned inside when taller than both sides', anchor: [10, 300, 40, 20], size: [300, 790], want: { left: 10, top: 8 } },
];

describe('placeBelow', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const [left, top, width, height] = c.anchor;
      expect(placeBelow({ left, top, width, height }, c.size[0], c.size[1], view)).toEqual(c.want);
    });
  }
});
