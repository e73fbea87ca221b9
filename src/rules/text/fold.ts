// Folding: the text rules match against. Lowercase, diacritics dropped, look-alike
// letters and typographic punctuation mapped to ASCII, with a map back to the
// original UTF-16 offsets so findings always point into what the user typed.

/** Cyrillic and Greek letters that look like Latin ones (the usual disguises). */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', ı: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u00ad': '',
  // Small capitals, which "fancy text" generators use for "ᴊᴀɴsᴇɴ"; Unicode gives them no decomposition.
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

const COMBINING = /[\u0300-\u036f]/g;

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** map[i] = original offset of folded char i; map[text.length] = original length. */
  map: Int32Array;
  /** What rules derive from this text once and share (perText). */
  memo?: Map<object, unknown>;
}

/**
 * `make()`, once per folded text and key: word starts, the skeleton, list matches. A Map on the
 * text itself, not module-level WeakMaps keyed by it: seven ephemeron tables written on every
 * check made a third of a short check's time garbage collection (issue #19 profile).
 */
export function perText<T>(f: FoldedText, key: object, make: () => T): T {
  const memo = (f.memo ??= new Map());
  let v = memo.get(key) as T | undefined;
  if (v === undefined) memo.set(key, (v = make()));
  return v;
}

const cache = new Map<string, string>();

/** Fold one code point (string of 1–2 UTF-16 units). Cached: posts reuse few distinct chars. */
export function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) cache.set(ch, (out = ch.length > 1 ? foldAstral(ch) : foldBmp(ch)));
  return out;
}

function foldBmp(ch: string): string {
  // Variation selectors only choose a glyph (text or emoji style); inside a word they hide it.
  if (ch >= '\ufe00' && ch <= '\ufe0f') return '';
  const c = ch.toLowerCase();
  const mapped = CONFUSABLES[c];
  if (mapped !== undefined) return mapped;
  // NFKD takes fullwidth, circled and superscript letters to plain ones ("Ｊ", "Ⓙ", "ʲ" → "j").
  const out = unwrap(c.normalize('NFKD')).replace(COMBINING, '').toLowerCase();
  // NFKD of a letter may bring back a confusable (e.g. "й" → "и"); one more pass.
  return out.length === 1 && CONFUSABLES[out] !== undefined ? CONFUSABLES[out]! : out;
}

/**
 * Emoji and other astral characters pass through (NFKD would split some), except letters in
 * disguise: the mathematical bold, italic, script, double-struck … alphabets that text
 * generators offer for "𝐉𝐚𝐧𝐬𝐞𝐧" (U+1D400–1D7FF) and the enclosed letters of U+1F100–1F1E5
 * ("🄹", "🅙", "🅹"; the regional indicators after them make flags and stay). Tag characters
 * and the variation selectors supplement are invisible and dropped.
 */
function foldAstral(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return '';
  // Negative circled and negative squared capitals have no decomposition.
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(0x61 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x61 + cp - 0x1f170);
  if ((cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x1f100 && cp < 0x1f1e6)) {
    const plain = unwrap(ch.normalize('NFKD'));
    // Unassigned code points in these blocks stay as they are.
    if (plain !== ch) return Array.from(plain, foldBmp).join('');
  }
  return ch;
}

/** "(j)" → "j": parenthesized letters and digits ("⒥", "🄙", "⑴") decompose with their brackets. */
const unwrap = (s: string): string => (s.length >= 3 && s[0] === '(' && s[s.length - 1] === ')' ? s.slice(1, -1) : s);

let identity = new Int32Array(0);

/** A copy with room for at least `extra` more entries (a folded char may expand: "ﷺ" → 18). */
function grow(map: Int32Array, extra: number): Int32Array {
  const bigger = new Int32Array(map.length * 2 + extra + 1);
  bigger.set(map);
  return bigger;
}

/** The shared identity table, at least n + 1 long: identity[i] = i. */
function identityOf(n: number): Int32Array {
  if (identity.length <= n) {
    identity = new Int32Array(Math.max(n + 1, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity;
}

/** Characters fold() must look at: everything outside printable ASCII, and the backtick. */
const SPECIAL = /[^\x00-\x5f\x61-\x7e]/g;

/** Folded text with its map; `map` must be treated as read-only (ASCII posts share one table). */
export function fold(text: string): FoldedText {
  const n = text.length;
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(text);
  // Fast path for plain ASCII: same length, identity map (shared, read-only: a view of one table).
  if (m === null) return { text: text.toLowerCase(), map: identityOf(n).subarray(0, n + 1) };
  // Runs of ASCII between special characters are copied whole: the text as slices, the map as
  // a view of the identity table (a native copy; a loop per character cost ~8 ns a character).
  const ids = identityOf(n);
  const parts: string[] = [];
  let map: Int32Array = new Int32Array(n + 17);
  let len = 0;
  let run = 0;
  for (; m !== null; m = SPECIAL.exec(text)) {
    const i = m.index;
    if (i < run) continue; // the low half of a surrogate pair already taken
    if (run < i) {
      parts.push(text.slice(run, i));
      map.set(ids.subarray(run, i), len);
      len += i - run;
    }
    const c = text.charCodeAt(i);
    const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const width = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    const f = foldChar(width === 1 ? text[i]! : text.slice(i, i + 2));
    if (len + f.length + (n - i) + 1 >= map.length) map = grow(map, f.length + n - i);
    for (let k = 0; k < f.length; k++) map[len++] = i;
    parts.push(f);
    run = i + width;
  }
  if (run < n) {
    parts.push(text.slice(run));
    map.set(ids.subarray(run, n), len);
    len += n - run;
  }
  map[len] = n;
  // Folded characters are lowercase already; lowercasing ASCII keeps lengths.
  return { text: parts.join('').toLowerCase(), map: map.subarray(0, len + 1) };
}

/** Fold a term for matching (pack entries, lexicon words): same function as posts. */
export const foldTerm = (term: string): string => fold(term.normalize('NFC')).text;

/** Original [start, end) of folded [fs, fe), fe > fs. */
export function toOriginal(f: FoldedText, fs: number, fe: number): [number, number] {
  const start = f.map[fs]!;
  // End just after the source character of the last folded char, also when one
  // source char folded into several ("ß" → "ss") or an astral char spans two units.
  const last = f.map[fe - 1]!;
  let j = fe;
  while (j < f.text.length && f.map[j] === last) j++;
  return [start, f.map[j]!];
}

/** First folded offset whose source is at or after original offset `o` (inverse of the map). */
export function toFolded(f: FoldedText, o: number): number {
  let lo = 0;
  let hi = f.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.map[mid]! < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
