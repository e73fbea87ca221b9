// Running one compiled pattern from one word of the post: all alternatives are
// followed at once, word by word (a Pike VM: one thread per automaton state, the
// first thread to reach a state wins), so a match costs at most `maxLen` words ×
// the pattern's states, never backtracking. The longest match from that word wins.
import { Op, type Program, type Test } from './program.ts';
import type { PhraseTokens } from './tokens.ts';

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
  if (t.words) ok = t.words.has(tk.word(i));
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

class Vm {
  private readonly seen: Int32Array;
  private stamp = 0;
  private tk!: PhraseTokens;
  private joinedOnly = false;
  private pos = 0;
  private best = new Map<number, Run>();
  private ready: Thread[] = [];

  constructor(private readonly p: Program) {
    // Which states were entered at the current word: stamps instead of clearing.
    this.seen = new Int32Array(p.states.length);
  }

  run(tk: PhraseTokens, starts: readonly number[], spans: SpanLookup, joinedOnly: boolean): Run[] {
    const states = this.p.states;
    this.tk = tk;
    this.joinedOnly = joinedOnly;
    this.best = new Map();
    // Threads that continue at a later word than the next one (after a multi-word list entry).
    let later: Map<number, Thread[]> | undefined;
    let next: Thread[] = [];
    let si = 0;
    let pos = starts[0] ?? tk.count + 1;
    while (pos <= tk.count) {
      this.pos = pos;
      let list = next;
      const jumped = later?.get(pos);
      if (jumped) {
        later!.delete(pos);
        list = [...list, ...jumped].sort((x, y) => x.s - y.s);
      }
      const fresh = si < starts.length && starts[si] === pos;
      while (si < starts.length && starts[si] === pos) si++;
      if (list.length === 0 && !fresh) {
        // Nothing running: skip ahead to the next start or waiting thread.
        let to = si < starts.length ? starts[si]! : tk.count + 1;
        if (later) for (const k of later.keys()) to = Math.min(to, k);
        pos = to;
        continue;
      }
      next = [];
      const ready: Thread[] = [];
      this.ready = ready;
      this.stamp++;
      for (const th of list) this.add(th.s, th.st, th.a, th.b, th.ms, th.me, th.open);
      if (fresh) this.add(pos, this.p.start, -1, -1, -1, -1, false);
      for (let k = 0; k < ready.length; k++) {
        const th = ready[k]!;
        const st = states[th.st]!;
        if (st.op === Op.Consume) {
          if (pos >= tk.count || !this.continues(th, tk.start(pos)) || !passes(st.test!, tk, pos)) continue;
          const a = tk.start(pos);
          next.push({ s: th.s, st: st.out, a: th.a < 0 ? a : th.a, b: tk.end(pos), ms: th.open ? a : th.ms, me: th.me, open: false });
        } else {
          const hit = spans(st.span!).get(pos);
          if (!hit || !this.continues(th, hit.a)) continue;
          const ms = th.open ? hit.a : th.ms;
          const a = th.a < 0 ? hit.a : th.a;
          // An entry with no words of its own (a handle the skeleton leaves out) continues here.
          if (hit.j === pos) this.add(th.s, st.out, a, hit.b, ms, th.me, false);
          else if (hit.j === pos + 1) next.push({ s: th.s, st: st.out, a, b: hit.b, ms, me: th.me, open: false });
          else {
            later ??= new Map();
            later.set(hit.j, [...(later.get(hit.j) ?? []), { s: th.s, st: st.out, a, b: hit.b, ms, me: th.me, open: false }]);
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
  private continues(th: Thread, at: number): boolean {
    const { tk, pos } = this;
    if (th.b < 0) return true;
    if (pos > 0 && pos < tk.count && th.b === tk.end(pos - 1) && at === tk.start(pos)) return !tk.breakBefore(pos) && (!this.joinedOnly || tk.joined(pos));
    return !this.joinedOnly && !tk.breakIn(th.b, at);
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
          this.ready.push({ s, st, a, b, ms, me, open });
          return;
      }
    }
  }
}
