// A confidential term from the pack (project names, figures, topics), also
// inflected, in compounds, hyphenated or as a hashtag.
import type { Sourced } from '../merge.ts';
import { defineRule } from '../rule.ts';
import type { NamedEntry } from '../schema/pack.ts';
import { compileTerms, type TermOptions, type TermSpec } from '../text/terms.ts';
import type { Severity } from '../types.ts';

// Dutch glues words together: "schadelast" lives on in "schadelastcijfers".
const OPTIONS: TermOptions = { joined: true, tail: 'compound', inflect: 'nl' };

// "Project Noordster" is also "het Noordster-project" / "#noordsterproject"; the name alone is not.
const KIND_WORD = /^(project|projekt|operation|operatie|programma|programme|program|plan)\s+(.+)$/i;
const reversed = (term: string): string[] => {
  const m = KIND_WORD.exec(term.trim());
  return m ? [`${m[2]} ${m[1]}`] : [];
};

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

  compile(pack) {
    const specs: TermSpec<Sourced<NamedEntry>>[] = [];
    for (const c of pack.confidential) {
      if (c.severity === 'off') continue;
      for (const term of [c.name, ...(c.aliases ?? [])]) specs.push({ term, data: c, options: { ...OPTIONS, variants: reversed(term) } });
      for (const h of c.handles ?? []) specs.push({ term: h.replace(/^[@#]+/, ''), data: c });
    }
    return specs.length ? compileTerms(specs) : null;
  },

  check(ctx, matcher) {
    for (const m of matcher.find(ctx.folded(), ctx.text)) {
      ctx.report({
        range: [m.start, m.end],
        messageId: 'term',
        data: { name: m.data.name },
        severity: m.data.severity as Severity | undefined,
        source: m.data.packId,
      });
    }
  },
});
