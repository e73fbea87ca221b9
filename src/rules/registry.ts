// Every built-in rule, registered once. tests/rules/conformance.test.ts checks that
// each file in src/rules/rules/ is listed here, described in both languages,
// documented in the rules table and tested by a table of posts.
import { compileCustomRule } from './custom/index.ts';
import type { EffectivePack } from './merge.ts';
import type { Rule } from './rule.ts';
import clientDisclosed from './rules/client-disclosed.ts';
import clientName from './rules/client-name.ts';
import confidentialLink from './rules/confidential-link.ts';
import confidentialMarker from './rules/confidential-marker.ts';
import confidentialTerm from './rules/confidential-term.ts';
import disclaimerMissing from './rules/disclaimer-missing.ts';
import heatedPost from './rules/heated-post.ts';
import insultCurse from './rules/insult-curse.ts';
import insultLexicon from './rules/insult-lexicon.ts';
import insultSlur from './rules/insult-slur.ts';
import insultThreat from './rules/insult-threat.ts';
import personalDataBsn from './rules/personal-data-bsn.ts';
import personalDataCard from './rules/personal-data-card.ts';
import personalDataEmail from './rules/personal-data-email.ts';
import personalDataIban from './rules/personal-data-iban.ts';
import personalDataPhone from './rules/personal-data-phone.ts';
import spokesperson from './rules/spokesperson.ts';

export const BUILTIN_RULES: Rule<any>[] = [
  clientName,
  clientDisclosed,
  confidentialTerm,
  confidentialMarker,
  confidentialLink,
  disclaimerMissing,
  spokesperson,
  insultLexicon,
  insultSlur,
  insultCurse,
  insultThreat,
  personalDataIban,
  personalDataBsn,
  personalDataCard,
  personalDataPhone,
  personalDataEmail,
  // Last: it weighs the insult rules' scan of the post, done once and shared.
  heatedPost,
];

/** Rules the packs define themselves (`rules[]`), one Rule per entry. */
export function customRules(pack: EffectivePack): Rule<any>[] {
  return pack.rules.map((r) => compileCustomRule(r, pack));
}
