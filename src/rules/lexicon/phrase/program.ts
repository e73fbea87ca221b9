// A parsed phrase pattern compiled into a small automaton over words (Thompson's
// construction: no loops, so every match is at most `maxLen` words long), and the
// checks that refuse patterns that could match everything or grow too big.
import { type Node, PhraseError } from './syntax.ts';
import type { PhraseTokens } from './tokens.ts';
import { wordBits } from './word-hash.ts';

/** What one word of the post is tested against. */
export interface Test {
  words?: ReadonlySet<string>;
  /** Hashes of `words` (word-hash.ts), read before the set: most words of a post fail on it. */
  bits?: Int32Array;
  prefixes?: readonly string[];
  /** Classes decided by the token itself (a capital, a number). */
  open?: (tk: PhraseTokens, i: number) => boolean;
  /** The word must be written as a hashtag. */
  tag?: boolean;
  negate?: boolean;
}

/** A named class: a finite set of words (and stems), an open predicate, or a list matched as spans. */
export type ClassDef =
  | { kind: 'words'; words: ReadonlySet<string>; prefixes?: readonly string[]; suffixes?: readonly string[] }
  | { kind: 'open'; test: (tk: PhraseTokens, i: number) => boolean }
  /** Matched as spans of words; `open` when they may begin almost anywhere (any capitalised run): no anchor. */
  | { kind: 'span'; open?: boolean };

export const enum Op {
  Match,
  Consume,
  Span,
  Split,
  Jump,
  Bos,
  Eos,
  Mark0,
  Mark1,
}

export interface State {
  op: Op;
  out: number;
  out2: number;
  test?: Test;
  span?: string;
  /** A span that may begin at almost any word (a capitalised run): it neither starts nor anchors a search. */
  open?: boolean;
}

export interface Program {
  states: State[];
  start: number;
  /** Fewest and most words a match covers (a list entry counts as up to SPAN_MAX words). */
  minLen: number;
  maxLen: number;
  /** The tests a match can begin with, when they are all finite; null when it may begin anywhere. */
  first: { tests: Test[]; spans: string[] } | null;
  /** Otherwise: finite steps one of which every match passes, and how many words may come before each. */
  anchor: { test: Test | null; span: string | null; before: [number, number] }[] | null;
  /** Pack lists the pattern uses. */
  spans: string[];
}

/** A pack-list entry counts as this many words at most when bounding a match. */
export const SPAN_MAX = 12;
/** Bounds that keep every pattern cheap to run. */
export const MAX_STATES = 400;
export const MAX_LEN = 40;

/** Words so common that a pattern of only these would match almost every post. */
const FUNCTION_WORDS = new Set(
  ('de het een en of in op aan van voor met bij te is zijn was ik je jij we wij ze hij zij u dat die dit deze er niet ook maar om als dan nog wel al ' +
    'the a an and or in on at of for with to is are was be i you we they he she it that this these not but so as if then also')
    .split(' '),
);

export function compileProgram(seq: Node[], resolve: (name: string, at: number) => ClassDef): Program {
  const states: State[] = [];
  const add = (s: State) => states.push(s) - 1;
  const usedSpans = new Set<string>();

  // Builds the states for a sequence ending in `next`, back to front; returns the entry state.
  function build(nodes: Node[], next: number): number {
    let out = next;
    for (let k = nodes.length - 1; k >= 0; k--) out = one(nodes[k]!, out);
    return out;
  }
  function one(n: Node, next: number): number {
    switch (n.t) {
      case 'word':
        return add({ op: Op.Consume, out: next, out2: -1, test: { words: new Set([n.w]), ...(n.tag ? { tag: true } : {}) } });
      case 'prefix':
        return add({ op: Op.Consume, out: next, out2: -1, test: { prefixes: [n.p] } });
      case 'any':
        return add({ op: Op.Consume, out: next, out2: -1, test: { open: () => true } });
      case 'class': {
        const def = resolve(n.name, n.at);
        if (def.kind === 'span') {
          usedSpans.add(n.name);
          return add({ op: Op.Span, out: next, out2: -1, span: n.name, ...(def.open ? { open: true } : {}) });
        }
        return add({ op: Op.Consume, out: next, out2: -1, test: testOf(def) });
      }
      case 'not': {
        const t = singleTest(n.of, resolve);
        return add({ op: Op.Consume, out: next, out2: -1, test: { ...t, negate: true } });
      }
      case 'gap': {
        // Up to `max` words: a chain of optional "any word" steps.
        let out = next;
        for (let k = 0; k < n.max; k++) {
          const any = add({ op: Op.Consume, out, out2: -1, test: { open: () => true } });
          out = add({ op: Op.Split, out: any, out2: next });
        }
        return out;
      }
      case 'bos':
        return add({ op: Op.Bos, out: next, out2: -1 });
      case 'eos':
        return add({ op: Op.Eos, out: next, out2: -1 });
      case 'opt':
        return add({ op: Op.Split, out: one(n.of, next), out2: next });
      case 'alt': {
        // Alternatives of single plain words become one set test (most groups are lists of words).
        if (n.alts.every((a) => a.length === 1 && a[0]!.t === 'word' && !a[0]!.tag))
          return add({ op: Op.Consume, out: next, out2: -1, test: { words: new Set(n.alts.map((a) => (a[0] as { w: string }).w)) } });
        // Longest alternative first: the first thread to reach a state wins, so it covers most.
        const alts = [...n.alts].sort((a, b) => b.length - a.length);
        let entry = build(alts[alts.length - 1]!, next);
        for (let k = alts.length - 2; k >= 0; k--) entry = add({ op: Op.Split, out: build(alts[k]!, next), out2: entry });
        return entry;
      }
      case 'mark': {
        const close = add({ op: Op.Mark1, out: next, out2: -1 });
        return add({ op: Op.Mark0, out: build(n.seq, close), out2: -1 });
      }
    }
  }

  const match = add({ op: Op.Match, out: -1, out2: -1 });
  const start = build(seq, match);
  // One shape for every state and every test: the machine reads them for each thread and word,
  // and objects of a dozen shapes (made by spreads) made those reads megamorphic.
  const tests = new Map<Test, Test>();
  for (let k = 0; k < states.length; k++) {
    const { op, out, out2, test, span, open } = states[k]!;
    let t = test && tests.get(test);
    if (test && !t) {
      const { words, prefixes, open: predicate, tag, negate } = test;
      tests.set(test, (t = { words, bits: words ? bitsOf(words) : undefined, prefixes, open: predicate, tag, negate }));
    }
    states[k] = { op, out, out2, test: t, span, open };
  }
  if (states.length > MAX_STATES) throw new PhraseError(`the pattern is too big (${states.length} steps, at most ${MAX_STATES}): split it into several patterns`, 0);

  const [minLen, maxLen] = lengths(states, start);
  if (minLen === 0) throw new PhraseError('the pattern can match without any word (everything in it is optional): it would match every post', 0);
  if (maxLen > MAX_LEN) throw new PhraseError(`a match could be ${maxLen} words long (at most ${MAX_LEN}): use shorter gaps or fewer optional parts`, 0);
  if (onlyFunctionWords(seq)) throw new PhraseError('the pattern has only very common words (such as "de", "the"): it would match almost every post', 0);

  let first = firstTests(states, start);
  const anchor = findAnchor(states, start, match);
  if (!first && !anchor)
    throw new PhraseError(
      'the pattern has no fixed word, word class or list that every match contains: it could match almost anywhere; start it with a word or {class}',
      0,
    );
  // Search from the rarest words every match contains: a pattern opening with "het|dat|it"
  // is looked up by its label word instead, so the common words start no run.
  if (first && anchor && commonness(anchor.map((a) => a.test).filter((t): t is Test => t !== null), anchor.filter((a) => a.span).length) < commonness(first.tests, first.spans.length)) first = null;
  return { states, start, minLen, maxLen, first, anchor: first ? null : anchor, spans: [...usedSpans] };
}

/** One bit set per word set: a class's words are shared by every pattern that uses it. */
const BITS = new WeakMap<ReadonlySet<string>, Int32Array>();
function bitsOf(words: ReadonlySet<string>): Int32Array {
  let bits = BITS.get(words);
  if (!bits) BITS.set(words, (bits = wordBits(words)));
  return bits;
}

function testOf(def: ClassDef & { kind: 'words' | 'open' }): Test {
  if (def.kind === 'open') return { open: def.test };
  const { suffixes } = def;
  return {
    words: def.words,
    ...(def.prefixes?.length ? { prefixes: def.prefixes } : {}),
    // Word endings ("belastingadviseur") cannot be looked up: the class then cannot anchor a pattern.
    ...(suffixes?.length ? { open: (tk: PhraseTokens, i: number) => suffixes.some((x) => tk.word(i).endsWith(x) && tk.wordLength(i) > x.length + 2) } : {}),
  };
}

/** The test for a node that stands for one word ("!x" wraps one). */
function singleTest(n: Node, resolve: (name: string, at: number) => ClassDef): Test {
  if (n.t === 'word') return { words: new Set([n.w]) };
  if (n.t === 'prefix') return { prefixes: [n.p] };
  if (n.t === 'class') {
    const def = resolve(n.name, n.at);
    if (def.kind === 'span') throw new PhraseError(`"!{${n.name}}": a list of names cannot be negated`, n.at);
    return testOf(def);
  }
  // A group of single words and classes: one test with the union.
  const words = new Set<string>();
  const prefixes: string[] = [];
  const opens: ((tk: PhraseTokens, i: number) => boolean)[] = [];
  for (const a of (n as { alts: Node[][] }).alts) {
    const t = singleTest(a[0]!, resolve);
    for (const w of t.words ?? []) words.add(w);
    prefixes.push(...(t.prefixes ?? []));
    if (t.open) opens.push(t.open);
  }
  return {
    words,
    ...(prefixes.length ? { prefixes } : {}),
    ...(opens.length ? { open: (tk: PhraseTokens, i: number) => opens.some((o) => o(tk, i)) } : {}),
  };
}

/** How often a set of tests will fire in ordinary text: function words count most. */
function commonness(tests: readonly Test[], spans: number): number {
  let n = spans * 5;
  for (const t of tests) {
    for (const w of t.words ?? []) n += FUNCTION_WORDS.has(w) || w.length <= 2 ? 100 : 1;
    n += (t.prefixes?.length ?? 0) * 10;
  }
  return n;
}

/** Finite tests pass only listed words: they can start or anchor a match. */
const finite = (t: Test | undefined): boolean => !!t && !t.negate && !t.open;

/** Fewest and most words from `from` to the match state (the automaton has no loops). */
function lengths(states: State[], from: number): [number, number] {
  const memo = new Map<number, [number, number]>();
  const walk = (s: number): [number, number] => {
    const known = memo.get(s);
    if (known) return known;
    const st = states[s]!;
    let r: [number, number];
    if (st.op === Op.Match) r = [0, 0];
    else if (st.op === Op.Split) {
      const a = walk(st.out);
      const b = walk(st.out2);
      r = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
    } else {
      const [lo, hi] = walk(st.out);
      r = st.op === Op.Consume ? [lo + 1, hi + 1] : st.op === Op.Span ? [lo + 1, hi + SPAN_MAX] : [lo, hi];
    }
    memo.set(s, r);
    return r;
  };
  return walk(from);
}

/** The consuming states reachable from `from` without consuming a word. */
export function closureConsumers(states: State[], from: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    const st = states[s]!;
    if (st.op === Op.Consume || st.op === Op.Span || st.op === Op.Match) out.push(s);
    else {
      stack.push(st.out);
      if (st.op === Op.Split) stack.push(st.out2);
    }
  }
  return out;
}

/**
 * What the word after `word` must be when a match starts with `word`: the words (and stems)
 * of every step that can come next, or null when anything else could follow (a list entry,
 * an open class, the end of the match). The search checks it before running the pattern.
 */
export function secondWords(states: State[], start: number, word: string): { words: Set<string>; prefixes: string[] } | null {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const c of closureConsumers(states, start)) {
    const t = states[c]!.test;
    if (!t || !(t.words?.has(word) || t.prefixes?.some((p) => word.startsWith(p)))) continue;
    if (t.tag) return null; // the hashtag check happens in the run
    for (const n of closureConsumers(states, states[c]!.out)) {
      const nt = states[n]!;
      if (nt.op !== Op.Consume || !finite(nt.test)) return null;
      for (const w of nt.test!.words ?? []) words.add(w);
      prefixes.push(...(nt.test!.prefixes ?? []));
    }
  }
  return words.size || prefixes.length ? { words, prefixes } : null;
}

function firstTests(states: State[], start: number): Program['first'] {
  const tests: Test[] = [];
  const spans: string[] = [];
  for (const s of closureConsumers(states, start)) {
    const st = states[s]!;
    if (st.op === Op.Span && !st.open) spans.push(st.span!);
    else if (st.op === Op.Consume && finite(st.test)) tests.push(st.test!);
    else return null;
  }
  return { tests, spans };
}

/**
 * Steps one of which every match passes: the word steps right after a state that every
 * path goes through ("kiest" in "{orgname} kiest voor ons"; "chose|picked|has chosen" in
 * "{orgname} (chose|picked|has chosen) us"), when they are all finite. The search looks for
 * those words and runs the pattern from a few words before them.
 */
function findAnchor(states: State[], start: number, match: number): Program['anchor'] {
  const reaches = (without: number): boolean => {
    const seen = new Set<number>([without]);
    const stack = [start];
    while (stack.length) {
      const s = stack.pop()!;
      if (s === match) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      const st = states[s]!;
      if (st.out >= 0) stack.push(st.out);
      if (st.op === Op.Split) stack.push(st.out2);
    }
    return false;
  };
  // Of the cuts every match passes, the one with the rarest words (then the earliest, so the
  // look-back window is shortest).
  let best: { cut: number[]; cost: number } | null = null;
  const usable = (c: number) => {
    const st = states[c]!;
    return (st.op === Op.Consume && finite(st.test)) || (st.op === Op.Span && !st.open);
  };
  for (const s of topological(states, start)) {
    if (s === start || s === match || reaches(s)) continue;
    const cut = closureConsumers(states, s);
    if (cut.length === 0 || !cut.every(usable)) continue;
    const cost = commonness(cut.map((c) => states[c]!.test).filter((t): t is Test => !!t), cut.filter((c) => states[c]!.op === Op.Span).length);
    if (!best || cost < best.cost) best = { cut, cost };
  }
  return (
    best?.cut.map((c) => {
      const st = states[c]!;
      return { test: st.op === Op.Consume ? st.test! : null, span: st.op === Op.Span ? st.span! : null, before: wordsBefore(states, start, c) };
    }) ?? null
  );
}

function topological(states: State[], start: number): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (s: number) => {
    if (s < 0 || seen.has(s)) return;
    seen.add(s);
    const st = states[s]!;
    if (st.op === Op.Split) visit(st.out2);
    visit(st.out);
    order.push(s);
  };
  visit(start);
  return order.reverse();
}

/** Fewest and most words consumed on the way from `start` to `target` (one pass in topological order). */
function wordsBefore(states: State[], start: number, target: number): [number, number] {
  const lo = new Map<number, number>([[start, 0]]);
  const hi = new Map<number, number>([[start, 0]]);
  for (const s of topological(states, start)) {
    if (s === target || !lo.has(s)) continue;
    const st = states[s]!;
    const [a, b] = st.op === Op.Consume ? [1, 1] : st.op === Op.Span ? [1, SPAN_MAX] : [0, 0];
    for (const o of st.op === Op.Split ? [st.out, st.out2] : [st.out]) {
      if (o < 0) continue;
      lo.set(o, Math.min(lo.get(o) ?? Infinity, lo.get(s)! + a));
      hi.set(o, Math.max(hi.get(o) ?? -Infinity, hi.get(s)! + b));
    }
  }
  return [lo.get(target)!, hi.get(target)!];
}

/** Every fixed word of the pattern is a function word, and it has no class or list. */
function onlyFunctionWords(seq: Node[]): boolean {
  let words = 0;
  let other = false;
  const visit = (n: Node) => {
    if (n.t === 'word') {
      if (FUNCTION_WORDS.has(n.w)) words++;
      else other = true;
    } else if (n.t === 'prefix' || n.t === 'class') other = true;
    else if (n.t === 'alt') n.alts.forEach((a) => a.forEach(visit));
    else if (n.t === 'opt' || n.t === 'not') visit(n.of);
    else if (n.t === 'mark') n.seq.forEach(visit);
  };
  seq.forEach(visit);
  return !other && words > 0;
}
