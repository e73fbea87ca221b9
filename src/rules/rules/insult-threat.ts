// Threats of violence. Default block: a threat is a criminal offence, even as a joke.
import { defineRule } from '../rule.ts';
import { lexicon } from '../lexicon/index.ts';
import { INSULT_WHY, KIND_MESSAGES, reportKinds } from '../lexicon/messages.ts';
import type { Kind } from '../lexicon/types.ts';

const KINDS: Kind[] = ['threat'];

export default defineRule({
  meta: {
    id: 'insult-threat',
    category: 'insult',
    severity: 'block',
    description: {
      nl: 'Bedreigingen: ik maak je af, ik weet waar je woont.',
      en: 'Threats: I know where you live, I will break your legs.',
    },
    messages: Object.fromEntries(KINDS.map((k) => [k, KIND_MESSAGES[k]])),
    why: INSULT_WHY,
  },

  compile: () => lexicon(),

  check(ctx, lex) {
    reportKinds(ctx, lex, KINDS);
  },
});
