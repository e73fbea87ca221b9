// What the custom rule kinds share: metadata from the pack entry, and term
// lists (the rule's own `terms` or a pack list named by `termsFrom`).
import type { EffectivePack, Sourced } from '../merge.ts';
import type { Report, RuleContext, RuleMeta } from '../rule.ts';
import type { CustomRule } from '../schema/pack.ts';
import { orgTerms } from '../text/names.ts';
import { compileTerms, type TermMatcher, type TermOptions, type TermSpec } from '../text/terms.ts';

export type Custom = Sourced<CustomRule>;

export function customMeta(r: Custom): RuleMeta {
  return {
    id: r.id,
    category: r.category,
    severity: r.severity,
    description: r.message,
    messages: { custom: r.message },
    ...(r.why ? { why: r.why } : {}),
    ...(r.clause ? { clause: r.clause } : {}),
  };
}

/** Free-text terms: any case and diacritics, hashtags, Dutch plurals and compounds of longer words. */
export function phraseOptions(term: string): TermOptions {
  const last = term.trim().split(/\s+/).pop() ?? '';
  return { joined: true, inflect: 'nl', tail: last.length >= 5 ? 'compound' : 'possessive' };
}

export function phraseMatcher(terms: readonly string[]): TermMatcher<string> | null {
  const specs = terms.filter((t) => t.trim()).map((t) => ({ term: t, data: t, options: phraseOptions(t) }));
  return specs.length ? compileTerms(specs) : null;
}

/** The rule's terms plus the pack list it names; null when there is nothing to match. */
export function termMatcher(r: CustomRule, pack: EffectivePack): TermMatcher<string> | null {
  const specs: TermSpec<string>[] = (r.terms ?? []).map((t) => ({ term: t, data: t, options: phraseOptions(t) }));
  if (r.termsFrom === 'clients') for (const c of pack.clients) specs.push(...orgTerms(c, c.name));
  if (r.termsFrom === 'confidential')
    for (const c of pack.confidential) for (const t of [c.name, ...(c.aliases ?? [])]) specs.push({ term: t, data: c.name, options: phraseOptions(t) });
  if (r.termsFrom === 'organization') {
    for (const o of pack.organization.names) specs.push(...orgTerms({ name: o.name }, o.name, { acronyms: true }));
    for (const h of pack.organization.handles) specs.push({ term: h.name.replace(/^@/, ''), data: h.name });
  }
  return specs.length ? compileTerms(specs) : null;
}

/** Appending a line at the end of the post, as a suggestion. */
export function appendFix(text: string, line: string) {
  const end = text.trimEnd().length;
  return { range: [end, end] as [number, number], replacement: `\n\n${line}`, label: { nl: `Voeg toe: ${line}`, en: `Add: ${line}` } };
}

/**
 * Report a custom rule's finding at [start, end). The rule's own severity wins over
 * the category setting; its `suggestion` replaces the span unless `fix` says otherwise.
 */
export function reportCustom(ctx: RuleContext, r: Custom, range: [number, number], fix?: Report['fix']): void {
  const suggestion = fix ?? (r.suggestion !== undefined ? { replacement: r.suggestion } : undefined);
  ctx.report({ range, messageId: 'custom', source: r.packId, severity: r.severity, ...(suggestion ? { fix: suggestion } : {}) });
}
