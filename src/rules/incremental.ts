// A composer's linter: it keeps the last post it checked and, after an edit, re-checks
// only the region around it. Findings of local rules depend only on the text within REACH
// characters of them, so those whose neighbourhood the edit did not touch stay (shifted by
// the length change), and one pass over a window around the edit finds the rest. Post-level
// rules (scope 'post') run over the whole post. The result is always what Linter.lint gives
// for the same text: tests/rules/incremental.test.ts checks that on random edit sequences
// over the corpora.
import { byPlace, dedupeSorted, type RawFinding } from './dedupe.ts';
import type { Engine, LintResult, Pass, RawSignal } from './lint.ts';
import { LANG_READS } from './text/lang.ts';
import type { Finding, Lang, LintContext } from './types.ts';

/**
 * How far a local rule looks from a finding, in characters. The furthest look is for deal
 * words near a client (160 folded characters either side, deal.ts) and for a client word near
 * a welcomed organisation (120 before, 160 after, client-disclosed.ts).
 */
export const REACH = 200;
/** Longer local findings are not expected (a name, a number, a link, a short phrase); one makes the session check the whole post. */
export const LONGEST = 200;

export interface LintSession {
  /** The same result as Linter.check. */
  check(text: string, context?: LintContext): LintResult;
  lint(text: string, context?: LintContext): Finding[];
  /**
   * The same check in steps, for a caller that must stay responsive: each step is one window of
   * at most `chunk` characters (or the post-level rules); the generator returns the findings.
   * Abandoning it midway leaves the session as it was.
   */
  steps(text: string, context?: LintContext): Generator<void, LintResult>;
}

export interface SessionOptions {
  /** Characters re-checked per step (one window); a whole post is checked in such steps too. */
  chunk?: number;
}

/** A step's window: long enough that the overlap (2 × REACH + LONGEST) costs little, short enough for a few milliseconds of work. */
const CHUNK = 4000;

/**
 * Windows of recent edits whose passes are kept, by their text (the last MEMO ones run). A backspace, an undo or a word
 * typed again gives a window seen a moment ago (windows are cut at whitespace, so a keystroke
 * and its undoing give the same one): its pass is reused instead of running every rule again.
 */
const MEMO = 8;

/**
 * Passes over recent edit windows, by window text, for one platform, UI language and post
 * language (another one empties it). A pass is a pure function of those and the compiled pack,
 * so reusing one gives what running the rules gives. Kept in window offsets and never changed:
 * a reused pass is copied before it is moved.
 */
interface Memo {
  tag: string;
  passes: Map<string, Pass>;
}

interface State {
  text: string;
  /** Platform and UI language: another one means a fresh check. */
  key: string;
  lang: Lang;
  /** Local findings (in dedupe's order, byPlace) and post-level signals (by start). */
  local: Local;
}

interface Local {
  findings: RawFinding[];
  signals: RawSignal[];
  /** Rules that threw in a window: the session then starts over on the next draft. */
  failed: string[];
  /** At least the length of the longest span kept: how far before an edit a span may start and still reach it. */
  longest: number;
}

/**
 * How the previous local part becomes the new one: its findings and signals before the re-checked
 * region ([0, head)) stay, those from `tail` on stay moved by `delta`, and `found` goes between.
 * Nothing of the previous state changes until join(): steps abandoned midway leave it as it was.
 */
interface Plan {
  prev: Local | null;
  headFindings: number;
  headSignals: number;
  tailFindings: number;
  tailSignals: number;
  delta: number;
  found: Local;
}

export function createSession(engine: Engine, options: SessionOptions = {}): LintSession {
  const chunk = options.chunk ?? CHUNK;
  let last: State | null = null;
  const memo: Memo = { tag: '', passes: new Map() };
  function* steps(input: string, context: LintContext = {}): Generator<void, LintResult> {
    const text = engine.clip(input);
    if (!/\S/.test(text)) {
      last = null;
      return { findings: [], failed: [...engine.broken], checked: text.length };
    }
    const key = `${context.platform ?? ''}|${context.uiLang ?? ''}`;
    const prev = last?.key === key ? last : null;
    const prefix = prev ? commonPrefix(prev.text, text) : 0;
    // detectLang reads only the start of the post.
    const sameStart = prev !== null && (prefix >= LANG_READS || (prefix === prev.text.length && prefix === text.length));
    const lang = sameStart ? prev.lang : engine.lang(text, context);
    const tag = `${key}|${lang}`;
    if (memo.tag !== tag) {
      memo.tag = tag;
      memo.passes.clear();
    }
    const plan = yield* localPart(engine, prev?.lang === lang ? prev : null, text, prefix, lang, context, chunk, memo.passes);
    yield;
    // From here on no step is left: the previous state may change.
    const local = join(plan);
    const post = engine.post(text, lang, context, local.signals);
    const threw = new Set([...local.failed, ...post.failed]);
    const failed = engine.ruleIds.filter((id) => threw.has(id));
    // After a rule threw, nothing of this check is reused: the next draft is checked whole.
    last = failed.length === 0 ? { text, key, lang, local } : null;
    return { findings: dedupeSorted(merge(local.findings, post.findings.sort(byPlace))), failed: [...engine.broken, ...failed], checked: text.length };
  }
  const check = (text: string, context?: LintContext): LintResult => {
    const it = steps(text, context);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  };
  return { check, lint: (text, context) => check(text, context).findings, steps };
}

const fresh = (found: Local): Plan => ({ prev: null, headFindings: 0, headSignals: 0, tailFindings: 0, tailSignals: 0, delta: 0, found });
const empty = (): Local => ({ findings: [], signals: [], failed: [], longest: 0 });

/** What depends only on nearby text, for `text`: the previous text's away from the edit, and windows over the rest. */
function* localPart(
  engine: Engine,
  prev: State | null,
  text: string,
  prefix: number,
  lang: Lang,
  context: LintContext,
  chunk: number,
  memo: Map<string, Pass>,
): Generator<void, Plan> {
  if (prev && prefix === prev.text.length && prefix === text.length) return fresh(prev.local);
  // Everything from `from` up to `to` (new offsets) is found again; before and after, the old findings stay.
  let from = 0;
  let to = text.length;
  let plan = fresh(empty());
  if (prev) {
    const old = prev.text;
    const { findings, signals, longest } = prev.local;
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const delta = text.length - old.length;
    // A span that starts before `from` but reaches within REACH of the edit is found again, and so
    // is everything after its start. Spans are sorted by start and none is longer than `longest`:
    // only those starting in [prefix - REACH - longest, from) can, and the first of them decides.
    from = prefix - REACH - LONGEST;
    const reach = prefix - REACH;
    for (let i = firstFinding(findings, reach - longest); i < findings.length && findings[i]!.finding.start < from; i++)
      if (findings[i]!.finding.end > reach) {
        from = findings[i]!.finding.start;
        break;
      }
    for (let i = firstSignal(signals, reach - longest); i < signals.length && signals[i]!.signal.start < from; i++)
      if (signals[i]!.signal.end > reach) {
        from = signals[i]!.signal.start;
        break;
      }
    from = wordStart(text, Math.max(0, from));
    to = Math.min(text.length, text.length - suffix + REACH);
    const oldTo = to - delta;
    plan = {
      prev: prev.local,
      headFindings: firstFinding(findings, from),
      headSignals: firstSignal(signals, from),
      tailFindings: firstFinding(findings, oldTo),
      tailSignals: firstSignal(signals, oldTo),
      delta,
      found: plan.found,
    };
  }
  const found = plan.found;
  for (let core = from; core < to; ) {
    if (core > from) yield;
    let coreEnd = core + chunk >= to ? to : wordStart(text, core + chunk);
    if (coreEnd <= core) coreEnd = Math.min(to, core + chunk);
    const windowStart = wordStart(text, Math.max(0, core - REACH));
    const windowEnd = wordEnd(text, Math.min(text.length, coreEnd + LONGEST + REACH));
    const inCore = (s: Span) => s.start + windowStart >= core && s.start + windowStart < coreEnd;
    const windowText = text.slice(windowStart, windowEnd);
    // Only an edit's windows are worth keeping: a whole post's would push them out.
    const kept = prev ? memo.get(windowText) : undefined;
    const w = kept ?? engine.local(windowText, lang, context);
    if (prev && !kept && w.failed.length === 0) remember(memo, windowText, w);
    // Something longer than expected could have a neighbourhood beyond the window.
    for (const r of w.findings) if (inCore(r.finding) && r.finding.end - r.finding.start > LONGEST) return fresh(whole(engine.local(text, lang, context)));
    for (const r of w.signals) if (inCore(r.signal) && r.signal.end - r.signal.start > LONGEST) return fresh(whole(engine.local(text, lang, context)));
    for (const id of w.failed) if (!found.failed.includes(id)) found.failed.push(id);
    // A pass that is not kept is only ever seen here: its findings and signals are moved in
    // place; a kept one's are copied (it is read again by a later edit).
    const own = !prev || w.failed.length > 0;
    for (const r of w.findings)
      if (inCore(r.finding)) {
        found.findings.push(own ? r : { finding: { ...r.finding }, rule: r.rule });
        moveFinding(found.findings[found.findings.length - 1]!.finding, windowStart);
        found.longest = Math.max(found.longest, r.finding.end - r.finding.start);
      }
    for (const r of w.signals)
      if (inCore(r.signal)) {
        found.signals.push(own ? r : { signal: { ...r.signal }, rule: r.rule });
        moveSignal(found.signals[found.signals.length - 1]!.signal, windowStart);
        found.longest = Math.max(found.longest, r.signal.end - r.signal.start);
      }
    core = coreEnd;
  }
  found.findings.sort(byPlace);
  found.signals.sort(bySignalStart);
  return plan;
}

/** Keeps `pass` as the newest of the memo's passes, dropping the oldest beyond MEMO. */
function remember(memo: Map<string, Pass>, text: string, pass: Pass): void {
  // A copy of the window's text, not a slice of the post: V8 keeps a slice's whole parent string
  // alive, and eight old drafts of a long post promoted to the old generation cost a collection
  // per keystroke. JSON.parse builds a new string.
  memo.set(JSON.parse(JSON.stringify(text)) as string, pass);
  if (memo.size > MEMO) memo.delete(memo.keys().next().value!);
}

/** The local part of a whole post, checked at once. */
function whole(pass: Pass): Local {
  let longest = 0;
  for (const r of pass.findings) longest = Math.max(longest, r.finding.end - r.finding.start);
  for (const r of pass.signals) longest = Math.max(longest, r.signal.end - r.signal.start);
  return { findings: pass.findings.sort(byPlace), signals: pass.signals.sort(bySignalStart), failed: pass.failed, longest };
}

/**
 * The new local part from a plan. The previous part's findings after the edit are replaced by
 * moved copies (results handed out share the kept ones, dedupe.ts); its signals, which no one
 * else sees, are moved in place: that state is replaced by this one.
 */
function join({ prev, headFindings, headSignals, tailFindings, tailSignals, delta, found }: Plan): Local {
  if (!prev) return found;
  return {
    findings: spliced(prev.findings, headFindings, found.findings, tailFindings, (r) => ({ finding: moved(r.finding, delta), rule: r.rule }), delta),
    signals: spliced(prev.signals, headSignals, found.signals, tailSignals, (r) => (moveSignal(r.signal, delta), r), delta),
    failed: found.failed,
    longest: Math.max(prev.longest, found.longest),
  };
}

/** `old` up to `head`, then `found`, then `old` from `tail` on, each of those moved when `delta` is not 0. */
function spliced<T>(old: readonly T[], head: number, found: readonly T[], tail: number, move: (x: T) => T, delta: number): T[] {
  const out = old.slice(0, head);
  for (const x of found) out.push(x);
  for (let i = tail; i < old.length; i++) out.push(delta !== 0 ? move(old[i]!) : old[i]!);
  return out;
}

/** Two lists in byPlace order as one. */
function merge(a: RawFinding[], b: RawFinding[]): RawFinding[] {
  if (b.length === 0) return a;
  const out: RawFinding[] = [];
  let j = 0;
  for (const r of a) {
    while (j < b.length && byPlace(b[j]!, r) < 0) out.push(b[j++]!);
    out.push(r);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

interface Span {
  start: number;
  end: number;
}

const bySignalStart = (a: RawSignal, b: RawSignal) => a.signal.start - b.signal.start;

/** Index of the first item starting at or after `at` in a list sorted by start. */
function firstFrom<T>(xs: readonly T[], at: number, start: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(xs[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const firstFinding = (xs: readonly RawFinding[], at: number) => firstFrom(xs, at, (r) => r.finding.start);
const firstSignal = (xs: readonly RawSignal[], at: number) => firstFrom(xs, at, (r) => r.signal.start);

/** Moves a finding no one else has seen yet by `by` (one just found in a window, or a copy). */
function moveFinding(f: Finding, by: number): void {
  f.start += by;
  f.end += by;
  if (f.suggestion) f.suggestion = { ...f.suggestion, start: f.suggestion.start + by, end: f.suggestion.end + by };
}

/**
 * A finding the session kept, `by` further on: a new object, since results handed out earlier
 * share the kept one. Built field by field in the order lint.ts reports them (one shape for all;
 * a spread of findings of many shapes was a fifth of a keystroke in a 63,206-character post).
 */
// Every field of a Finding is copied below: a new one fails to compile here until it is added there.
const COPIED: Record<keyof Finding, 1> = { ruleId: 1, category: 1, severity: 1, start: 1, end: 1, text: 1, message: 1, why: 1, clause: 1, clauseUrl: 1, source: 1, suggestion: 1 };
void COPIED;

function moved(f: Finding, by: number): Finding {
  const g: Finding = { ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start + by, end: f.end + by, text: f.text, message: f.message };
  if (f.why !== undefined) g.why = f.why;
  if (f.clause !== undefined) g.clause = f.clause;
  if (f.clauseUrl !== undefined) g.clauseUrl = f.clauseUrl;
  if (f.source !== undefined) g.source = f.source;
  const s = f.suggestion;
  if (s !== undefined) g.suggestion = { start: s.start + by, end: s.end + by, replacement: s.replacement, label: s.label };
  return g;
}

function moveSignal(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** `i`, moved back to the start of the word it is in (a window never cuts a word or a link). */
function wordStart(text: string, i: number): number {
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

// Blocks are compared natively first: a keystroke in a long post leaves almost all of it equal.
// Equality of two slices compares memory at once; startsWith/endsWith of a slice went character
// by character (63,206 characters: ~270 µs against ~6–20 µs, Node 20), a tenth of a keystroke.
const BLOCKS = [4096, 256, 16];

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of BLOCKS) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (const step of BLOCKS) while (i + step <= max && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
