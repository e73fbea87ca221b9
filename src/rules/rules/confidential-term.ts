// A confidential term from the pack (project names, figures, topics), also
// inflected, in compounds, hyphenated or as a hashtag.
import { defineRule } from '../rule.ts';
import { mentions, packList } from '../text/pack-lists.ts';
import type { Severity } from '../types.ts';

export default defineRule({
  meta: {
    id: 'confidential-term',
    category: 'confidential',
    severity: 'block',
    description: {
      nl: 'Vertrouwelijke projecten, cijfers en onderwerpen uit de lijst van je werkgever.',
      en: "Confidential projects, figures and topics on your employer's list.",
    },
    messages: {
      term: {
        nl: '‘{name}’ staat op de lijst van vertrouwelijke onderwerpen van je werkgever.',
        en: "'{name}' is on your employer's list of confidential topics.",
      },
    },
    why: {
      nl: 'Vertrouwelijke informatie die uitlekt kan onderhandelingen, klanten en koersen schaden.',
      en: 'Leaked confidential information can hurt negotiations, clients and prices.',
    },
  },

  compile: (pack) => (packList(pack, 'confidential') ? pack : null),

  check(ctx, pack) {
    for (const m of mentions(pack, 'confidential', ctx.folded(), ctx.text)) {
      ctx.report({
        range: [m.start, m.end],
        messageId: 'term',
        data: { name: m.data.entry.name },
        severity: m.data.entry.severity as Severity | undefined,
        source: m.data.entry.packId,
      });
    }
  },
});
