import { describe, expect, it } from 'vitest';
import { fold, foldChar, toOriginal } from '../../src/rules/text/fold.ts';

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
    // Letters from "fancy text" generators, as LinkedIn posters use them.
    ['𝐉𝐚𝐧𝐬𝐞𝐧 𝐓𝐫𝐚𝐧𝐬𝐩𝐨𝐫𝐭', 'jansen transport'], // mathematical bold
    ['𝘑𝘢𝘯𝘴𝘦𝘯 𝕁𝕒𝕟𝕤𝕖𝕟 𝓙𝓪𝓷𝓼𝓮𝓷 𝙹𝚊𝚗𝚜𝚎𝚗', 'jansen jansen jansen jansen'], // italic, double-struck, script, monospace
    ['𝟐𝟎𝟐𝟕', '2027'], // mathematical digits
    ['Ⓙⓐⓝⓢⓔⓝ ⒥⒜⒩ 🄹🄰🄽 🅙🅐🅝 🅹🅰🅽', 'jansen jan jan jan jan'], // circled, parenthesized, squared, negative
    ['ᴊᴀɴsᴇɴ ᴛʀᴀɴsᴘᴏʀᴛ', 'jansen transport'], // small capitals
    ['Jan\ufe0fsen', 'jansen'], // a variation selector inside a word
    ['Jan\u{E0041}\u{E0042}sen\u{E0100}', 'jansen'], // tag characters, variation selectors supplement
    ['🇳🇱 🚛\ufe0f', '🇳🇱 🚛'], // flags and emoji stay
  ])('%s → %s', (input, folded) => {
    expect(fold(input).text).toBe(folded);
  });

  it.each([
    ['🚛 Jansen', 'jansen'],
    ['Straße Jansen', 'jansen'],
    ['Assurantiën Jansen', 'jansen'],
    ['ß', 'ss'],
    ['🚛 𝐉𝐚𝐧𝐬𝐞𝐧 𝐓𝐫𝐚𝐧𝐬𝐩𝐨𝐫𝐭', 'jansen transport'],
    ['Jan\ufe0fsen\u{E0041}!', 'jansen'],
  ])('maps folded spans back to the original in %s', (input, needle) => {
    const f = fold(input);
    const i = f.text.indexOf(needle);
    const [s, e] = toOriginal(f, i, i + needle.length);
    expect(fold(input.slice(s, e)).text).toBe(needle);
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

describe('fold of mixed text', () => {
  // fold() copies ASCII runs whole and folds only the other characters; it must agree with
  // folding every code point on its own, map included.
  const ALPHABET = ['a', 'Z', ' ', '`', '-', '7', 'ß', 'é', 'Ё', 'ﷺ', '🚛', '\u200b', '\ud800', '’', 'İ', '\u00a0',
    '𝐉', '𝟕', '⒥', '🅙', '🇳', 'ᴊ', '\ufe0f', '\u{E0041}', '\udb40'];
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const samples = Array.from({ length: 300 }, () => Array.from({ length: Math.floor(random() * 30) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join(''));

  it('agrees with folding code point by code point', () => {
    for (const input of samples) {
      let text = '';
      const map: number[] = [];
      for (let i = 0; i < input.length; ) {
        const c = input.codePointAt(i)!;
        const width = c > 0xffff ? 2 : 1;
        const f = foldChar(input.slice(i, i + width)).toLowerCase();
        text += f;
        for (let k = 0; k < f.length; k++) map.push(i);
        i += width;
      }
      map.push(input.length);
      const got = fold(input);
      expect(got.text, JSON.stringify(input)).toBe(text);
      expect([...got.map], JSON.stringify(input)).toEqual(map);
    }
  });
});
