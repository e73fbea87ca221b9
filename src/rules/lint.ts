// lint(text, context) → findings. Packs are compiled once by createLinter;
// a lint call only runs the compiled checks over one post. Each rule runs on its
// own: one that throws (when compiled or on a post) loses only its own findings,
// and the result says which checks failed — a safety tool must not answer "no
// findings" because one check broke.
import { type EffectivePack, type Layer, mergePacks } from './merge.ts';
import { BUILTIN_RULES, customRules } from './registry.ts';
import { type Rule, type RuleContext, type RuleMeta, fillMessage } from './rule.ts';
import { type FoldedText, fold } from './text/fold.ts';
import { detectLang } from './text/lang.ts';
import type { Category, Finding, Lang, LintContext, Severity, SeveritySetting } from './types.ts';

/**
 * Posts are checked whole up to here: sixteen times Facebook's maximum (63,206). The linter
 * is linear (example pack, dev-corpus text: 0.87 s for 250,000 characters, 3.1 s for
 * 1,000,000, on this 2-CPU machine at load 15; repetitive hostile text is faster), so the
 * limit only bounds the time and memory one call may take; past it the result says where
 * checking stopped.
 */
export const MAX_CHARS = 1_000_000;

export interface LintResult {
  findings: Finding[];
  /** Ids of the rules that failed on this post or could not be compiled: their findings may be missing. */
  failed: string[];
  /** How many characters (UTF-16 units) were checked: the whole text unless it is longer than MAX_CHARS. */
  checked: number;
}

export interface Linter {
  readonly pack: EffectivePack;
  /** Metadata of every active rule, built-in and custom. */
  readonly rules: readonly RuleMeta[];
  /** Rules that threw while compiling: they are left out, and every result lists them as failed. */
  readonly broken: readonly { ruleId: string; message: string }[];
  /** Findings, and which checks failed or how much of the text went unchecked. */
  check(text: string, context?: LintContext): LintResult;
  /** Only the findings (tests, corpus scoring, benchmarks); the extension and the CLI use check(). */
  lint(text: string, context?: LintContext): Finding[];
}

interface Compiled {
  rule: Rule<unknown>;
  data: unknown;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

export function createLinter(input: EffectivePack | readonly Layer[], options: { rules?: readonly Rule<any>[] } = {}): Linter {
  const pack = Array.isArray(input) ? mergePacks(input as Layer[]) : (input as EffectivePack);
  const all: Rule<any>[] = [...(options.rules ?? BUILTIN_RULES), ...customRules(pack)];
  const compiled: Compiled[] = [];
  const broken: { ruleId: string; message: string }[] = [];
  for (const rule of all) {
    if (settingFor(pack, rule.meta.id, rule.meta.category) === 'off') continue;
    try {
      const data = rule.compile(pack);
      if (data !== null) compiled.push({ rule, data });
    } catch (e) {
      broken.push({ ruleId: rule.meta.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const check = (text: string, context: LintContext = {}) => lintWith(pack, compiled, broken, text, context);
  return {
    pack,
    rules: compiled.map((c) => c.rule.meta),
    broken,
    check,
    lint: (text, context) => check(text, context).findings,
  };
}

function settingFor(pack: EffectivePack, ruleId: string, category: Category): SeveritySetting | undefined {
  return pack.overrides[ruleId] ?? pack.severity[category];
}

/** The first `max` UTF-16 units, not cutting a surrogate pair in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

function lintWith(
  pack: EffectivePack,
  compiled: readonly Compiled[],
  broken: readonly { ruleId: string }[],
  fullText: string,
  context: LintContext,
): LintResult {
  const text = clip(fullText, MAX_CHARS);
  const failed = broken.map((b) => b.ruleId);
  if (!/\S/.test(text)) return { findings: [], failed, checked: text.length };
  // Language detection costs more than most rules: only done when a rule asks.
  let lang: Lang | undefined;
  let foldedText: FoldedText | undefined;
  const findings: Finding[] = [];
  // One context per post (not per rule): `meta` says which rule is reporting.
  let meta: RuleMeta = compiled[0]?.rule.meta as RuleMeta;
  const ctx: RuleContext = {
    text,
    get lang() {
      return (lang ??= detectLang(text, pack.languages, context.uiLang ?? pack.languages[0] ?? 'en'));
    },
    platform: context.platform,
    folded: () => (foldedText ??= fold(text)),
    report(r) {
      const [start, end] = r.range;
      // A range outside the text is a bug in the rule: it fails like a throw, not as a bad underline.
      if (!(start >= 0 && start <= end && end <= text.length)) throw new Error(`rule ${meta.id} reported the range [${start}, ${end})`);
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
      findings.push(finding);
    },
  };
  for (const { rule, data } of compiled) {
    meta = rule.meta;
    try {
      rule.check(ctx, data);
    } catch {
      // What the rule reported before it threw stays: those findings are real.
      failed.push(meta.id);
    }
  }
  return { findings: dedupe(findings), failed, checked: text.length };
}

/** One finding per category and span: overlapping reports keep the most severe, longest one. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const out: Finding[] = [];
  // Sorted by start: a finding can only overlap the kept one of its category that reaches furthest.
  const reach = new Map<string, Finding>();
  for (const f of findings) {
    const o = reach.get(f.category);
    if (o && f.start !== f.end && f.start < o.end) {
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[o.severity]) o.severity = f.severity;
      continue;
    }
    out.push(f);
    if (f.start !== f.end && (!o || f.end > o.end)) reach.set(f.category, f);
  }
  return out;
}
