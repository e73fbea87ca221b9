// Name-calling and sexual insults from the built-in nl/en lexicon. Default warn: rude, but the author may be quoting or joking.
import { defineRule } from '../rule.ts';
import { lexicon } from '../lexicon/index.ts';
import { INSULT_WHY, KIND_MESSAGES, reportKinds } from '../lexicon/messages.ts';
import type { Kind } from '../lexicon/types.ts';

const KINDS: Kind[] = ['insult', 'sexual'];

export default defineRule({
  meta: {
    id: 'insult-lexicon',
    category: 'insult',
    severity: 'warn',
    description: {
      nl: 'Scheldwoorden en seksueel beledigende woorden, ook vermomd (k l o o t z a k, kl00tzak, IDIOOOOT).',
      en: 'Insults and sexually offensive words, also disguised (f u c k, b1tch, IDIOOOOT).',
    },
    messages: Object.fromEntries(KINDS.map((k) => [k, KIND_MESSAGES[k]])),
    why: INSULT_WHY,
  },

  compile: () => lexicon(),

  check(ctx, lex) {
    reportKinds(ctx, lex, KINDS);
  },
});
