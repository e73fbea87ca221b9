// lint(text, context) → findings. Packs are compiled once by createLinter;
// a lint call only runs the compiled checks over one post. Each rule runs on its
// own: one that throws (when compiled or on a post) loses only its own findings,
// and the result says which checks failed — a safety tool must not answer "no
// findings" because one check broke. session() gives one composer a linter that
// re-checks only the region around an edit (incremental.ts).
import { dedupe, type RawFinding } from './dedupe.ts';
import { createSession, type LintSession, type SessionOptions } from './incremental.ts';
import { clauseUrl } from './clause.ts';
import { type EffectivePack, type Layer, mergePacks } from './merge.ts';
import { BUILTIN_RULES, customRules } from './registry.ts';
import { type Rule, type RuleContext, type RuleMeta, type Signal, fillMessage } from './rule.ts';
import { type FoldedText, fold } from './text/fold.ts';
import { detectLang } from './text/lang.ts';
import type { Category, Finding, Lang, LintContext, Severity, SeveritySetting } from './types.ts';

export type { LintSession } from './incremental.ts';

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

/** What one pass of rules over a text found, and which rules threw on it. */
export interface Pass {
  findings: RawFinding[];
  signals: RawSignal[];
  failed: string[];
}

/** What the incremental session needs from a compiled linter. */
export interface Engine {
  /** The post as checked: cut at MAX_CHARS. */
  clip(text: string): string;
  /** Rules that could not be compiled. */
  broken: readonly string[];
  /** Ids of the compiled rules, in the order they run (failures are listed in it). */
  ruleIds: readonly string[];
  lang(text: string, context: LintContext): Lang;
  /** What depends only on nearby text: the local rules' findings and the post-level rules' signals. */
  local(text: string, lang: Lang, context: LintContext): Pass;
  /** The post-level rules' findings, from the signals of the whole post (or by checking it, for rules without signals). */
  post(text: string, lang: Lang, context: LintContext, signals: readonly RawSignal[]): Pass;
}


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
  const engine = createEngine(pack, compiled, broken.map((b) => b.ruleId));
  const check = (input: string, context: LintContext = {}): LintResult => {
    const text = engine.clip(input);
    if (!/\S/.test(text)) return { findings: [], failed: [...engine.broken], checked: text.length };
    const pass = runRules(pack, compiled, text, langOnce(engine, text, context), context, 'all');
    return { findings: dedupe(pass.findings), failed: [...engine.broken, ...pass.failed], checked: text.length };
  };
  return {
    pack,
    rules: compiled.map((c) => c.rule.meta),
    broken,
    check,
    lint: (text, context) => check(text, context).findings,
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

function createEngine(pack: EffectivePack, compiled: readonly Compiled[], broken: readonly string[]): Engine {
  return {
    clip: (text) => clip(text, MAX_CHARS),
    broken,
    ruleIds: compiled.map((c) => c.rule.meta.id),
    lang: (text, context) => detectLang(text, pack.languages, context.uiLang ?? pack.languages[0] ?? 'en'),
    local: (text, lang, context) => runRules(pack, compiled, text, () => lang, context, 'local'),
    post: (text, lang, context, signals) => runRules(pack, compiled, text, () => lang, context, 'post', signals),
  };
}

/** A clause's address, made once per pack and clause (two regular expressions per finding before). */
const CLAUSE_URLS = new WeakMap<EffectivePack, Map<string, string>>();
function clauseUrlOf(pack: EffectivePack, clause: string): string {
  let urls = CLAUSE_URLS.get(pack);
  if (!urls) CLAUSE_URLS.set(pack, (urls = new Map()));
  let url = urls.get(clause);
  if (url === undefined) urls.set(clause, (url = clauseUrl(pack.protocolUrl!, clause)));
  return url;
}

/** The first `max` UTF-16 units, not cutting a surrogate pair in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
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
): Pass {
  let foldedText: FoldedText | undefined;
  const findings: RawFinding[] = [];
  const collected: RawSignal[] = [];
  const failed: string[] = [];
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
      if (clause && pack.protocolUrl) finding.clauseUrl = clauseUrlOf(pack, clause);
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
  // The post's signals by rule, in one pass (a long post has hundreds).
  let byRule: Signal[][] | undefined;
  if (mode === 'post') {
    byRule = compiled.map(() => []);
    for (const s of signals) byRule[s.rule]!.push(s.signal);
  }
  for (let i = 0; i < compiled.length; i++) {
    const { rule, data } = compiled[i]!;
    meta = rule.meta;
    index = i;
    const post = rule.meta.scope === 'post';
    const split = post && rule.collect !== undefined && rule.decide !== undefined;
    try {
      if (mode === 'all' || (mode === 'local' && !post) || (mode === 'post' && post && !split)) rule.check(ctx, data);
      else if (mode === 'local' && split) for (const signal of rule.collect!(ctx, data)) collected.push({ signal, rule: i });
      else if (mode === 'post' && split) rule.decide!(ctx, data, byRule![i]!);
    } catch {
      // What the rule reported before it threw stays: those findings are real.
      failed.push(meta.id);
    }
  }
  // Let go of the post's folded text and, through it, of all the shared work on it (perText).
  // This pass's closures stay reachable from the old generation for a while: holding it, 40 % of
  // what a check allocates survived each young-generation collection and was copied, and a third
  // of a short check's time was garbage collection (--trace-gc-nvp; see docs/benchmarks.md).
  foldedText = undefined;
  return { findings, signals: collected, failed };
}
