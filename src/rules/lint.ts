// lint(text, context) → findings. Packs are compiled once by createLinter;
// a lint call only runs the compiled checks over one post.
import { clauseUrl } from './clause.ts';
import { type EffectivePack, type Layer, mergePacks } from './merge.ts';
import { BUILTIN_RULES, customRules } from './registry.ts';
import { type Rule, type RuleContext, type RuleMeta, fillMessage } from './rule.ts';
import { type FoldedText, fold } from './text/fold.ts';
import { detectLang } from './text/lang.ts';
import type { Category, Finding, Lang, LintContext, Severity, SeveritySetting } from './types.ts';

/** Longer posts are checked up to here; no composer allows more (Facebook: 63,206). */
export const MAX_CHARS = 100_000;

export interface Linter {
  readonly pack: EffectivePack;
  /** Metadata of every active rule, built-in and custom. */
  readonly rules: readonly RuleMeta[];
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
  for (const rule of all) {
    if (settingFor(pack, rule.meta.id, rule.meta.category) === 'off') continue;
    const data = rule.compile(pack);
    if (data !== null) compiled.push({ rule, data });
  }
  return {
    pack,
    rules: compiled.map((c) => c.rule.meta),
    lint: (text, context = {}) => lintWith(pack, compiled, text, context),
  };
}

function settingFor(pack: EffectivePack, ruleId: string, category: Category): SeveritySetting | undefined {
  return pack.overrides[ruleId] ?? pack.severity[category];
}

function lintWith(pack: EffectivePack, compiled: readonly Compiled[], fullText: string, context: LintContext): Finding[] {
  const text = fullText.length > MAX_CHARS ? fullText.slice(0, MAX_CHARS) : fullText;
  if (!/\S/.test(text)) return [];
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
      if (clause && pack.protocolUrl) finding.clauseUrl = clauseUrl(pack.protocolUrl, clause);
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
    rule.check(ctx, data);
  }
  return dedupe(findings);
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
