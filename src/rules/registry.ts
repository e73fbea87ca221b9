// Every built-in rule, registered once. tests/conformance checks that each file
// in src/rules/rules/ is listed here and documented.
import type { EffectivePack } from './merge.ts';
import type { Rule } from './rule.ts';

export const BUILTIN_RULES: Rule<any>[] = [];

/** Rules the packs define themselves (`rules[]`), one Rule per entry. */
export function customRules(_pack: EffectivePack): Rule<any>[] {
  return [];
}
