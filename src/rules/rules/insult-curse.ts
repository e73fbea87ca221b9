// Swearing and Dutch disease curses. Default warn: coarse, but aimed at no one in particular.
import { defineRule } from '../rule.ts';
import { lexicon } from '../lexicon/index.ts';
import { INSULT_WHY, KIND_MESSAGES, reportKinds } from '../lexicon/messages.ts';
import type { Kind } from '../lexicon/types.ts';

const KINDS: Kind[] = ['profanity', 'disease-curse'];

export default defineRule({
  meta: {
    id: 'insult-curse',
    category: 'insult',
    severity: 'warn',
    description: {
      nl: 'Vloeken en ziektevloeken (kanker-, tering-, tyfus-), maar niet de ziekte zelf.',
      en: 'Swearing and Dutch disease curses (kanker-, tering-, tyfus-), not the disease itself.',
    },
    messages: Object.fromEntries(KINDS.map((k) => [k, KIND_MESSAGES[k]])),
    why: INSULT_WHY,
  },

  compile: () => lexicon(),

  check(ctx, lex) {
    reportKinds(ctx, lex, KINDS);
  },
});
