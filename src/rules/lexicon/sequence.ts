// The linter's one phrase mechanism: token patterns (phrase/syntax.ts) over the
// words of a post, compiled once per pack into small automata and found in one
// pass. The built-in lexicons, the built-in judgement rules (affiliation, threats,
// group attacks, confidentiality labels, unlisted clients) and admins' `phrase`
// rules all use it.
//
// Cost per post: one look at each word (a hashed filter of its first letters and
// length; most words fail it without a string being made), then each candidate
// start runs its pattern for at most `maxLen` words. Expanding patterns into plain
// phrases for the trie instead took ~30,000 phrases and a quarter second to compile.
import { foldTerm } from '../text/fold.ts';
import { type ClassDef, compileProgram, type Program, secondWords, type Test } from './phrase/program.ts';
import { type Run, runAll, type SpanLookup } from './phrase/run.ts';
import { parse, PhraseError } from './phrase/syntax.ts';
import type { PhraseTokens } from './phrase/tokens.ts';
import { mayHave, wordBits } from './phrase/word-hash.ts';

export { PhraseError } from './phrase/syntax.ts';
export type { SpanHit, SpanIndex, SpanLookup } from './phrase/run.ts';

export interface PhraseSpec<T> {
  pattern: string;
  data: T;
}

/** A match: its data, original offsets (whole and reported part) and words [first, next). */
export interface PhraseMatch<T> extends Run {
  data: T;
}

export interface PhraseOptions {
  /** Resolves `{name}`; undefined for an unknown name. */
  classes: (name: string) => ClassDef | undefined;
  /** Names offered in the error for an unknown class. */
  known?: () => readonly string[];
  /** Words of a match may only be separated by spaces, apostrophes or hyphens (the insult phrases). */
  joinedOnly?: boolean;
}

/** Splits a literal of a pattern into the words the post's tokeniser makes. */
export const splitWords = (literal: string): string[] => foldTerm(literal).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A pattern that failed to compile: which one, where and why. */
export class PhraseSpecError extends Error {
  constructor(
    readonly index: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`pattern ${index + 1}, column ${column + 1}: ${reason}`);
  }
}

interface Entry {
  pattern: number;
  /** 0: the pattern starts at this word; otherwise the word is its anchor, [lo, hi] words in. */
  lo: number;
  hi: number;
  /** For a start: what the next word must be (checked before the pattern runs), when that is known. */
  next?: { words: Set<string>; bits: Int32Array; prefixes: string[] } | null;
}

export interface PhraseSet<T> {
  readonly size: number;
  /** Pack lists the patterns use (`{client}`, `{org}`, …). */
  readonly spans: readonly string[];
  find(tk: PhraseTokens, spans: SpanLookup): PhraseMatch<T>[];
}

/** Compiles every pattern, or throws PhraseSpecError for the first that is refused. */
export function compilePhrases<T>(specs: readonly PhraseSpec<T>[], opts: PhraseOptions): PhraseSet<T> {
  const programs: Program[] = specs.map((spec, index) => {
    try {
      const resolve = (name: string, at: number): ClassDef => {
        const def = opts.classes(name);
        if (def) return def;
        const known = opts.known?.() ?? [];
        const hint = known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? known.find((k) => k.startsWith(name.slice(0, 3)));
        throw new PhraseError(`unknown class {${name}}${hint ? ` (did you mean {${hint}}?)` : ''}${known.length ? `; known: ${known.map((k) => `{${k}}`).join(' ')}` : ''}`, at);
      };
      const seq = parse(spec.pattern, splitWords);
      if (seq.length === 0) throw new PhraseError('the pattern is empty', 0);
      return compileProgram(seq, resolve);
    } catch (e) {
      if (e instanceof PhraseError) throw new PhraseSpecError(index, e.column, e.message);
      throw e;
    }
  });

  // Index of the words that start (or anchor) a pattern, behind a hashed filter.
  const exact = new Map<string, Entry[]>();
  // Stems by a hash of their first three letters (no string made per word of a post): entries
  // of two colliding keys share a list, in the order they were added, and startsWith decides.
  const stems = new Map<number, { stem: string; entry: Entry }[]>();
  const stemKeys = new Uint8Array(65536);
  const spanEntries = new Map<string, Entry[]>();
  const addTest = (t: Test, entry: Entry) => {
    for (const w of t.words ?? []) {
      const list = exact.get(w) ?? [];
      const p = programs[entry.pattern]!;
      const next = entry.lo === 0 && entry.hi === 0 && p.first ? secondWords(p.states, p.start, w) : undefined;
      list.push(next !== undefined ? { ...entry, next: next && { ...next, bits: wordBits(next.words) } } : entry);
      exact.set(w, list);
    }
    for (const p of t.prefixes ?? []) {
      // A stem under three letters never started a search (a word's first three letters were the key).
      if (p.length < 3) continue;
      const k = stemKey(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2));
      stemKeys[k] = 1;
      const list = stems.get(k) ?? [];
      list.push({ stem: p, entry });
      stems.set(k, list);
    }
  };
  const addSpan = (name: string, entry: Entry) => {
    const list = spanEntries.get(name) ?? [];
    list.push(entry);
    spanEntries.set(name, list);
  };
  programs.forEach((p, pattern) => {
    if (p.first) {
      for (const t of p.first.tests) addTest(t, { pattern, lo: 0, hi: 0 });
      for (const s of p.first.spans) addSpan(s, { pattern, lo: 0, hi: 0 });
    } else {
      for (const anchor of p.anchor!) {
        const [lo, hi] = anchor.before;
        if (anchor.test) addTest(anchor.test, { pattern, lo, hi });
        else addSpan(anchor.span!, { pattern, lo, hi });
      }
    }
  });
  // 8 kB, as the old filter had: every word of every post is looked up here, once per set.
  const exactBits = wordBits(exact.keys(), 1 << 16);
  const allSpans = [...new Set(programs.flatMap((p) => p.spans))];
  const joinedOnly = opts.joinedOnly ?? false;

  return {
    size: programs.length,
    spans: allSpans,
    find(tk, spans) {
      // Candidate starts per pattern, collected in one pass over the words.
      let starts: Map<number, number[]> | undefined;
      const consider = (e: Entry, at: number) => {
        starts ??= new Map();
        let list = starts.get(e.pattern);
        if (!list) starts.set(e.pattern, (list = []));
        if (e.lo === 0 && e.hi === 0) list.push(at);
        else for (let s = Math.max(0, at - e.hi); s <= at - e.lo; s++) list.push(s);
      };
      const { chars, ws, we } = tk;
      const hashes = tk.hashes();
      for (let i = 0; i < tk.count; i++) {
        const a = ws[i]!;
        if (mayHave(exactBits, hashes[i]!)) {
          const entries = exact.get(tk.word(i));
          if (entries)
            for (const e of entries) {
              // Most starts fail on the next word ("we" without "will", "weten"): no run for those.
              if (e.next && (i + 1 >= tk.count || !((mayHave(e.next.bits, hashes[i + 1]!) && e.next.words.has(tk.word(i + 1))) || startsWithAny(tk, i + 1, e.next.prefixes)))) continue;
              consider(e, i);
            }
        }
        if (we[i]! - a >= 3) {
          const k = stemKey(chars.charCodeAt(a), chars.charCodeAt(a + 1), chars.charCodeAt(a + 2));
          if (stemKeys[k] === 1) for (const { stem, entry } of stems.get(k)!) if (tk.startsWith(i, stem)) consider(entry, i);
        }
      }
      for (const [name, entries] of spanEntries) for (const at of spans(name).keys()) for (const e of entries) consider(e, at);
      if (!starts) return [];

      const out: PhraseMatch<T>[] = [];
      for (const [pattern, list] of starts) {
        // Starts arrive in word order unless an anchor's look-back ranges overlap: sorting every
        // list was the costliest line of this function.
        if (!ascending(list)) list.sort((a, b) => a - b);
        let free = 0; // leftmost-longest: a match's words are not reused by the same pattern
        for (const r of runAll(programs[pattern]!, tk, list, spans, joinedOnly)) {
          if (r.first < free) continue;
          out.push({ ...r, data: specs[pattern]!.data });
          free = r.next;
        }
      }
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** Word i starts with one of `prefixes` (a loop, not some(): this runs for most words of a post, per phrase set). */
function startsWithAny(tk: PhraseTokens, i: number, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (tk.startsWith(i, prefixes[k]!)) return true;
  return false;
}

function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

const stemKey = (c0: number, c1: number, c2: number) => (Math.imul(c0, 0x9e37) + Math.imul(c1, 0x3b) + Math.imul(c2, 0x1f3)) & 0xffff;
