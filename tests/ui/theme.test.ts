// Contrast of what the extension draws in the page: every text pair of both palettes
// at WCAG AA (4.5:1), every underline colour at 3:1 on the sites' light and dark
// backgrounds; and the contrast arithmetic itself.
import { describe, expect, it } from 'vitest';
import { contrast, isDark, parseColor } from '../../src/ui/a11y/contrast.ts';
import { PALETTES, SITE_BACKGROUNDS, TEXT_PAIRS, UNDERLINES, themeCss } from '../../src/ui/theme.ts';

describe('contrast arithmetic', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
    // Translucent black over white is grey.
    expect(contrast('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#ffffff'), 1);
  });
  it('parses what getComputedStyle returns and tells dark from light', () => {
    expect(parseColor('rgba(21, 32, 43, 0.5)')).toEqual([21, 32, 43, 0.5]);
    expect(parseColor('rgb(21 32 43 / 50%)')).toEqual([21, 32, 43, 0.5]);
    expect(parseColor('transparent')).toEqual([0, 0, 0, 0]);
    expect(parseColor('red')).toBeNull();
    expect(isDark(parseColor('#15202b')!)).toBe(true);
    expect(isDark(parseColor('#f4f2ee')!)).toBe(false);
  });
});

describe('palettes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [fg, bg] of TEXT_PAIRS) {
      it(`${scheme}: ${fg} on ${bg} ≥ 4.5:1`, () => {
        const p = PALETTES[scheme];
        expect(contrast(p[fg], p[bg])).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
  for (const [sev, colour] of Object.entries(UNDERLINES)) {
    for (const [site, bg] of Object.entries(SITE_BACKGROUNDS)) {
      it(`${sev} underline on ${site} ≥ 3:1`, () => expect(contrast(colour, bg)).toBeGreaterThanOrEqual(3));
    }
  }
  it('the dark palette is dark and the light one light', () => {
    expect(isDark(parseColor(PALETTES.dark.bg)!)).toBe(true);
    expect(isDark(parseColor(PALETTES.light.bg)!)).toBe(false);
    expect(themeCss()).toContain('--tt-tag-block-bg: #ff9b92;');
  });
});
