// Slurs and attacks on groups. Default block: discriminatory language can break the law and always breaks the protocol.
import { defineRule } from '../rule.ts';
import { lexicon } from '../lexicon/index.ts';
import { INSULT_WHY, KIND_MESSAGES, reportKinds } from '../lexicon/messages.ts';
import type { Kind } from '../lexicon/types.ts';

const KINDS: Kind[] = ['slur-ableist', 'slur-racist', 'slur-homophobic', 'generalisation'];

export default defineRule({
  meta: {
    id: 'insult-slur',
    category: 'insult',
    severity: 'block',
    description: {
      nl: 'Discriminerende scheldwoorden en uitspraken over afkomst, geloof, gender, beperking of geaardheid, ook als veralgemening ("die X zijn allemaal …").',
      en: 'Slurs and attacks on people for their origin, religion, gender, disability or sexuality, also as generalisations ("X are all …").',
    },
    messages: Object.fromEntries(KINDS.map((k) => [k, KIND_MESSAGES[k]])),
    why: INSULT_WHY,
  },

  compile: () => lexicon(),

  check(ctx, lex) {
    reportKinds(ctx, lex, KINDS);
  },
});
