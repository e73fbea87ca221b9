// The toolbar and store icons rendered by scripts/icons.ts from assets/icon.svg:
// every size the manifest names exists in both variants, is a PNG of exactly that
// size with transparency, and the two variants differ.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_VARIANTS, iconPath } from '../../src/icons.ts';

const file = (variant: (typeof ICON_VARIANTS)[number], size: number) => readFileSync(new URL(`../../public/${iconPath(variant, size)}`, import.meta.url));

describe('icons', () => {
  for (const variant of ICON_VARIANTS) {
    for (const size of ICON_SIZES) {
      it(`${variant} ${size}×${size}`, () => {
        const png = file(variant, size);
        expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
        // Colour type 6: RGBA, so the icon sits on any toolbar colour.
        expect(png[25]).toBe(6);
      });
    }
  }
  it('has a light and a dark variant that differ', () => {
    for (const size of ICON_SIZES) expect(file('light', size).equals(file('dark', size))).toBe(false);
  });
});
