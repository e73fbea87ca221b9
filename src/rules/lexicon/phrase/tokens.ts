// The words of a post as phrase patterns see them: the skeleton's words (folded,
// disguises undone, links/addresses/handles left out), with what patterns ask of
// the text around a word (a sentence break before it, a capital, a hashtag), each
// computed on first use.
import type { Skeleton } from '../skeleton.ts';
import { hashRange } from './word-hash.ts';

export interface PhraseTokens {
  readonly count: number;
  /** The original post. */
  readonly text: string;
  word(i: number): string;
  /** Char code k of word i (NaN past its end) and its length, without making a string. */
  wordCode(i: number, k: number): number;
  wordLength(i: number): number;
  /** The raw word table for the hot loop of phrase search: word i is chars[ws[i], we[i]). */
  readonly chars: string;
  readonly ws: Int32Array;
  readonly we: Int32Array;
  /** Hash of every word (word-hash.ts), made on first use and shared by every phrase set. */
  hashes(): Int32Array;
  startsWith(i: number, prefix: string): boolean;
  /** Written as a hashtag ("#ad"). */
  tagged(i: number): boolean;
  /** Only spaces, apostrophes or hyphens before word i. */
  joined(i: number): boolean;
  /** A sentence ends between word i - 1 and word i (always true for the first word). */
  breakBefore(i: number): boolean;
  /** Written with a capital first letter. */
  cap(i: number): boolean;
  /** Original offsets of word i. */
  start(i: number): number;
  end(i: number): number;
  /** A sentence ends somewhere in the original text [a, b) (used around list entries). */
  breakIn(a: number, b: number): boolean;
  /** Index of the sentence word i is in (sentences numbered from 0). */
  sentence(i: number): number;
  /** First word at or after original offset `o` (count when none). */
  at(o: number): number;
}

/** Words after which a full stop ends an abbreviation, not a sentence. */
const ABBREVIATIONS = new Set(
  'bv nv vof bijv dhr mevr mr mrs ms dr drs ir ing prof nr st ca vs etc jr sr inc ltd co no oa eg ie resp evt incl excl mln mld min max tel'.split(' '),
);

export function phraseTokens(sk: Skeleton, text: string): PhraseTokens {
  const n = sk.count;
  const sktext = sk.folded.text;
  const src = sk.source.text;
  const words: (string | undefined)[] = new Array(n);
  const breaks = new Int8Array(n).fill(-1);
  let sentences: Int32Array | undefined;
  let hashes: Int32Array | undefined;
  const start = (i: number) => sk.folded.map[sk.ts[i]!]!;

  const isBreak = (i: number): boolean =>
    i === 0 || breakChars(src, sk.fb[i - 1]!, sk.fa[i]!, () => sk.te[i - 1]! - sk.ts[i - 1]! === 1 || ABBREVIATIONS.has(word(i - 1)));

  function word(i: number): string {
    return (words[i] ??= sktext.slice(sk.ts[i]!, sk.te[i]!));
  }

  return {
    count: n,
    text,
    chars: sktext,
    ws: sk.ts,
    we: sk.te,
    word,
    hashes() {
      if (!hashes) {
        hashes = new Int32Array(n);
        for (let i = 0; i < n; i++) hashes[i] = hashRange(sktext, sk.ts[i]!, sk.te[i]!);
      }
      return hashes;
    },
    wordCode: (i, k) => (sk.ts[i]! + k < sk.te[i]! ? sktext.charCodeAt(sk.ts[i]! + k) : NaN),
    wordLength: (i) => sk.te[i]! - sk.ts[i]!,
    startsWith: (i, p) => sk.te[i]! - sk.ts[i]! >= p.length && sktext.startsWith(p, sk.ts[i]!),
    tagged: (i) => src.charCodeAt(sk.fa[i]! - 1) === 35,
    joined: (i) => sk.joined(i),
    breakBefore(i) {
      let b = breaks[i]!;
      if (b < 0) breaks[i] = b = isBreak(i) ? 1 : 0;
      return b === 1;
    },
    cap(i) {
      const ch = text[start(i)] ?? '';
      return ch !== ch.toLowerCase();
    },
    start,
    end(i) {
      // Just after the source character of the word's last skeleton character.
      const endIdx = sk.te[i]!;
      const last = sk.folded.map[endIdx - 1]!;
      let j = endIdx;
      while (j < sktext.length && sk.folded.map[j] === last) j++;
      return sk.folded.map[j]!;
    },
    breakIn(a, b) {
      // The original text, lowercased for the abbreviation check.
      return breakChars(text, a, b, () => {
        const m = /(?:^|[^\p{L}])(\p{L}+)$/u.exec(text.slice(Math.max(0, a - 6), a));
        return !!m && (m[1]!.length === 1 || ABBREVIATIONS.has(m[1]!.toLowerCase()));
      });
    },
    sentence(i) {
      if (!sentences) {
        sentences = new Int32Array(n);
        let s = -1;
        for (let k = 0; k < n; k++) sentences[k] = this.breakBefore(k) ? ++s : s;
      }
      return sentences[i]!;
    },
    at(o) {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (start(mid) < o) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/**
 * Whether text[from, to) ends a sentence: a newline, "!", "?", a full stop (not one right
 * after an abbreviation, `abbreviated()`, nor part of "..."), or an emoji.
 */
function breakChars(t: string, from: number, to: number, abbreviated: () => boolean): boolean {
  for (let p = from; p < to; p++) {
    const c = t.charCodeAt(p);
    if (c === 10 || c === 33 || c === 63) return true; // newline ! ?
    if (c === 46) {
      // "B.V. Morgen", "bijv. de": a full stop right after an abbreviation continues the sentence.
      if (p === from && abbreviated()) continue;
      if (t.charCodeAt(p + 1) === 46 || (p > from && t.charCodeAt(p - 1) === 46)) continue; // "..." trails off
      return true;
    }
    // Emoji and pictographs end a line of thought in posts ("Nieuwe baan 🎉 Vandaag …").
    if ((c >= 0xd800 && c <= 0xdbff) || (c >= 0x2190 && c <= 0x2bff) || c === 0x2022) return true;
  }
  return false;
}
