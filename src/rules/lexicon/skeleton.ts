// The insult detectors' view of a post: the folded text (fold.ts) with the usual
// disguises undone, so one pass of the shared term matcher (text/terms.ts) finds
// "kl00tzak", "k l o o t z a k", "IDIOOOOOT", "f***ing" and "k*t-marokkanen" like
// the plain words. Word boundaries stay where they were, and every character
// keeps a map back to the ORIGINAL text so findings underline what was typed.
import type { FoldedText } from '../text/fold.ts';

/** Digits and symbols people type for letters. */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', '$': 's', '!': 'i', '|': 'l', '€': 'e',
};

/** A word of the post as the insult rules see it. */
export interface Token {
  /** Skeleton offsets [s, e). */
  s: number;
  e: number;
  /** The word after undoing disguises (lowercase ASCII letters for Latin text). */
  word: string;
  /** Original text starts with a capital letter. */
  cap: boolean;
  /** First word of a sentence (or of the post). */
  sentStart: boolean;
  /** Letters were repeated ("IDIOOOOOT") and collapsed to one. */
  collapsed: boolean;
  /** Only digits. */
  num: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
}

export interface Skeleton {
  folded: FoldedText;
  tokens: Token[];
  /** Token index for each skeleton offset, -1 between words. */
  tokenAt: Int32Array;
}

/** Resolves a word with asterisks ("f***ing", "k*t") to a lexicon word, or null. */
export type Unmask = (masked: string) => string | null;

// E-mail addresses, links and @handles are not prose: they are masked out.
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@$])@[\p{L}\p{N}_]+/gu;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
// Character classes cached per UTF-16 unit: a regex test per character is too slow for 60k-char posts.
const CLASS = new Int8Array(65536).fill(-1); // 0 other, 1 letter, 2 digit/leet symbol
function classOf(c: string): number {
  const code = c.charCodeAt(0);
  let k = CLASS[code]!;
  if (k < 0) {
    k = /\p{L}/u.test(c) ? 1 : /[\p{N}@$*!|€]/u.test(c) ? 2 : 0;
    CLASS[code] = k;
  }
  return k;
}
const isLetter = (c: string): boolean => classOf(c) === 1;
const TOKEN_CHAR = { test: (c: string): boolean => classOf(c) !== 0 };
const SENTENCE_END = /[.!?\n]/;
const NOT_SENTENCE_END = ',;:-\'"()&/+=';
/** Single characters that may separate spaced-out letters ("k l o o t z a k", "s.c.u.m"). */
const SPACERS = ' .-_';

interface Raw {
  /** Folded offset of each kept character, and the characters. */
  pos: number[];
  chars: string[];
}

export function skeleton(f: FoldedText, original: string, unmask: Unmask, joinPrefixes: ReadonlySet<string>): Skeleton {
  const t = f.text;
  const masked = new Uint8Array(t.length);
  for (const m of t.matchAll(NOT_PROSE)) masked.fill(1, m.index, m.index + m[0].length);

  // 1. Raw tokens: runs of letters, digits and leet symbols, outer symbols trimmed.
  const raws: Raw[] = [];
  for (let i = 0; i < t.length; ) {
    if (masked[i] || !TOKEN_CHAR.test(t[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < t.length && !masked[j] && TOKEN_CHAR.test(t[j]!)) j++;
    let a = i;
    let b = j;
    while (a < b && '*!|'.includes(t[a]!)) a++;
    while (b > a && '!|@$'.includes(t[b - 1]!)) b--;
    // Trailing asterisks only mask a short word ("f***", "sh**"), else they are footnotes.
    let letters = 0;
    for (let k = a; k < b; k++) if (isLetter(t[k]!)) letters++;
    if (t[b - 1] === '*' && letters > 2) while (b > a && t[b - 1] === '*') b--;
    if (b > a) {
      const pos: number[] = [];
      const chars: string[] = [];
      for (let k = a; k < b; k++) {
        pos.push(k);
        chars.push(t[k]!);
      }
      raws.push({ pos, chars });
    }
    i = j;
  }

  // 2. Spaced-out letters: three or more one-character tokens, one identical spacer apart.
  const merged: Raw[] = [];
  for (let i = 0; i < raws.length; ) {
    let j = i;
    let spacer = '';
    while (j + 1 < raws.length && raws[j]!.chars.length === 1 && raws[j + 1]!.chars.length === 1) {
      const gapStart = raws[j]!.pos[0]! + 1;
      const gapEnd = raws[j + 1]!.pos[0]!;
      const gap = t.slice(gapStart, gapEnd);
      if (gap.length !== 1 || !SPACERS.includes(gap) || (spacer && gap !== spacer)) break;
      spacer = gap;
      j++;
    }
    if (j - i >= 2) {
      merged.push({ pos: raws.slice(i, j + 1).map((r) => r.pos[0]!), chars: raws.slice(i, j + 1).map((r) => r.chars[0]!) });
      i = j + 1;
    } else merged.push(raws[i++]!);
  }

  // 3. Undo disguises per token, then write the skeleton with its map.
  const out: string[] = [];
  const map: number[] = [];
  const tokens: Token[] = [];
  let at = 0; // folded offset copied so far
  let prevEnd = 0;
  const copyGap = (to: number) => {
    for (; at < to; at++) {
      out.push(masked[at] ? '_' : t[at]!);
      map.push(f.map[at]!);
    }
  };
  for (let k = 0; k < merged.length; k++) {
    let raw = merged[k]!;
    let { word, collapsed, num } = decode(raw.chars, unmask);
    // "kanker-lijer", "k*t-marokkanen": a curse prefix hyphenated to the next word.
    const next = merged[k + 1];
    if (next && joinPrefixes.has(word) && t.slice(raw.pos[raw.pos.length - 1]! + 1, next.pos[0]!) === '-') {
      const rest = decode(next.chars, unmask);
      raw = { pos: [...raw.pos, ...next.pos], chars: [...raw.chars, ...next.chars] };
      word += rest.word;
      collapsed ||= rest.collapsed;
      k++;
    }
    const first = raw.pos[0]!;
    const last = raw.pos[raw.pos.length - 1]!;
    const gap = t.slice(prevEnd, first);
    copyGap(first);
    const s = out.length;
    for (let c = 0; c < word.length; c++) {
      // Proportional map keeps spans monotone when a word got shorter or longer.
      const src = word.length === raw.pos.length ? raw.pos[c]! : raw.pos[Math.min(raw.pos.length - 1, Math.floor((c * raw.pos.length) / word.length))]!;
      out.push(word[c]!);
      map.push(f.map[c === word.length - 1 ? last : src]!);
    }
    at = last + 1;
    prevEnd = at;
    const origStart = f.map[first]!;
    const ch = original[origStart] ?? '';
    let b = first - 1;
    while (b >= 0 && (t[b] === ' ' || t[b] === '\t')) b--;
    tokens.push({
      s,
      e: out.length,
      word,
      cap: ch !== ch.toLowerCase(),
      // After . ! ? a newline or an emoji; not after a comma, quote or bracket.
      sentStart: b < 0 || SENTENCE_END.test(t[b]!) || (classOf(t[b]!) === 0 && !NOT_SENTENCE_END.includes(t[b]!)),
      collapsed,
      num,
      gap,
    });
  }
  copyGap(t.length);
  map.push(f.map[t.length]!);

  const text = out.join('');
  const tokenAt = new Int32Array(text.length).fill(-1);
  tokens.forEach((tok, i) => tokenAt.fill(i, tok.s, tok.e));
  return { folded: { text, map: Int32Array.from(map) }, tokens, tokenAt };
}

function decode(chars: readonly string[], unmask: Unmask): { word: string; collapsed: boolean; num: boolean } {
  let letters = 0;
  let other = 0;
  for (const c of chars) {
    if (isLetter(c)) letters++;
    else other++;
  }
  if (letters === 0 && chars.every(isDigit)) return { word: chars.join(''), collapsed: false, num: true };
  let word = chars.join('');
  // Leet only inside words that also have letters ("h03r", "b1tch"), not in "2024" or "3e".
  if (other > 0 && letters >= 1 && chars.length >= 3) word = chars.map((c) => LEET[c] ?? c).join('');
  if (word.includes('*')) word = unmask(word) ?? word;
  let collapsed = false;
  if (/(\p{L})\1\1/u.test(word)) {
    word = word.replace(/(\p{L})\1+/gu, '$1');
    collapsed = true;
  }
  return { word, collapsed, num: false };
}
