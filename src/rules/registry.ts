// Every built-in rule, registered once. tests/conformance checks that each file
// in src/rules/rules/ is listed here and documented.
import { compileCustomRule } from './custom/index.ts';
import type { EffectivePack } from './merge.ts';
import type { Rule } from './rule.ts';
import clientDisclosed from './rules/client-disclosed.ts';
import clientName from './rules/client-name.ts';
import confidentialMarker from './rules/confidential-marker.ts';
import confidentialTerm from './rules/confidential-term.ts';
import disclaimerMissing from './rules/disclaimer-missing.ts';

export const BUILTIN_RULES: Rule<any>[] = [
  clientName,
  clientDisclosed,
  confidentialTerm,
  confidentialMarker,
  disclaimerMissing,
];

/** Rules the packs define themselves (`rules[]`), one Rule per entry. */
export function customRules(pack: EffectivePack): Rule<any>[] {
  return pack.rules.map((r) => compileCustomRule(r, pack));
}
