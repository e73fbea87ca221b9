// The insult detectors' view of a post: the folded text (fold.ts) with the usual
// disguises undone, so one pass of the shared term matcher (text/terms.ts) finds
// "kl00tzak", "k l o o t z a k", "IDIOOOOOT", "f***ing" and "k*t-marokkanen" like
// the plain words. Word boundaries stay where they were, and every character
// keeps a map back to the ORIGINAL text so findings underline what was typed.
// Most posts have no disguise at all: then the skeleton IS the folded text.
import type { FoldedText } from '../text/fold.ts';
import { CLASS, classAt } from './chars.ts';
import { maskNotProse } from './not-prose.ts';
import { type Source, Token } from './token.ts';

export { Token } from './token.ts';

/** Digits and symbols people type for letters. */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', '$': 's', '!': 'i', '|': 'l', '€': 'e',
};

export interface Skeleton {
  folded: FoldedText;
  /** Number of words; word i spans skeleton [ts[i], te[i]). */
  count: number;
  ts: Int32Array;
  te: Int32Array;
  /** Words whose letters were repeated and collapsed. */
  collapsed: Uint8Array;
  /** Index of the word at a skeleton offset, -1 between words. */
  tokenAt(pos: number): number;
  /** Word i with its context fields (built on first use), or undefined outside the post. */
  tok(i: number): Token | undefined;
  /** Word i is exactly w (no string is made). */
  wordIs(i: number, w: string): boolean;
  /** Only spaces, apostrophes or hyphens separate word i from the one before (same phrase). */
  joined(i: number): boolean;
  /** The folded post before disguises were undone, and where word i starts and ends in it. */
  source: FoldedText;
  fa: readonly number[];
  fb: readonly number[];
}

/** Resolves a word with asterisks ("f***ing", "k*t") to a lexicon word, or null. */
export type Unmask = (masked: string) => string | null;

/** "*", "!", "|" before a word; "!", "|", "@", "$" after one. */
const isLeadSymbol = (c: number): boolean => c === 42 || c === 33 || c === 124;
const isTrailSymbol = (c: number): boolean => c === 33 || c === 124 || c === 64 || c === 36;

/** Single characters that may separate spaced-out letters ("k l o o t z a k", "s.c.u.m"). */
const SPACERS = ' .-_';
/** One-letter words that may stand before a spaced-out word ("a", "I", Dutch "u", "'n"). */
const ARTICLES = 'aiun';

export function skeleton(f: FoldedText, original: string, unmask: Unmask, joinPrefixes: ReadonlySet<string>): Skeleton {
  const t = f.text;
  const n = t.length;
  const masked = maskNotProse(t); // masked characters count as spaces

  // 1. Raw tokens: runs of letters, digits and leet symbols, outer symbols trimmed.
  // Typed arrays and no strings: most words need nothing undone. This is the hot loop.
  const ra = new Int32Array((n >> 1) + 1);
  const rb = new Int32Array((n >> 1) + 1);
  const odd = new Uint8Array((n >> 1) + 1); // a digit or symbol, or a letter three times in a row
  let count = 0;
  let i = 0;
  while (i < n) {
    let code = t.charCodeAt(i);
    let c = CLASS[code]!;
    if (c < 0) c = classAt(t, i);
    if (c === 0 || (masked !== null && masked[i] === 1)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let special = 0;
    let p1 = -1;
    let p2 = -2;
    for (;;) {
      if (c === 1) {
        letters++;
        if (code === p1 && code === p2) special = 1;
      } else special = 1;
      p2 = p1;
      p1 = code;
      if (++j >= n) break;
      code = t.charCodeAt(j);
      c = CLASS[code]!;
      if (c < 0) c = classAt(t, j);
      if (c === 0 || (masked !== null && masked[j] === 1)) break;
    }
    let a = i;
    let b = j;
    // Symbols around a word (char codes: no one-character strings in the hot loop).
    if (special) {
      while (a < b && isLeadSymbol(t.charCodeAt(a))) a++;
      while (b > a && isTrailSymbol(t.charCodeAt(b - 1))) b--;
      // Trailing asterisks only mask a short word ("f***", "sh**"), else they are footnotes.
      if (t.charCodeAt(b - 1) === 42 && letters > 2) while (b > a && t.charCodeAt(b - 1) === 42) b--;
    }
    if (b > a) {
      ra[count] = a;
      rb[count] = b;
      odd[count++] = special;
    }
    i = j;
  }

  // 2. Words: spaced-out letters merged, disguises undone, curse prefixes joined over a hyphen.
  const fa: number[] = [];
  const fb: number[] = [];
  const decoded = new Map<number, { word: string; pos?: number[] }>(); // word index → undone word
  const collapsedList: number[] = [];
  for (let k = 0; k < count; k++) {
    const a = ra[k]!;
    let b = rb[k]!;
    let word: string | undefined;
    let pos: number[] | undefined;
    // Three or more one-character tokens, one identical spacer apart ("k l o o t z a k", "s.c.u.m").
    if (b - a === 1) {
      let j = k;
      while (j + 1 < count && rb[j + 1]! - ra[j + 1]! === 1 && ra[j + 1]! - rb[j]! === 1 && SPACERS.includes(t[rb[j]!]!) && t[rb[j]!] === t[rb[k]!]) j++;
      // "What a s h i t h e a d": the article before the spaced word is no letter of it.
      if (j - k >= 3 && ARTICLES.includes(t[ra[k]!]!) && t[rb[k]!] === ' ') {
        const run = () => Array.from({ length: j - k }, (_, q) => t[ra[k + 1 + q]!]!).join('');
        const all = t[ra[k]!]! + run();
        if (unmask(all) !== all && unmask(run()) === run()) {
          fa.push(a);
          fb.push(b);
          continue;
        }
      }
      if (j - k >= 2) {
        pos = [];
        for (let q = k; q <= j; q++) pos.push(ra[q]!);
        word = pos.map((p) => t[p]!).join('');
        b = rb[j]!;
        k = j;
      }
    }
    let collapsed = false;
    if (word !== undefined || odd[k]) {
      const raw = word ?? t.slice(a, b);
      const d = decode(raw, unmask);
      word = d.word;
      collapsed = d.collapsed;
      if (word === raw && !pos) word = undefined;
    }
    // "kanker-lijer", "k*t-marokkanen": a curse prefix hyphenated to the next word.
    if (k + 1 < count && ra[k + 1] === b + 1 && t.charCodeAt(b) === 45 && rb[k + 1]! - ra[k + 1]! > 1) {
      const w = word ?? t.slice(a, b);
      if (joinPrefixes.has(w)) {
        const rest = decode(t.slice(ra[k + 1]!, rb[k + 1]!), unmask);
        collapsed ||= rest.collapsed;
        pos = [...(pos ?? range(a, b)), ...range(ra[k + 1]!, rb[k + 1]!)];
        word = w + rest.word;
        b = rb[++k]!;
      }
    }
    if (word !== undefined) decoded.set(fa.length, { word, pos });
    if (collapsed) collapsedList.push(fa.length);
    fa.push(a);
    fb.push(b);
  }
  const words = fa.length;

  // 3. The skeleton text and its map to the original: the folded text itself unless something changed.
  let text = t;
  let map = f.map;
  const ts = new Int32Array(words);
  const te = new Int32Array(words);
  // Masked text (links, addresses, handles) stays in the skeleton: it has no words, so hits there map to no token and drop.
  if (decoded.size === 0) {
    for (let k = 0; k < words; k++) {
      ts[k] = fa[k]!;
      te[k] = fb[k]!;
    }
  } else {
    let total = t.length;
    for (const [k, d] of decoded) total += d.word.length - (fb[k]! - fa[k]!);
    const out: string[] = [];
    const m = new Int32Array(total + 1);
    let at = 0;
    let len = 0;
    const copy = (to: number) => {
      out.push(t.slice(at, to));
      for (let i = at; i < to; i++) m[len + i - at] = f.map[i]!;
      len += to - at;
      at = to;
    };
    for (let k = 0; k < words; k++) {
      const d = decoded.get(k);
      if (!d) {
        ts[k] = len + fa[k]! - at;
        te[k] = len + fb[k]! - at;
        continue;
      }
      copy(fa[k]!);
      ts[k] = len;
      const w = d.word;
      const src = d.pos ?? range(fa[k]!, fb[k]!);
      for (let c = 0; c < w.length; c++) {
        // Proportional map keeps spans monotone when a word got shorter or longer.
        const p = c === w.length - 1 ? src[src.length - 1]! : src[Math.min(src.length - 1, Math.floor((c * src.length) / w.length))]!;
        m[len + c] = f.map[p]!;
      }
      out.push(w);
      len += w.length;
      te[k] = len;
      at = fb[k]!;
    }
    copy(t.length);
    m[len] = f.map[t.length]!;
    text = out.join('');
    map = m;
  }

  const collapsed = new Uint8Array(words);
  for (const k of collapsedList) collapsed[k] = 1;
  const src: Source = { t, skeleton: text, masked, original, map: f.map };
  const cache: (Token | undefined)[] = [];
  return {
    // The folded text itself when nothing was undone: matchers then share its cached word starts.
    folded: text === t ? f : { text, map },
    source: f,
    fa,
    fb,
    count: words,
    ts,
    te,
    collapsed,
    tokenAt(pos) {
      // Binary search: only the few hits of a post ask.
      let lo = 0;
      let hi = words - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (te[mid]! <= pos) lo = mid + 1;
        else if (ts[mid]! > pos) hi = mid - 1;
        else return mid;
      }
      return -1;
    },
    tok(i) {
      if (i < 0 || i >= words) return undefined;
      return (cache[i] ??= new Token(ts[i]!, te[i]!, collapsed[i] === 1, fa[i]!, i > 0 ? fb[i - 1]! : 0, src));
    },
    wordIs: (i, w) => te[i]! - ts[i]! === w.length && text.startsWith(w, ts[i]!),
    joined(i) {
      for (let p = i > 0 ? fb[i - 1]! : 0; p < fa[i]!; p++) {
        const c = t.charCodeAt(p);
        if (c !== 32 && c !== 39 && c !== 45 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
      }
      return true;
    },
  };
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);



interface Decoded {
  word: string;
  /** Repeated letters were collapsed ("IDIOOOOT" → "idiot"). */
  collapsed: boolean;
}

/** The word a token spells once digits, symbols, asterisks and repeated letters are undone. */
function decode(raw: string, unmask: Unmask): Decoded {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) letters += classAt(raw, i) === 1 ? 1 : 0;
  let word = raw;
  // Leet only inside words with at least two letters ("h03r", "b1tch"), not in "2024", "3e" or a road ("A50").
  if (letters < raw.length && letters >= 2 && raw.length >= 3) {
    let w = '';
    for (const c of raw) w += LEET[c] ?? c;
    word = w;
    if (word.includes('*')) word = unmask(word) ?? word;
  }
  // Three of the same letter in a row is never Dutch or English spelling: collapse every run.
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && classAt(word, i) === 1) {
      let w = '';
      for (let k = 0; k < word.length; k++) if (k === 0 || word[k] !== word[k - 1]) w += word[k];
      return { word: w, collapsed: true };
    }
  }
  return { word, collapsed: false };
}
