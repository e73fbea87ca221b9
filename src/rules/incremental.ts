// A composer's linter: it keeps the last post it checked and, after an edit, re-checks
// only the region around it. Findings of local rules depend only on the text within REACH
// characters of them, so those whose neighbourhood the edit did not touch stay (shifted by
// the length change), and one pass over a window around the edit finds the rest. Post-level
// rules (scope 'post') run over the whole post. The result is always what Linter.lint gives
// for the same text: tests/rules/incremental.test.ts checks that on random edit sequences
// over the corpora.
import { dedupe, type RawFinding } from './dedupe.ts';
import type { Engine, LintResult, RawSignal } from './lint.ts';
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

interface State {
  text: string;
  /** Platform and UI language: another one means a fresh check. */
  key: string;
  lang: Lang;
  /** Local findings and post-level signals, each by start. */
  local: Local;
}

interface Local {
  findings: RawFinding[];
  signals: RawSignal[];
  /** Rules that threw in a window: the session then starts over on the next draft. */
  failed: string[];
}

export function createSession(engine: Engine, options: SessionOptions = {}): LintSession {
  const chunk = options.chunk ?? CHUNK;
  let last: State | null = null;
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
    const local = yield* localPart(engine, prev?.lang === lang ? prev : null, text, prefix, lang, context, chunk);
    yield;
    const post = engine.post(text, lang, context, local.signals);
    const threw = new Set([...local.failed, ...post.failed]);
    const failed = engine.ruleIds.filter((id) => threw.has(id));
    // After a rule threw, nothing of this check is reused: the next draft is checked whole.
    last = failed.length === 0 ? { text, key, lang, local } : null;
    return { findings: dedupe([...local.findings, ...post.findings]), failed: [...engine.broken, ...failed], checked: text.length };
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

/** What depends only on nearby text, for `text`: the previous text's away from the edit, and windows over the rest. */
function* localPart(
  engine: Engine,
  prev: State | null,
  text: string,
  prefix: number,
  lang: Lang,
  context: LintContext,
  chunk: number,
): Generator<void, Local> {
  if (prev && prefix === prev.text.length && prefix === text.length) return prev.local;
  // Everything from `from` up to `to` (new offsets) is found again; before and after, the old findings stay.
  let from = 0;
  let to = text.length;
  let before: Local = { findings: [], signals: [], failed: [] };
  let after: Local = { findings: [], signals: [], failed: [] };
  if (prev) {
    const old = prev.text;
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const oldEnd = old.length - suffix;
    const delta = text.length - old.length;
    from = prefix - REACH - LONGEST;
    const touched = (s: Span) => s.end + REACH > prefix && s.start - REACH < oldEnd && s.start < from;
    for (const r of prev.local.findings) if (touched(r.finding)) from = r.finding.start;
    for (const r of prev.local.signals) if (touched(r.signal)) from = r.signal.start;
    from = wordStart(text, Math.max(0, from));
    to = Math.min(text.length, text.length - suffix + REACH);
    const oldTo = to - delta;
    before = {
      findings: prev.local.findings.filter((r) => r.finding.start < from),
      signals: prev.local.signals.filter((r) => r.signal.start < from),
      failed: [],
    };
    after = {
      findings: prev.local.findings.filter((r) => r.finding.start >= oldTo).map((r) => (delta === 0 ? r : shiftFinding(r, delta))),
      signals: prev.local.signals.filter((r) => r.signal.start >= oldTo).map((r) => (delta === 0 ? r : shiftSignal(r, delta))),
      failed: [],
    };
  }
  const found: Local = { findings: [], signals: [], failed: [] };
  for (let core = from; core < to; ) {
    if (core > from) yield;
    let coreEnd = core + chunk >= to ? to : wordStart(text, core + chunk);
    if (coreEnd <= core) coreEnd = Math.min(to, core + chunk);
    const windowStart = wordStart(text, Math.max(0, core - REACH));
    const windowEnd = wordEnd(text, Math.min(text.length, coreEnd + LONGEST + REACH));
    const inCore = (s: Span) => s.start + windowStart >= core && s.start + windowStart < coreEnd;
    const w = engine.local(text.slice(windowStart, windowEnd), lang, context);
    const spans = [...w.findings.map((r) => r.finding), ...w.signals.map((r) => r.signal)];
    // Something longer than expected could have a neighbourhood beyond the window.
    if (spans.some((s) => inCore(s) && s.end - s.start > LONGEST)) return byStart(engine.local(text, lang, context));
    for (const id of w.failed) if (!found.failed.includes(id)) found.failed.push(id);
    for (const r of w.findings) if (inCore(r.finding)) found.findings.push(shiftFinding(r, windowStart));
    for (const r of w.signals) if (inCore(r.signal)) found.signals.push(shiftSignal(r, windowStart));
    core = coreEnd;
  }
  const sorted = byStart(found);
  return {
    findings: [...before.findings, ...sorted.findings, ...after.findings],
    signals: [...before.signals, ...sorted.signals, ...after.signals],
    failed: sorted.failed,
  };
}

interface Span {
  start: number;
  end: number;
}

const byStart = (l: Local): Local => ({
  findings: l.findings.sort((a, b) => a.finding.start - b.finding.start),
  signals: l.signals.sort((a, b) => a.signal.start - b.signal.start),
  failed: l.failed,
});

function shiftFinding(r: RawFinding, by: number): RawFinding {
  const f = r.finding;
  const finding: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.suggestion) finding.suggestion = { ...f.suggestion, start: f.suggestion.start + by, end: f.suggestion.end + by };
  return { finding, rule: r.rule };
}

const shiftSignal = (r: RawSignal, by: number): RawSignal => ({ signal: { ...r.signal, start: r.signal.start + by, end: r.signal.end + by }, rule: r.rule });

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
const BLOCKS = [4096, 256, 16];

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of BLOCKS) while (i + step <= n && b.startsWith(a.slice(i, i + step), i)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (const step of BLOCKS) while (i + step <= max && b.endsWith(a.slice(a.length - i - step, a.length - i), b.length - i)) i += step;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
