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

describe('fold map', () => {
  it.each([
    ['ﷺ\ud800,VDP'], // one char folds to 18, then a lone surrogate, then ASCII
    ['ß'.repeat(40) + 'abc'],
    ['\ud83d'], // lone high surrogate at the end
    ['a\udc00b'], // lone low surrogate
  ])('has one entry per folded char plus the end for %j', (input) => {
    const f = fold(input);
    expect(f.map.length).toBe(f.text.length + 1);
    expect(f.map[f.text.length]).toBe(input.length);
    for (let i = 1; i < f.map.length; i++) expect(f.map[i]!).toBeGreaterThanOrEqual(f.map[i - 1]!);
  });
});
