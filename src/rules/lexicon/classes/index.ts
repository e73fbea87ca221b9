// The named word classes phrase patterns use as {name}. One home: the built-in
// rules and admins' `phrase` rules see the same classes.
import type { ClassDef } from '../phrase/program.ts';
import type { PhraseTokens } from '../phrase/tokens.ts';
import { BODY_PARTS } from './body.ts';
import { BUSINESS_WORDS } from './business.ts';
import { FIRM_NOUNS } from './firm.ts';
import { DISABILITY, GENDER, GROUP_ADJ, GROUP_PEOPLE, GROUPS, ORIENTATION, ORIGIN_EN, ORIGIN_NL, RELIGION } from './groups.ts';
import { DEGREE, GENERALISERS, INTENSIFIERS } from './intensifiers.ts';
import { NEGATIONS } from './negation.ts';
import { NUMBER_WORDS } from './numbers.ts';
import { PEOPLE } from './people.ts';
import { PRON_1, PRON_1_OBJ, PRON_1_POSS, PRON_2, PRON_2_OBJ, PRON_2_POSS, PRON_3, PRON_3_OBJ, PRON_3_POSS, TARGET, TARGET_POSS } from './pronouns.ts';
import { ROLE_ENDINGS, ROLE_FORMS, ROLE_MODIFIERS, ROLES } from './roles.ts';
import { VICES } from './vice.ts';
import { VIOLENT_RESULTS, VIOLENT_VERBS } from './violence.ts';
import { CHARGES, CUSTOMER_NOUNS, CUSTOMER_VERBS, JOB_VERBS, KIN, STATIONS, WORKPLACE_ENDINGS, WORKPLACES } from './work.ts';

const set = (words: ReadonlySet<string>, suffixes?: readonly string[]): ClassDef => ({ kind: 'words', words, ...(suffixes ? { suffixes } : {}) });

export const WORD_CLASSES: Readonly<Record<string, ClassDef>> = {
  'pron-1': set(PRON_1),
  'pron-1-obj': set(PRON_1_OBJ),
  'pron-1-poss': set(PRON_1_POSS),
  'pron-2': set(PRON_2),
  'pron-2-obj': set(PRON_2_OBJ),
  'pron-2-poss': set(PRON_2_POSS),
  'pron-3': set(PRON_3),
  'pron-3-obj': set(PRON_3_OBJ),
  'pron-3-poss': set(PRON_3_POSS),
  target: set(TARGET),
  'target-poss': set(TARGET_POSS),
  group: set(GROUPS),
  'group-adj': set(GROUP_ADJ),
  'group-people': set(GROUP_PEOPLE),
  origin: set(new Set([...ORIGIN_NL, ...ORIGIN_EN])),
  religion: set(RELIGION),
  gender: set(GENDER),
  orientation: set(ORIENTATION),
  disability: set(DISABILITY),
  role: set(ROLE_FORMS, [...ROLE_ENDINGS, ...ROLE_ENDINGS.map((e) => `${e}s`), ...ROLE_ENDINGS.map((e) => (e.endsWith('e') ? `${e}n` : `${e}en`))]),
  person: set(new Set([...PEOPLE, ...ROLES]), ROLE_ENDINGS),
  'role-modifier': set(ROLE_MODIFIERS),
  'body-part': set(BODY_PARTS),
  'violent-verb': set(VIOLENT_VERBS),
  vice: set(VICES),
  'violent-result': set(VIOLENT_RESULTS),
  business: set(BUSINESS_WORDS),
  firm: set(FIRM_NOUNS),
  intensifier: set(INTENSIFIERS),
  degree: set(DEGREE),
  generaliser: set(GENERALISERS),
  negation: set(NEGATIONS),
  workplace: set(WORKPLACES, WORKPLACE_ENDINGS),
  station: set(STATIONS),
  kin: set(KIN),
  'customer-verb': set(CUSTOMER_VERBS),
  customer: set(CUSTOMER_NOUNS),
  'job-verb': set(JOB_VERBS),
  charges: set(CHARGES),
  // Open classes: decided by how the word is written.
  Name: { kind: 'open', test: (tk: PhraseTokens, i: number) => tk.cap(i) },
  number: { kind: 'open', test: (tk: PhraseTokens, i: number) => /^\d+$/.test(tk.word(i)) || NUMBER_WORDS.has(tk.word(i)) },
};
