// The insult detectors' view of a post: the folded text (fold.ts) with the usual
// disguises undone, so one pass of the shared term matcher (text/terms.ts) finds
// "kl00tzak", "k l o o t z a k", "IDIOOOOOT", "f***ing" and "k*t-marokkanen" like
// the plain words. Word boundaries stay where they were, and every character
// keeps a map back to the ORIGINAL text so findings underline what was typed.
// Most posts have no disguise at all: then the skeleton IS the folded text.
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
  /** The word after undoing disguises. */
  word: string;
  /** Original text starts with a capital letter. */
  cap: boolean;
  /** First word of a sentence (or of the post). */
  sentStart: boolean;
  /** Letters were repeated ("IDIOOOOOT") and collapsed to one. */
  collapsed: boolean;
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

// Links, e-mail addresses and @handles are not prose: they are masked out.
const LINK = /(?:https?:\/\/|www\.)\S+/g;
const SENTENCE_END = '.!?\n';
const NOT_SENTENCE_END = ',;:-\'"()&/+=';
/** Single characters that may separate spaced-out letters ("k l o o t z a k", "s.c.u.m"). */
const SPACERS = ' .-_';

// Character classes per UTF-16 unit, cached: 0 other, 1 letter, 2 digit or leet symbol.
const CLASS = new Int8Array(65536).fill(-1);
function classAt(t: string, i: number): number {
  const code = t.charCodeAt(i);
  let k = CLASS[code]!;
  if (k < 0) {
    const c = String.fromCharCode(code);
    k = /\p{L}/u.test(c) ? 1 : /[\p{N}@$*!|€]/u.test(c) ? 2 : 0;
    CLASS[code] = k;
  }
  return k;
}

interface Raw {
  a: number;
  b: number;
  /** Folded offsets of the letters of a spaced-out word, else undefined. */
  spaced?: number[];
}

export function skeleton(f: FoldedText, original: string, unmask: Unmask, joinPrefixes: ReadonlySet<string>): Skeleton {
  const t = f.text;
  const n = t.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = CLASS[t.charCodeAt(i)]!;
    cls[i] = k >= 0 ? k : classAt(t, i);
  }
  const masked = maskNotProse(t, cls);
  if (masked) for (let i = 0; i < n; i++) if (masked[i]) cls[i] = 0;

  // 1. Raw tokens: runs of letters, digits and leet symbols, outer symbols trimmed.
  const raws: Raw[] = [];
  for (let i = 0; i < n; ) {
    if (cls[i] === 0) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    while (j < n && cls[j] !== 0) if (cls[j++] === 1) letters++;
    let a = i;
    let b = j;
    while (a < b && '*!|'.includes(t[a]!)) a++;
    while (b > a && '!|@$'.includes(t[b - 1]!)) b--;
    // Trailing asterisks only mask a short word ("f***", "sh**"), else they are footnotes.
    if (t[b - 1] === '*' && letters > 2) while (b > a && t[b - 1] === '*') b--;
    if (b > a) raws.push({ a, b });
    i = j;
  }

  // 2. Spaced-out letters: three or more one-character tokens, one identical spacer apart.
  const merged: Raw[] = [];
  for (let i = 0; i < raws.length; ) {
    let j = i;
    let spacer = '';
    while (j + 1 < raws.length && raws[j]!.b - raws[j]!.a === 1 && raws[j + 1]!.b - raws[j + 1]!.a === 1 && raws[j + 1]!.a - raws[j]!.b === 1) {
      const gap = t[raws[j]!.b]!;
      if (!SPACERS.includes(gap) || (spacer && gap !== spacer)) break;
      spacer = gap;
      j++;
    }
    if (j - i >= 2) {
      merged.push({ a: raws[i]!.a, b: raws[j]!.b, spaced: raws.slice(i, j + 1).map((r) => r.a) });
      i = j + 1;
    } else merged.push(raws[i++]!);
  }

  // 3. Undo disguises per token; a token whose word differs from its text is an edit.
  const words: string[] = [];
  const collapsedFlags: boolean[] = [];
  const spans: Raw[] = [];
  let edits = false;
  for (let k = 0; k < merged.length; k++) {
    let raw = merged[k]!;
    const text0 = raw.spaced ? raw.spaced.map((p) => t[p]!).join('') : t.slice(raw.a, raw.b);
    let word = decode(text0, unmask, cls, raw);
    let collapsed = lastCollapsed;
    // "kanker-lijer", "k*t-marokkanen": a curse prefix hyphenated to the next word.
    const next = merged[k + 1];
    if (next && next.a === raw.b + 1 && t.charCodeAt(raw.b) === 45 && !next.spaced && joinPrefixes.has(word)) {
      const rest = decode(t.slice(next.a, next.b), unmask, cls, next);
      raw = { a: raw.a, b: next.b, spaced: [...positions(raw), ...positions(next)] };
      word += rest;
      collapsed ||= lastCollapsed;
      k++;
    }
    if (raw.spaced || word !== text0) edits = true;
    words.push(word);
    collapsedFlags.push(collapsed);
    spans.push(raw);
  }

  // 4. The skeleton text and its map to the original.
  let text = t;
  let map = f.map;
  const starts: number[] = [];
  if (!edits && !masked) {
    for (const r of spans) starts.push(r.a);
  } else {
    // Rebuilt from slices; the map is filled in place (no per-character arrays).
    let total = t.length;
    spans.forEach((r, k) => (total += words[k]!.length - (r.b - r.a)));
    const out: string[] = [];
    const m = new Int32Array(total + 1);
    let at = 0;
    let len = 0;
    const copy = (to: number) => {
      out.push(masked ? maskSlice(t, masked, at, to) : t.slice(at, to));
      for (let i = at; i < to; i++) m[len + i - at] = f.map[i]!;
      len += to - at;
      at = to;
    };
    spans.forEach((r, k) => {
      copy(r.a);
      starts.push(len);
      const w = words[k]!;
      if (!r.spaced && w.length === r.b - r.a) for (let i = r.a; i < r.b; i++) m[len + i - r.a] = f.map[i]!;
      else {
        const src = positions(r);
        for (let c = 0; c < w.length; c++) {
          // Proportional map keeps spans monotone when a word got shorter or longer.
          const p = c === w.length - 1 ? src[src.length - 1]! : src[Math.min(src.length - 1, Math.floor((c * src.length) / w.length))]!;
          m[len + c] = f.map[p]!;
        }
      }
      out.push(w);
      len += w.length;
      at = r.b;
    });
    copy(t.length);
    m[len] = f.map[t.length]!;
    text = out.join('');
    map = m;
  }

  const tokens: Token[] = [];
  const tokenAt = new Int32Array(text.length).fill(-1);
  let prevEnd = 0;
  spans.forEach((r, k) => {
    const s = starts[k]!;
    const w = words[k]!;
    let b = r.a - 1;
    while (b >= 0 && (t[b] === ' ' || t[b] === '\t')) b--;
    const ch = original[f.map[r.a]!] ?? '';
    tokens.push({
      s,
      e: s + w.length,
      word: w,
      cap: ch !== ch.toLowerCase(),
      // After . ! ? a newline or an emoji; not after a comma, quote or bracket.
      sentStart: b < 0 || SENTENCE_END.includes(t[b]!) || (cls[b] === 0 && !masked?.[b] && !NOT_SENTENCE_END.includes(t[b]!)),
      collapsed: collapsedFlags[k]!,
      gap: t.slice(prevEnd, r.a),
    });
    for (let i = s; i < s + w.length; i++) tokenAt[i] = k;
    prevEnd = r.b;
  });
  return { folded: { text, map }, tokens, tokenAt };
}

function maskSlice(t: string, masked: Uint8Array, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) out += masked[i] ? '_' : t[i];
  return out;
}

function positions(r: Raw): number[] {
  if (r.spaced) return r.spaced;
  const out: number[] = [];
  for (let p = r.a; p < r.b; p++) out.push(p);
  return out;
}

/** Word characters of e-mail addresses and handles. */
const isMailChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 43 || (c >= 65 && c <= 90);

function maskNotProse(t: string, cls: Uint8Array): Uint8Array | null {
  // Found by expanding around each "@" (a regex scan of every word start measured 0.15 ms per 3,000 chars).
  const link = t.includes('http') || t.includes('www.');
  let at = t.indexOf('@');
  if (at < 0 && !link) return null;
  const masked = new Uint8Array(t.length);
  for (; at >= 0; at = t.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && isMailChar(t.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < t.length && isMailChar(t.charCodeAt(b))) b++;
    while (b > at + 1 && (t[b - 1] === '.' || t[b - 1] === '-')) b--; // sentence dot after an address
    const domain = t.slice(at + 1, b);
    if (a < at && /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(domain)) masked.fill(1, a, b); // e-mail address
    else if ((at === 0 || cls[at - 1] === 0) && '$@'.indexOf(t[at - 1] ?? '') < 0 && b > at + 1 && cls[at + 1] === 1) {
      let e = at + 1;
      while (e < t.length && (cls[e] !== 0 || t[e] === '_') && t[e] !== '@') e++;
      masked.fill(1, at, e); // @handle
    }
  }
  if (link) for (const m of t.matchAll(LINK)) masked.fill(1, m.index, m.index + m[0].length);
  return masked;
}

/** Set by decode(): the last word had repeated letters collapsed. */
let lastCollapsed = false;

/** The word a token spells once digits, symbols, asterisks and repeated letters are undone. */
function decode(raw: string, unmask: Unmask, cls: Uint8Array, r: Raw): string {
  lastCollapsed = false;
  let letters = 0;
  if (r.spaced) for (let i = 0; i < raw.length; i++) letters += classAt(raw, i) === 1 ? 1 : 0;
  else for (let i = r.a; i < r.b; i++) letters += cls[i] === 1 ? 1 : 0;
  let word = raw;
  // Leet only inside words that also have letters ("h03r", "b1tch"), not in "2024" or "3e".
  if (letters < raw.length && letters >= 1 && raw.length >= 3) {
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
      lastCollapsed = true;
      return w;
    }
  }
  return word;
}
