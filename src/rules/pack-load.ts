// Loading a rule pack from JSON text: parse (with line and column), validate
// against the schema, then the checks a schema cannot express: unique rule ids,
// the fields each rule kind needs, regular expressions RE2 accepts and runs fast, override ids
// that exist, names and terms that can be told apart from ordinary words. Pure (no
// file system): the CLI, the options page and the worker share it. Every lookup in
// the pack is of its own properties: the pack is data from outside.
import { patternProblem } from './custom/pattern.ts';
import { compileRulePhrases } from './custom/phrase.ts';
import { PhraseSpecError } from './lexicon/sequence.ts';
import { createLinter } from './lint.ts';
import { entryProblems, entryWarnings } from './pack-entries.ts';
import { BUILTIN_RULES } from './registry.ts';
import { childPath, didYouMean, type Issue, RESERVED_KEYS, validate } from './schema/dsl.ts';
import { JsonSyntaxError, lineIndex, parseJson } from './schema/json.ts';
import { type CustomRule, type Pack, packSchema } from './schema/pack.ts';
import { CATEGORIES } from './types.ts';

export interface PackIssue extends Issue {
  /** 1-based position in the JSON source, when known. */
  line?: number;
  column?: number;
}

/** `warnings` never make a pack invalid (e.g. a client that is also a common word). */
export type LoadResult = { ok: true; pack: Pack; issues: []; warnings: PackIssue[] } | { ok: false; issues: PackIssue[]; warnings: PackIssue[] };

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadPack(source: string, options: { knownRuleIds?: readonly string[] } = {}): LoadResult {
  let parsed;
  try {
    parsed = parseJson(source);
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return { ok: false, issues: [{ path: '$', message: `invalid JSON: ${e.message.replace(/^line \d+, column \d+: /, '')}`, line: e.line, column: e.column }], warnings: [] };
    throw e;
  }
  const issues: PackIssue[] = [...validate(packSchema, parsed.value), ...semanticIssues(parsed.value, options.knownRuleIds)];
  const warnings: PackIssue[] = entryWarnings(parsed.value);
  const position = lineIndex(source);
  for (const issue of [...issues, ...warnings]) {
    const at = offsetOf(parsed.offsets, issue.path);
    if (at !== undefined) Object.assign(issue, position(at));
  }
  if (issues.length > 0) return { ok: false, issues, warnings };
  return { ok: true, pack: parsed.value as Pack, issues: [], warnings };
}

/** The value's own offset, or its nearest ancestor's (a missing key points at its object). */
function offsetOf(offsets: Map<string, number>, path: string): number | undefined {
  for (let p = path; ; ) {
    const at = offsets.get(p);
    if (at !== undefined) return at;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return offsets.get('$');
    p = p.slice(0, cut);
  }
}

/** Checks beyond the schema; they only look at parts that have the right shape. */
export function semanticIssues(value: unknown, knownRuleIds: readonly string[] = []): Issue[] {
  const out: Issue[] = [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  const pack = ownView(value) as Partial<Pack>;
  const rules = Array.isArray(pack.rules) ? pack.rules : [];
  const builtin = new Set(BUILTIN_RULES.map((r) => r.meta.id));
  const seen = new Map<string, number>();
  rules.forEach((raw: unknown, i) => {
    if (!raw || typeof raw !== 'object') return;
    const r = ownView(raw) as Partial<CustomRule>;
    const at = `$.rules[${i}]`;
    if (typeof r.id === 'string') {
      if (RESERVED_KEYS.has(r.id)) out.push({ path: `${at}.id`, message: `"${r.id}" cannot be a rule id: JavaScript reserves it for objects themselves` });
      else if (!RULE_ID.test(r.id)) out.push({ path: `${at}.id`, message: `"${r.id}" is not a valid rule id: use lowercase letters, digits and dashes, e.g. "no-prices"` });
      if (seen.has(r.id)) out.push({ path: `${at}.id`, message: `the rule id "${r.id}" is already used by $.rules[${seen.get(r.id)}]; rule ids must be unique` });
      else seen.set(r.id, i);
      if (builtin.has(r.id)) out.push({ path: `${at}.id`, message: `"${r.id}" is the id of a built-in rule; choose another id (use "overrides" to change the built-in rule's severity)` });
    }
    const has = (k: keyof CustomRule) => r[k] !== undefined && !(Array.isArray(r[k]) && (r[k] as unknown[]).length === 0);
    const need = (ok: boolean, message: string) => ok || out.push({ path: at, message: `a "${r.kind}" rule ${message}` });
    switch (r.kind) {
      case 'terms':
        need(has('terms') || has('termsFrom'), 'needs "terms" (a list of words) or "termsFrom"');
        break;
      case 'pattern':
        need(has('pattern'), 'needs "pattern" (a regular expression)');
        break;
      case 'cooccurrence':
        need(has('terms') || has('termsFrom'), 'needs "terms" or "termsFrom" (what to flag)');
        need(has('near'), 'needs "near" (the words that must occur close by)');
        break;
      case 'requirement':
        need(has('terms') || has('termsFrom') || has('pattern'), 'needs "terms", "termsFrom" or "pattern" (when the requirement applies)');
        need(has('require'), 'needs "require" (phrases of which one must be present)');
        break;
      case 'phrase':
        need(has('phrases'), 'needs "phrases" (word patterns such as "namens {org}")');
        break;
    }
    for (const key of ['phrases', 'unless'] as const) {
      const list = r[key];
      if (Array.isArray(list) && list.every((x) => typeof x === 'string')) out.push(...phraseIssues(list, `${at}.${key}`));
    }
    if (typeof r.pattern === 'string' && r.pattern.trim()) {
      const problem = patternProblem(r.pattern, { caseSensitive: r.caseSensitive === true, requirement: r.kind === 'requirement' });
      if (problem) out.push({ path: `${at}.pattern`, message: problem });
    }
  });
  const known = [...new Set([...builtin, ...seen.keys(), ...knownRuleIds])];
  const knownSet = new Set(known);
  // Hints cost a comparison with every id: only for the problems anyone will read.
  const hint = (id: string, among: readonly string[]) => (out.length < HINTED ? didYouMean(id, among) : undefined);
  const clauses = pack.clauses;
  if (clauses && typeof clauses === 'object' && !Array.isArray(clauses)) {
    const keys = [...CATEGORIES, ...known];
    for (const id of Object.keys(clauses)) {
      if (knownSet.has(id) || (CATEGORIES as readonly string[]).includes(id) || RESERVED_KEYS.has(id)) continue;
      const h = hint(id, keys);
      out.push({ path: childPath('$.clauses', id), message: `"${id}" is neither a category (${CATEGORIES.join(', ')}) nor a rule id${h ? ` (did you mean "${h}"?)` : ''}` });
    }
  }
  const overrides = pack.overrides;
  if (overrides && typeof overrides === 'object' && !Array.isArray(overrides)) {
    const list = known.length > 20 ? `${known.slice(0, 20).join(', ')} … (${known.length} in all)` : known.join(', ');
    for (const id of Object.keys(overrides)) {
      if (knownSet.has(id) || RESERVED_KEYS.has(id)) continue;
      const h = hint(id, known);
      out.push({ path: childPath('$.overrides', id), message: `there is no rule "${id}"${h ? ` (did you mean "${h}"?)` : ''}; known rules: ${list}` });
    }
  }
  out.push(...entryProblems(value));
  return out;
}

/** The first problem of each refused phrase pattern, at its own path ("$.rules[2].phrases[1]"). */
function phraseIssues(patterns: readonly string[], at: string): Issue[] {
  const out: Issue[] = [];
  patterns.forEach((p, k) => {
    try {
      compileRulePhrases([p]);
    } catch (e) {
      if (!(e instanceof PhraseSpecError)) throw e;
      out.push({ path: `${at}[${k}]`, message: `column ${e.column + 1}: ${e.reason} (in "${p}")` });
    }
  });
  return out;
}

/** Problems past this many get no "did you mean" (nobody reads 50,000 of them). */
const HINTED = 200;

/** The object's own enumerable properties on an object without a prototype (nothing inherited can answer a lookup). */
const ownView = (o: object): Record<string, unknown> => Object.assign(Object.create(null), o);

/**
 * Compiles the pack on its own: a pack that validates but cannot be compiled must never
 * become the last good pack (the extension would have nothing to fall back on).
 */
export function compileProblem(pack: Pack): Issue | null {
  let why: string;
  try {
    const { broken } = createLinter([{ source: 'company', pack }]);
    if (broken.length === 0) return null;
    why = broken.map((b) => `${b.ruleId}: ${b.message}`).join('; ');
  } catch (e) {
    why = e instanceof Error ? e.message : String(e);
  }
  return { path: '$', message: `the pack is valid but could not be compiled: ${why}` };
}
