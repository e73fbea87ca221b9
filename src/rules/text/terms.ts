// Shared term matcher: a list of terms (each with caller data) compiled once into
// one trie over FOLDED text (see fold.ts) and matched in one left-to-right pass.
//
// API (also used by the built-in insult lexicons):
//   const m = compileTerms<T>([{ term: 'Jansen Transport', data: x, options: { joined: true } }, ...]);
//   const hits = m.find(folded /* fold(text) */, text);   // TermMatch<T>[], leftmost-longest, no overlaps
//   m.find(folded, text, from, to)                        // only matches starting in folded [from, to)
//   hit = { start, end,        // original UTF-16 offsets (end exclusive), '#'/'@' sigil included
//           fstart, fend,      // the same span in the folded text
//           data, term, sigil }
// Term options (all optional):
//   joined       also match the separator-less form: "jansentransport", #JansenTransport, @jansentransport
//   tail         'word' (default): the term ends at a word boundary;
//                'possessive': also before "'s" / "’s" and with a Dutch genitive s ("Vissers");
//                'compound': the last word may continue into a compound or inflection
//                ("schadelast" → "schadelastcijfers", "goederen" → "goederentransporten")
//   inflect      'nl': Dutch/English plurals of non-final words and a filler word before a number
//                ("premieverhoging 2027" → "premieverhogingen voor 2027")
//   legalSuffix  extend the span over a following B.V., BV, N.V., V.O.F., Ltd, GmbH, Inc, AB, … (legal-forms.ts)
//   upper        the original text must be written in capitals (acronyms: "VDP", "NDA")
//   infix        may start inside a word (lexicon stems such as "kanker-" compounds); default: word start
//   variants     extra surface forms, compiled like the term itself
//
// Why not modern-ahocorasick: every term here must START at a word boundary, so a trie
// walked from each word start finds the same matches as Aho–Corasick without failure
// links, lets spaces in a term match any run of spaces/hyphens, and measured faster on
// 10,000-name packs (bench/compare-matchers.ts). Variants are generated in variants.ts, at compile
// time; matching a post does no per-term work.
import type { FoldedText } from './fold.ts';
import { perText, toOriginal } from './fold.ts';
import { LEGAL_FORM_AFTER } from './legal-forms.ts';
import { SEP, surfaceForms } from './variants.ts';

export interface TermOptions {
  joined?: boolean;
  tail?: 'word' | 'possessive' | 'compound';
  inflect?: 'nl';
  legalSuffix?: boolean;
  upper?: boolean;
  infix?: boolean;
  variants?: readonly string[];
}

export interface TermSpec<T> {
  term: string;
  data: T;
  options?: TermOptions;
}

export interface TermMatch<T> {
  start: number;
  end: number;
  fstart: number;
  fend: number;
  data: T;
  term: string;
  sigil: '' | '#' | '@';
}

export interface TermMatcher<T> {
  /** Number of compiled surface forms (for diagnostics and tests). */
  readonly forms: number;
  /** Matches in the folded text; `from`/`to` (folded offsets) limit where matches may start. */
  find(folded: FoldedText, original: string, from?: number, to?: number): TermMatch<T>[];
}

const TAIL = { word: 0, possessive: 1, compound: 2 } as const;
/** Node flag: the node has a SEP child (a space may follow). */
const HAS_SEP = 1 << 24;

// Token starts of a folded post: the first character of each word and every other
// non-space character ("#", "&", "'"). Computed once per post, shared by all matchers,
// with what every matcher's filter reads at a start: the first character and the hash
// of the first two (`head`: c0 | pairKey << 16), whether any second character may
// follow (`open`: the token ends after one character), and the hash of the first three
// (`third`, -1 at the end of the post).
interface Starts {
  at: Int32Array;
  head: Int32Array;
  open: Uint8Array;
  third: Int32Array;
}
const STARTS = {};
export const tokenStarts = (folded: FoldedText): Starts => perText(folded, STARTS, () => findStarts(folded));
function findStarts(folded: FoldedText): Starts {
  const t = folded.text;
  const n = t.length;
  const at = new Int32Array(n);
  let k = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    // Bit 0 word, bit 1 other (ASCII from a table, the rest classified lazily). Without
    // branches: word boundaries are unpredictable, and mispredictions were most of this loop.
    const b = c < 128 ? ASCII_BITS[c]! : isWordCode(c) ? 1 : 2;
    const w = b & 1;
    at[k] = i;
    k += (w & (prev ^ 1)) | (b >> 1);
    prev = w;
  }
  const head = new Int32Array(k);
  const open = new Uint8Array(k);
  const third = new Int32Array(k).fill(-1);
  for (let j = 0; j < k; j++) {
    const s = at[j]!;
    const c0 = t.charCodeAt(s);
    if (s + 1 >= n) {
      head[j] = c0;
      open[j] = 1;
      continue;
    }
    const c1 = t.charCodeAt(s + 1);
    head[j] = c0 | (pairKey(c0, c1) << 16);
    if (isSepCode(c1) || !isWordCode(c1)) open[j] = 1;
    if (s + 2 < n) third[j] = tripleKey(c0, c1, t.charCodeAt(s + 2));
  }
  return { at: at.subarray(0, k), head, open, third };
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


// Word characters: letters, digits and "_" (so "vdp" does not match inside "@vdp_assurantien").
// Classified lazily per code unit: 1 word, 0 not, -1 not yet known.
const WORD = new Int8Array(65536).fill(-1);
const WORD_RE = /[\p{L}\p{N}_]/u;
export function isWordCode(c: number): boolean {
  let w = WORD[c]!;
  if (w < 0) WORD[c] = w = WORD_RE.test(String.fromCharCode(c)) ? 1 : 0;
  return w === 1;
}
const isSepCode = (c: number): boolean => c === 32 || c === 45 || c === 10 || c === 9 || c === 13;
const ASCII_BITS = Uint8Array.from({ length: 128 }, (_, c) => (isWordCode(c) ? 1 : isSepCode(c) ? 0 : 2));

const growStack = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};
const pairKey = (a: number, b: number): number => (Math.imul(a, 0x9e37) + b) & 0xffff;
const tripleKey = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 0x9e37) + b, 0x85eb) + c) & 0xffff;
const hasBit = (set: Int32Array, k: number): boolean => (set[k >>> 5]! & (1 << (k & 31))) !== 0;
const setBit = (set: Int32Array, k: number): void => {
  set[k >>> 5] = set[k >>> 5]! | (1 << (k & 31));
};

/** walk()'s answer, written in place: the variant of the longest match (-1: none) and its folded end. */
interface Best {
  v: number;
  end: number;
}

interface Variant {
  spec: number;
  upper: boolean;
}

export function compileTerms<T>(specs: readonly TermSpec<T>[]): TermMatcher<T> {
  // Trie as ONE typed array of 4-int node records [code | children << 16 | HAS_SEP, first child,
  // next sibling, terminal variant]: a step of the walk touches one cache line, not five
  // (the trie of a 10,000-name pack is megabytes; other rules evict it between walks).
  // (Renumbering the finished trie so siblings are adjacent was tried: no faster, 20 % slower to compile.)
  // Root children are dense (indexed by char code).
  let cap = 0; // sized below, once the forms are known
  let nodes = new Int32Array(0);
  let size = 1;
  // Root children and the one-character flags: dense for ASCII, a Map for the rest. (Dense
  // 65,536-entry tables per matcher were 2 MB for eight matchers, read at the same offsets.)
  const rootAscii = new Int32Array(128);
  const rootOther = new Map<number, number>();
  const rootChild = (c: number): number => (c < 128 ? rootAscii[c]! : (rootOther.get(c) ?? 0));
  const anyNextAscii = new Uint8Array(128);
  const anyNextOther = new Set<number>();
  const anyNext = (c: number): boolean => (c < 128 ? anyNextAscii[c] === 1 : anyNextOther.has(c));
  // Cheap filter before a walk: the first two characters of every form (hashed to 16 bits),
  // and the first characters after which anything may follow (a one-letter form, a space).
  // Most word starts of a post fail here without touching the trie. Then the first three
  // characters (most walks that pass the pair fail on the third), unless a form with that
  // pair ends or has a space after two characters (`pairOpen`).
  const pair = new Int32Array(2048); // bit sets: 8 kB each per matcher stay in cache
  const triple = new Int32Array(2048);
  const pairOpen = new Int32Array(2048);
  const variants: Variant[] = [];
  let hasInfix = false;

  // Nodes with many children (first letters of thousands of names, the word after "van ")
  // also keep their edges in an open-addressing hash table of [parent, code, child] records:
  // O(1) steps where a sibling list would be scanned hundreds deep.
  let hMask = 1023;
  let table = new Int32Array((hMask + 1) * 4); // parent 0 = empty slot (the root is never hashed)
  let hashed = 0;
  const FAN = 6;
  const slot = (node: number, c: number): number => {
    const h = Math.imul(node ^ (c << 19) ^ c, 0x9e3779b1);
    return h ^ (h >>> 15);
  };
  const hashPut = (node: number, c: number, k: number): void => {
    let h = slot(node, c) & hMask;
    while (table[h * 4] !== 0) h = (h + 1) & hMask;
    table[h * 4] = node;
    table[h * 4 + 1] = c;
    table[h * 4 + 2] = k;
  };
  const growHash = () => {
    const old = table;
    hMask = hMask * 2 + 1;
    table = new Int32Array((hMask + 1) * 4);
    for (let i = 0; i < old.length; i += 4) if (old[i] !== 0) hashPut(old[i]!, old[i + 1]!, old[i + 2]!);
  };
  const addHashed = (node: number, c: number, k: number): void => {
    if (++hashed * 2 > hMask) growHash();
    hashPut(node, c, k);
  };
  const grow = () => {
    cap *= 2;
    const b = new Int32Array(cap * 4);
    b.set(nodes);
    nodes = b;
  };
  const hashGet = (node: number, c: number): number => {
    const h4 = table;
    for (let h = slot(node, c) & hMask; ; h = (h + 1) & hMask) {
      const p = h4[h * 4]!;
      if (p === 0) return 0;
      if (p === node && h4[h * 4 + 1] === c) return h4[h * 4 + 2]!;
    }
  };
  // Children are a linked list [first child] → [next sibling] → …, hashed past FAN.
  const child = (node: number, c: number): number => {
    if (node === 0) return rootChild(c);
    const r = nodes;
    if (((r[node * 4]! >>> 16) & 0xff) > FAN) return hashGet(node, c);
    for (let k = r[node * 4 + 1]!; k !== 0; k = r[k * 4 + 2]!) if ((r[k * 4]! & 0xffff) === c) return k;
    return 0;
  };
  let prevForm = '';
  let path = new Int32Array(64); // path[d]: the node after the first d characters of prevForm
  const insert = (form: string, variant: number): void => {
    const c0 = form.charCodeAt(0);
    if (form.length === 1 || form.charCodeAt(1) === SEP) {
      if (c0 < 128) anyNextAscii[c0] = 1;
      else anyNextOther.add(c0);
    }
    else {
      const c1 = form.charCodeAt(1);
      const k = pairKey(c0, c1);
      setBit(pair, k);
      if (form.length === 2 || form.charCodeAt(2) === SEP) setBit(pairOpen, k);
      else setBit(triple, tripleKey(c0, c1, form.charCodeAt(2)));
    }
    // The forms of one term come one after another and share prefixes: the walk restarts
    // where this form leaves the previous one. Below a node just created nothing exists yet.
    let i = 0;
    const limit = Math.min(form.length, prevForm.length);
    while (i < limit && form.charCodeAt(i) === prevForm.charCodeAt(i)) i++;
    if (path.length <= form.length) {
      const longer = new Int32Array(form.length * 2 + 1);
      longer.set(path);
      path = longer;
    }
    let node = path[i]!;
    let fresh = false;
    for (; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let next = fresh ? 0 : child(node, c);
      if (next === 0) {
        fresh = true;
        if (size === cap) grow();
        next = size++;
        const r = nodes;
        r[next * 4] = c;
        r[next * 4 + 3] = -1;
        if (node === 0) {
          if (c < 128) rootAscii[c] = next;
          else rootOther.set(c, next);
        } else {
          r[next * 4 + 2] = r[node * 4 + 1]!;
          r[node * 4 + 1] = next;
          const n = Math.min(255, ((r[node * 4]! >>> 16) & 0xff) + 1);
          r[node * 4] = (r[node * 4]! & ~0xff0000) | (n << 16) | (c === SEP ? HAS_SEP : 0);
          if (n === FAN + 1) for (let k = r[node * 4 + 1]!; k !== 0; k = r[k * 4 + 2]!) addHashed(node, r[k * 4]! & 0xffff, k);
          else if (n > FAN + 1) addHashed(node, c, next);
        }
      }
      node = next;
      path[i + 1] = node;
    }
    prevForm = form;
    if (nodes[node * 4 + 3] === -1) nodes[node * 4 + 3] = variant; // first spec wins on identical forms
  };

  // All forms first: their total length sizes the trie (a pack of names needs about one
  // node per two characters), so it is allocated once rather than regrown and copied.
  const formsOf = specs.map((spec) => {
    const o = spec.options ?? {};
    return o.variants?.length ? [spec.term, ...o.variants].flatMap((raw) => surfaceForms(raw, o)) : surfaceForms(spec.term, o);
  });
  let chars = 0;
  for (const all of formsOf) for (const form of all) chars += form.length;
  cap = Math.max(1024, chars >> 1);
  nodes = new Int32Array(cap * 4);
  nodes[3] = -1;
  let forms = 0;
  for (let i = 0; i < specs.length; i++) {
    const o = specs[i]!.options ?? {};
    if (o.infix) hasInfix = true;
    const variant = variants.push({ spec: i, upper: !!o.upper }) - 1;
    const all = formsOf[i]!;
    for (let k = 0; k < all.length; k++) {
      const form = all[k]!;
      if (form.length === 0 || (k > 0 && all.indexOf(form) < k)) continue; // a form twice (few forms per term)
      insert(form, variant);
      forms++;
    }
  }
  // The matcher's closures share this scope: drop what only compiling needed.
  formsOf.length = 0;
  prevForm = '';
  if (size < cap - (cap >> 3)) nodes = nodes.slice(0, size * 4); // the estimate was generous: keep what is used

  // Per-variant flags in flat arrays: the walk reads them for every terminal it passes.
  const vTail = Int8Array.from(variants, (v) => TAIL[specs[v.spec]!.options?.tail ?? 'word']);
  const vLegal = Uint8Array.from(variants, (v) => (specs[v.spec]!.options?.legalSuffix ? 1 : 0));
  const vInfix = Uint8Array.from(variants, (v) => (specs[v.spec]!.options?.infix ? 1 : 0));
  const vJoined = Uint8Array.from(variants, (v) => (specs[v.spec]!.options?.joined ? 1 : 0));
  const vUpper = Uint8Array.from(variants, (v) => (v.upper ? 1 : 0));

  // Folded end offset of the span when a term of variant v may end at p, else -1.
  const acceptEnd = (t: string, p: number, v: number): number => {
    const n = t.length;
    if (vLegal[v]) {
      LEGAL_FORM_AFTER.lastIndex = p;
      if (LEGAL_FORM_AFTER.test(t)) p = LEGAL_FORM_AFTER.lastIndex;
    }
    if (p >= n || !isWordCode(t.charCodeAt(p))) return p;
    const tail = vTail[v];
    if (tail === TAIL.compound) {
      let q = p;
      while (q < n && q - p < 24 && isWordCode(t.charCodeAt(q))) q++;
      return q < n && isWordCode(t.charCodeAt(q)) ? -1 : q;
    }
    // Dutch genitive "Vissers werkplaats": the s belongs to the name.
    if (tail === TAIL.possessive && t.charCodeAt(p) === 115 && (p + 1 >= n || !isWordCode(t.charCodeAt(p + 1)))) return p + 1;
    return -1;
  };

  const isUpper = (folded: FoldedText, original: string, fs: number, fe: number): boolean => {
    const [a, b] = toOriginal(folded, fs, fe);
    const span = original.slice(a, b);
    return span === span.toUpperCase() && span !== span.toLowerCase();
  };

  // Joined terms are not stored without their spaces (that doubled a pack of names): the walk
  // lets a space of the trie match nothing between two word characters ("#JansenTransport",
  // "@jansentransport") or one underscore ("@jansen_transport"), and only a joined term may
  // then end the match, the way only joined terms had joined forms (at least 5 characters).
  const anyJoined = vJoined.includes(1);
  const JOINED = 1; // the path matched a space of the term with nothing or an underscore
  let stack: Int32Array = new Int32Array(48); // branches still to try: [node, p, flags] triples

  // The longest acceptable match starting at folded offset s: written into `best` (one object
  // per find(), reused for every candidate, so a candidate allocates nothing); returns whether there is one.
  const walk = (folded: FoldedText, original: string, s: number, best: Best): boolean => {
    const t = folded.text;
    const n = t.length;
    const startsWord = s === 0 || !isWordCode(t.charCodeAt(s - 1));
    let node = 0;
    let p = s;
    let flags = 0;
    let sp = 0;
    best.v = -1;
    best.end = -1;
    for (;;) {
      const v = node !== 0 ? nodes[node * 4 + 3]! : -1;
      if (v >= 0 && (startsWord || vInfix[v]) && (flags === 0 || (vJoined[v] && p - s >= 5))) {
        const end = acceptEnd(t, p, v);
        // On one path a later terminal is a longer term; across branches the longer match wins.
        if (end >= 0 && end >= best.end && (!vUpper[v] || isUpper(folded, original, s, p))) {
          best.v = v;
          best.end = end;
        }
      }
      let next = 0;
      if (p < n) {
        const c = t.charCodeAt(p);
        next = child(node, c);
        // Most nodes have no space after them: a flag saves the search for one.
        const sep = node !== 0 && (nodes[node * 4]! & HAS_SEP) !== 0 ? child(node, SEP) : 0;
        if (sep !== 0) {
          if (isSepCode(c)) {
            while (p < n && isSepCode(t.charCodeAt(p))) p++;
            node = sep;
            continue;
          }
          const wordBefore = isWordCode(t.charCodeAt(p - 1));
          if (!isWordCode(c) && c !== 95) {
            if (next === 0) {
              node = sep; // "groen&zn": no space needed next to punctuation
              continue;
            }
          } else if (anyJoined && wordBefore) {
            if (c !== 95) {
              // "jansentransport": the space matches nothing; tried after the direct path.
              if (next !== 0) {
                if (sp + 3 > stack.length) stack = growStack(stack);
                stack[sp++] = sep;
                stack[sp++] = p;
                stack[sp++] = JOINED;
              } else {
                node = sep;
                flags = JOINED;
                continue;
              }
            } else if (next === 0 && p + 1 < n && isWordCode(t.charCodeAt(p + 1))) {
              node = sep; // "jansen_transport": one underscore between words (handles)
              p++;
              flags = JOINED;
              continue;
            }
          } else if (!wordBefore && next === 0) {
            node = sep;
            continue;
          }
        }
      }
      if (next !== 0) {
        node = next;
        p++;
        continue;
      }
      if (sp === 0) break;
      flags = stack[--sp]!;
      p = stack[--sp]!;
      node = stack[--sp]!;
    }
    return best.v >= 0;
  };

  // The match walk() found at s, in original offsets.
  const hit = (folded: FoldedText, s: number, best: Best): TermMatch<T> => {
    const t = folded.text;
    const spec = specs[variants[best.v]!.spec]!;
    const before = s > 0 ? t[s - 1] : '';
    const sigil = before === '#' || before === '@' ? before : '';
    const fs = sigil ? s - 1 : s;
    const [start, end] = toOriginal(folded, fs, best.end);
    return { start, end, fstart: fs, fend: best.end, data: spec.data, term: spec.term, sigil };
  };

  // Whether a form may start at s (t.length, not the search limit, bounds its second char).
  const candidate = (t: string, s: number, _n: number): boolean => {
    const c0 = t.charCodeAt(s);
    if (rootChild(c0) === 0) return false;
    if (anyNext(c0) || s + 1 >= t.length) return true;
    const c1 = t.charCodeAt(s + 1);
    const k = pairKey(c0, c1);
    return (pair[k >>> 5]! & (1 << (k & 31))) !== 0 || isSepCode(c1) || !isWordCode(c1);
  };

  const find = (folded: FoldedText, original: string, from = 0, to = folded.text.length): TermMatch<T>[] => {
    const t = folded.text;
    const n = Math.min(t.length, to);
    const out: TermMatch<T>[] = [];
    const best: Best = { v: -1, end: -1 };
    if (hasInfix) {
      // Infix terms may start anywhere: every position is a candidate.
      for (let s = Math.max(0, from); s < n; s++) {
        if (!candidate(t, s, n) || !walk(folded, original, s, best)) continue;
        const m = hit(folded, s, best);
        out.push(m);
        s = m.fend - 1;
      }
      return out;
    }
    // Word-start terms: only the post's token starts (computed once per post, shared by all matchers).
    const { at, head, open, third } = tokenStarts(folded);
    let next = from;
    for (let i = lowerBound(at, from); i < at.length; i++) {
      const s = at[i]!;
      if (s >= n) break;
      if (s < next) continue;
      // The filter of candidate(), from the per-post table.
      const h = head[i]!;
      const k = h >>> 16;
      if (open[i] === 0 && !anyNext(h & 0xffff)) {
        if (!hasBit(pair, k)) continue;
        if (!hasBit(pairOpen, k) && (third[i]! < 0 || !hasBit(triple, third[i]!))) continue;
      }
      if (rootChild(h & 0xffff) === 0 || !walk(folded, original, s, best)) continue;
      const m = hit(folded, s, best);
      out.push(m);
      next = m.fend;
    }
    return out;
  };

  return { forms, find };
}
