// What a rule is: metadata first (ESLint's meta), then compile (once per pack)
// and check (once per post). Rules see only the text, the compiled data and
// report(): no DOM, no browser APIs.
import type { EffectivePack } from './merge.ts';
import type { FoldedText } from './text/fold.ts';
import type { Category, Lang, Messages, Platform, Severity } from './types.ts';

export interface RuleMeta {
  /** File name = rule id = settings key = docs anchor. */
  id: string;
  category: Category;
  severity: Severity;
  /** One-line description for docs, the options page and `thinktwice rules`. */
  description: Messages;
  /** Finding messages by messageId; `{name}` placeholders are filled from report data. */
  messages: Record<string, Messages>;
  /** Why posting this is risky. */
  why?: Messages;
  /** The protocol clause enforced, when the rule comes from a company pack. */
  clause?: string;
  /**
   * 'post': a finding depends on the whole post (a count over it, a disclosure anywhere in it,
   * an admin's pattern of any length); such rules run over the whole post on every check.
   * Without it, a finding depends only on the text within REACH characters of it (incremental.ts),
   * and a composer's session re-checks only the region around an edit.
   */
  scope?: 'post';
}

export interface Report {
  range: [number, number];
  messageId: string;
  data?: Record<string, string>;
  /** Overrides meta.severity for this finding (e.g. a sureness level or an entry's severity). */
  severity?: Severity;
  /** Raise the resulting severity one step (e.g. a client named next to "polis"); an override by rule id wins. */
  escalate?: boolean;
  /** Replacement for the flagged range (or for `fixRange`). */
  fix?: { replacement: string; range?: [number, number]; label?: Messages };
  /** Where the matched term came from; per-entry severity lookups use it. */
  source?: string;
  clause?: string;
}

export interface RuleContext {
  readonly text: string;
  readonly lang: Lang;
  readonly platform?: Platform;
  /** The folded view of the text (computed once per post, shared by rules). */
  folded(): FoldedText;
  report(r: Report): void;
}

/** What one place in a post contributes to a post-level rule's decision (an angry word, a disclosure). */
export interface Signal {
  start: number;
  end: number;
}

export interface Rule<C = unknown, S extends Signal = Signal> {
  meta: RuleMeta;
  /** Build matchers from the effective pack; null when the rule has nothing to check. */
  compile(pack: EffectivePack): C | null;
  check(ctx: RuleContext, compiled: C): void;
  /**
   * A post-level rule may split check() in two: `collect` finds the signals, each depending only
   * on the text near it (like a local rule's findings), and `decide` reports from all of them.
   * check(ctx) must do exactly decide(ctx, collect(ctx)). A composer's session keeps the signals
   * and collects them again only around an edit, so a keystroke does not re-scan a long post.
   */
  collect?(ctx: RuleContext, compiled: C): S[];
  decide?(ctx: RuleContext, compiled: C, signals: readonly S[]): void;
}

export const defineRule = <C, S extends Signal = Signal>(rule: Rule<C, S>): Rule<C, S> => rule;

/** Fill `{name}` placeholders (messages without any are returned as they are: no copy per finding). */
export const fillMessage = (m: Messages, data: Record<string, string> = {}): Messages =>
  m.nl.includes('{') || m.en.includes('{') ? { nl: fill(m.nl, data), en: fill(m.en, data) } : m;

// A template is split at its placeholders once (a regex replace per finding showed up in
// profiles of posts with many findings): even indexes are literal text, odd ones keys.
const templates = new Map<string, string[]>();
function fill(s: string, data: Record<string, string>): string {
  let parts = templates.get(s);
  if (!parts) templates.set(s, (parts = s.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  // Own keys only: an admin's message may say "{constructor}" and must not print a function.
  for (let i = 1; i < parts.length; i += 2) out += (Object.hasOwn(data, parts[i]!) ? data[parts[i]!] : `{${parts[i]}}`) + parts[i + 1]!;
  return out;
}
