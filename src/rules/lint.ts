// lint(text, context) → findings. Packs are compiled once by createLinter;
// a lint call only runs the compiled checks over one post. session() gives one
// composer a linter that re-checks only the region around an edit (incremental.ts).
import { dedupe, type RawFinding } from './dedupe.ts';
import { createSession, type LintSession, type SessionOptions } from './incremental.ts';
import { type EffectivePack, type Layer, mergePacks } from './merge.ts';
import { BUILTIN_RULES, customRules } from './registry.ts';
import { type Rule, type RuleContext, type RuleMeta, type Signal, fillMessage } from './rule.ts';
import { type FoldedText, fold } from './text/fold.ts';
import { detectLang } from './text/lang.ts';
import type { Category, Finding, Lang, LintContext, Severity, SeveritySetting } from './types.ts';

export type { LintSession } from './incremental.ts';

/** Longer posts are checked up to here; no composer allows more (Facebook: 63,206). */
export const MAX_CHARS = 100_000;

export interface Linter {
  readonly pack: EffectivePack;
  /** Metadata of every active rule, built-in and custom. */
  readonly rules: readonly RuleMeta[];
  lint(text: string, context?: LintContext): Finding[];
  /** A linter for one composer: it keeps its last post and re-checks only around an edit, with the same findings as lint(). */
  session(options?: SessionOptions): LintSession;
}

interface Compiled {
  rule: Rule<unknown, Signal>;
  data: unknown;
}

/** A post-level rule's signal, with the position of its rule in the run. */
export interface RawSignal {
  signal: Signal;
  rule: number;
}

/** What the incremental session needs from a compiled linter. */
export interface Engine {
  /** The post as checked (cut at MAX_CHARS); null when there is nothing to check. */
  prepare(text: string): string | null;
  lang(text: string, context: LintContext): Lang;
  /** What depends only on nearby text: the local rules' findings and the post-level rules' signals. */
  local(text: string, lang: Lang, context: LintContext): { findings: RawFinding[]; signals: RawSignal[] };
  /** The post-level rules' findings, from the signals of the whole post (or by checking it, for rules without signals). */
  post(text: string, lang: Lang, context: LintContext, signals: readonly RawSignal[]): RawFinding[];
}


export function createLinter(input: EffectivePack | readonly Layer[], options: { rules?: readonly Rule<any>[] } = {}): Linter {
  const pack = Array.isArray(input) ? mergePacks(input as Layer[]) : (input as EffectivePack);
  const all: Rule<any>[] = [...(options.rules ?? BUILTIN_RULES), ...customRules(pack)];
  const compiled: Compiled[] = [];
  for (const rule of all) {
    if (settingFor(pack, rule.meta.id, rule.meta.category) === 'off') continue;
    const data = rule.compile(pack);
    if (data !== null) compiled.push({ rule, data });
  }
  const engine = createEngine(pack, compiled);
  return {
    pack,
    rules: compiled.map((c) => c.rule.meta),
    lint(text, context = {}) {
      const checked = engine.prepare(text);
      if (checked === null) return [];
      return dedupe(runRules(pack, compiled, checked, langOnce(engine, checked, context), context, 'all').findings);
    },
    session: (options) => createSession(engine, options),
  };
}

function settingFor(pack: EffectivePack, ruleId: string, category: Category): SeveritySetting | undefined {
  return pack.overrides[ruleId] ?? pack.severity[category];
}

/** Language detection costs more than most rules: only done when a rule asks. */
function langOnce(engine: Engine, text: string, context: LintContext): () => Lang {
  let lang: Lang | undefined;
  return () => (lang ??= engine.lang(text, context));
}

function createEngine(pack: EffectivePack, compiled: readonly Compiled[]): Engine {
  return {
    prepare(fullText) {
      const text = fullText.length > MAX_CHARS ? fullText.slice(0, MAX_CHARS) : fullText;
      return /\S/.test(text) ? text : null;
    },
    lang: (text, context) => detectLang(text, pack.languages, context.uiLang ?? pack.languages[0] ?? 'en'),
    local: (text, lang, context) => runRules(pack, compiled, text, () => lang, context, 'local'),
    post: (text, lang, context, signals) => runRules(pack, compiled, text, () => lang, context, 'post', signals).findings,
  };
}

/**
 * Runs the compiled rules over `text`, findings in report order: 'all' checks with every rule;
 * 'local' checks with the local rules and collects the post-level rules' signals; 'post' lets the
 * post-level rules decide from `signals` (or check, when they have none).
 */
function runRules(
  pack: EffectivePack,
  compiled: readonly Compiled[],
  text: string,
  lang: () => Lang,
  context: LintContext,
  mode: 'all' | 'local' | 'post',
  signals: readonly RawSignal[] = [],
): { findings: RawFinding[]; signals: RawSignal[] } {
  let foldedText: FoldedText | undefined;
  const findings: RawFinding[] = [];
  const collected: RawSignal[] = [];
  // One context per post (not per rule): `meta` and `index` say which rule is reporting.
  let meta: RuleMeta = compiled[0]?.rule.meta as RuleMeta;
  let index = 0;
  const ctx: RuleContext = {
    text,
    get lang() {
      return lang();
    },
    platform: context.platform,
    folded: () => (foldedText ??= fold(text)),
    report(r) {
      const [start, end] = r.range;
      const override = pack.overrides[meta.id];
      const setting = override ?? pack.severity[meta.category];
      if (setting === 'off') return;
      // Precedence: override by rule id > the entry's own severity > category setting > rule default.
      let severity: Severity = override !== undefined ? (override as Severity) : (r.severity ?? (setting as Severity | undefined) ?? meta.severity);
      if (r.escalate && override === undefined) severity = severity === 'info' ? 'warn' : 'block';
      const message = meta.messages[r.messageId];
      if (!message) throw new Error(`rule ${meta.id} reported unknown messageId "${r.messageId}"`);
      const finding: Finding = {
        ruleId: meta.id,
        category: meta.category,
        severity,
        start,
        end,
        text: text.slice(start, end),
        message: fillMessage(message, r.data),
      };
      if (meta.why) finding.why = meta.why;
      const clause = r.clause ?? pack.clauses[meta.id] ?? pack.clauses[meta.category] ?? meta.clause;
      if (clause) finding.clause = clause;
      if (r.source) finding.source = r.source;
      if (r.fix) {
        const [fs, fe] = r.fix.range ?? r.range;
        finding.suggestion = {
          start: fs,
          end: fe,
          replacement: r.fix.replacement,
          label: r.fix.label ?? {
            nl: `Vervang door '${r.fix.replacement.trim()}'`,
            en: `Replace with '${r.fix.replacement.trim()}'`,
          },
        };
      }
      findings.push({ finding, rule: index });
    },
  };
  for (let i = 0; i < compiled.length; i++) {
    const { rule, data } = compiled[i]!;
    meta = rule.meta;
    index = i;
    const post = rule.meta.scope === 'post';
    const split = post && rule.collect !== undefined && rule.decide !== undefined;
    if (mode === 'all' || (mode === 'local' && !post) || (mode === 'post' && post && !split)) rule.check(ctx, data);
    else if (mode === 'local' && split) for (const signal of rule.collect!(ctx, data)) collected.push({ signal, rule: i });
    else if (mode === 'post' && split)
      rule.decide!(
        ctx,
        data,
        signals.filter((s) => s.rule === i).map((s) => s.signal),
      );
  }
  return { findings, signals: collected };
}
