import { describe, expect, it } from 'vitest';
import { fold, toOriginal } from '../../src/rules/text/fold.ts';

describe('fold', () => {
  it.each([
    ['Jansen Transport', 'jansen transport'],
    ['Brouwerij ’t Haantje', "brouwerij 't haantje"],
    ['Assurantiën', 'assurantien'],
    ['Straße', 'strasse'],
    ['kаnker', 'kanker'], // Cyrillic а
    ['ＮＤＡ', 'nda'], // full-width
    ['e\u0301te\u0301', 'ete'], // combining accents
    ['zero\u200bwidth', 'zerowidth'],
  ])('%s → %s', (input, folded) => {
    expect(fold(input).text).toBe(folded);
  });

  it.each([
    ['🚛 Jansen', 'jansen'],
    ['Straße Jansen', 'jansen'],
    ['Assurantiën Jansen', 'jansen'],
    ['ß', 'ss'],
  ])('maps folded spans back to the original in %s', (input, needle) => {
    const f = fold(input);
    const i = f.text.indexOf(needle);
    const [s, e] = toOriginal(f, i, i + needle.length);
    expect(input.slice(s, e).toLowerCase().replace('ß', 'ss')).toBe(needle);
  });
});
