// Running one compiled pattern from one word of the post: all alternatives are
// followed at once, word by word (a Pike VM: one thread per automaton state, the
// first thread to reach a state wins), so a match costs at most `maxLen` words ×
// the pattern's states, never backtracking. The longest match from that word wins.
import { Op, type Program, type Test } from './program.ts';
import type { PhraseTokens } from './tokens.ts';
import { mayHave } from './word-hash.ts';

/** A pack-list entry found in the post: it covers words [i, j) and original text [a, b). */
export interface SpanHit {
  j: number;
  a: number;
  b: number;
}
/** Entries by the word they start at (`keys` only for lists that start a search). */
export interface SpanIndex {
  get(word: number): SpanHit | undefined;
  keys(): Iterable<number>;
}
export type SpanLookup = (name: string) => SpanIndex;

export interface Run {
  /** Original offsets of the whole match and of its reported part. */
  start: number;
  end: number;
  focusStart: number;
  focusEnd: number;
  /** Words [first, next) of the match. */
  first: number;
  next: number;
}

interface Thread {
  /** The word the thread started at. */
  s: number;
  st: number;
  a: number;
  b: number;
  ms: number;
  me: number;
  /** Inside "[": the next word starts the reported part. */
  open: boolean;
}

export function passes(t: Test, tk: PhraseTokens, i: number): boolean {
  let ok = false;
  // The hash's bit first: most words fail there without a string being made.
  if (t.words) ok = (t.bits === undefined || mayHave(t.bits, tk.hashes()[i]!)) && t.words.has(tk.word(i));
  if (!ok && t.prefixes) for (const p of t.prefixes) if ((ok = tk.startsWith(i, p))) break;
  if (!ok && t.open) ok = t.open(tk, i);
  if (ok && t.tag) ok = tk.tagged(i);
  return t.negate ? !ok : ok;
}

/**
 * The longest match from each of `starts` (ascending word indexes), in one left-to-right
 * pass: threads from all starts run together, and when two reach the same state at the
 * same word the one that started first survives (its future is the same, and it is the
 * leftmost). So a post costs at most its words × the pattern's states, whatever the pattern.
 */
export function runAll(p: Program, tk: PhraseTokens, starts: readonly number[], spans: SpanLookup, joinedOnly: boolean): Run[] {
  // One machine per program, reused post after post (no closures or tables made per call).
  const vm = ((p as { vm?: Vm }).vm ??= new Vm(p));
  return vm.run(tk, starts, spans, joinedOnly);
}

/** Fields of a thread in the machine's flat buffers: [s, st, a, b, ms, me, open]. */
const W = 7;

/** A buffer of threads: `n` of them, W numbers each. */
interface Threads {
  buf: Int32Array;
  n: number;
}

const threads = (): Threads => ({ buf: new Int32Array(W * 16), n: 0 });

function push(t: Threads, s: number, st: number, a: number, b: number, ms: number, me: number, open: boolean): void {
  if ((t.n + 1) * W > t.buf.length) {
    const bigger = new Int32Array(t.buf.length * 2);
    bigger.set(t.buf);
    t.buf = bigger;
  }
  const o = t.n++ * W;
  const buf = t.buf;
  buf[o] = s;
  buf[o + 1] = st;
  buf[o + 2] = a;
  buf[o + 3] = b;
  buf[o + 4] = ms;
  buf[o + 5] = me;
  buf[o + 6] = open ? 1 : 0;
}

class Vm {
  private readonly seen: Int32Array;
  private stamp = 0;
  private tk!: PhraseTokens;
  private joinedOnly = false;
  private pos = 0;
  private best = new Map<number, Run>();
  // Threads live in flat buffers reused from word to word and post to post: one object per
  // thread and word was a fifth of what a check allocated (sampling heap profile, issue #19).
  /** Threads waiting for the current word's test. */
  private ready = threads();
  /** Threads that go on at the current word, and those that go on at the next one. */
  private list = threads();
  private next = threads();

  constructor(private readonly p: Program) {
    // Which states were entered at the current word: stamps instead of clearing.
    this.seen = new Int32Array(p.states.length);
  }

  run(tk: PhraseTokens, starts: readonly number[], spans: SpanLookup, joinedOnly: boolean): Run[] {
    const states = this.p.states;
    this.tk = tk;
    this.joinedOnly = joinedOnly;
    this.best = new Map();
    this.next.n = 0;
    // Threads that continue at a later word than the next one (after a multi-word list entry).
    let later: Map<number, Thread[]> | undefined;
    let si = 0;
    let pos = starts[0] ?? tk.count + 1;
    while (pos <= tk.count) {
      this.pos = pos;
      // The threads for this word: those the previous word passed on (and, rarely, jumped ones).
      const list = this.next;
      this.next = this.list;
      this.list = list;
      this.next.n = 0;
      const jumped = later?.get(pos);
      if (jumped) {
        later!.delete(pos);
        const all: Thread[] = [];
        for (let k = 0; k < list.n; k++) {
          const o = k * W;
          const b = list.buf;
          all.push({ s: b[o]!, st: b[o + 1]!, a: b[o + 2]!, b: b[o + 3]!, ms: b[o + 4]!, me: b[o + 5]!, open: b[o + 6] === 1 });
        }
        // Stable: at the same start, the threads passed on from the previous word come first.
        all.push(...jumped);
        all.sort((x, y) => x.s - y.s);
        list.n = 0;
        for (const th of all) push(list, th.s, th.st, th.a, th.b, th.ms, th.me, th.open);
      }
      const fresh = si < starts.length && starts[si] === pos;
      while (si < starts.length && starts[si] === pos) si++;
      if (list.n === 0 && !fresh) {
        // Nothing running: skip ahead to the next start or waiting thread.
        let to = si < starts.length ? starts[si]! : tk.count + 1;
        if (later) for (const k of later.keys()) to = Math.min(to, k);
        pos = to;
        continue;
      }
      const ready = this.ready;
      ready.n = 0;
      this.stamp++;
      for (let k = 0; k < list.n; k++) {
        const o = k * W;
        const b = list.buf;
        this.add(b[o]!, b[o + 1]!, b[o + 2]!, b[o + 3]!, b[o + 4]!, b[o + 5]!, b[o + 6] === 1);
      }
      if (fresh) this.add(pos, this.p.start, -1, -1, -1, -1, false);
      // add() may append to `ready` (and grow its buffer) while it is walked.
      for (let k = 0; k < ready.n; k++) {
        const o = k * W;
        const r = ready.buf;
        const ts = r[o]!;
        const tb = r[o + 3]!;
        const tOpen = r[o + 6] === 1;
        const st = states[r[o + 1]!]!;
        if (st.op === Op.Consume) {
          if (pos >= tk.count || !this.continues(tb, tk.start(pos)) || !passes(st.test!, tk, pos)) continue;
          const a = tk.start(pos);
          const ta = r[o + 2]!;
          push(this.next, ts, st.out, ta < 0 ? a : ta, tk.end(pos), tOpen ? a : r[o + 4]!, r[o + 5]!, false);
        } else {
          const hit = spans(st.span!).get(pos);
          if (!hit || !this.continues(tb, hit.a)) continue;
          const ms = tOpen ? hit.a : r[o + 4]!;
          const ta = r[o + 2]!;
          const a = ta < 0 ? hit.a : ta;
          const me = r[o + 5]!;
          // An entry with no words of its own (a handle the skeleton leaves out) continues here.
          if (hit.j === pos) this.add(ts, st.out, a, hit.b, ms, me, false);
          else if (hit.j === pos + 1) push(this.next, ts, st.out, a, hit.b, ms, me, false);
          else {
            later ??= new Map();
            later.set(hit.j, [...(later.get(hit.j) ?? []), { s: ts, st: st.out, a, b: hit.b, ms, me, open: false }]);
          }
        }
      }
      pos++;
    }
    return this.best.size === 0 ? [] : [...this.best.values()].sort((x, y) => x.first - y.first);
  }

  /**
   * Whatever comes next (a word or a list entry starting at original offset `at`) continues
   * the match when no sentence ends in between (and, for the strict insult phrases, only
   * spaces, apostrophes or hyphens separate two words).
   */
  private continues(b: number, at: number): boolean {
    const { tk, pos } = this;
    if (b < 0) return true;
    if (pos > 0 && pos < tk.count && b === tk.end(pos - 1) && at === tk.start(pos)) return !tk.breakBefore(pos) && (!this.joinedOnly || tk.joined(pos));
    return !this.joinedOnly && !tk.breakIn(b, at);
  }

  /**
   * Follows the steps that consume no word from state `st`; a thread object is only made
   * for a state that waits for a word (epsilon steps pass fields, not copies).
   */
  private add(s: number, st: number, a: number, b: number, ms: number, me: number, open: boolean): void {
    const { states } = this.p;
    const { tk, pos } = this;
    for (;;) {
      if (this.seen[st] === this.stamp) return;
      this.seen[st] = this.stamp;
      const state = states[st]!;
      switch (state.op) {
        case Op.Split:
          this.add(s, state.out, a, b, ms, me, open);
          st = state.out2;
          continue;
        case Op.Jump:
          st = state.out;
          continue;
        case Op.Bos:
          if (!(pos === 0 || (pos < tk.count && tk.breakBefore(pos)))) return;
          st = state.out;
          continue;
        case Op.Eos:
          if (!(pos === tk.count || tk.breakBefore(pos))) return;
          st = state.out;
          continue;
        case Op.Mark0:
          open = true;
          st = state.out;
          continue;
        case Op.Mark1:
          me = b;
          st = state.out;
          continue;
        case Op.Match: {
          // Later words make longer matches; at one word the first thread has priority.
          const known = this.best.get(s);
          if (!known || known.next < pos) this.best.set(s, { start: a, end: b, focusStart: ms >= 0 ? ms : a, focusEnd: me >= 0 ? me : b, first: s, next: pos });
          return;
        }
        default:
          push(this.ready, s, st, a, b, ms, me, open);
          return;
      }
    }
  }
}
