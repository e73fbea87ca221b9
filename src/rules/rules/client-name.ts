// A client from the pack named in a post, in any surface form a person types.
import { defineRule } from '../rule.ts';
import { dealNearby } from '../text/deal.ts';
import { toOriginal } from '../text/fold.ts';
import { mentions, packList } from '../text/pack-lists.ts';
import type { Severity } from '../types.ts';
import { findLinks } from '../text/urls.ts';

/** A client word right before the name (folded text): "onze klant Jansen", "our client, Northwind". */
const CLIENT_WORD_BEFORE = /(?:^|[^\p{L}\p{N}_])(klant|client|customer|opdrachtgever|relatie)\s*[,:]?\s*$/du;
const LEAVE_OUT = { nl: 'Laat de naam weg', en: 'Leave the name out' };
/** How far apart a name in a link and the same name in the text count as one mention (< incremental.ts REACH). */
const NEAR = 160;

export default defineRule({
  meta: {
    id: 'client-name',
    category: 'client',
    severity: 'warn',
    description: {
      nl: 'Klanten uit de lijst van je werkgever bij naam noemen (ook als hashtag, @handle of afkorting).',
      en: "Naming a client on your employer's list (also as a hashtag, @handle or short form).",
    },
    messages: {
      client: {
        nl: '‘{name}’ is een klant van je werkgever. Noem klanten niet zonder hun toestemming.',
        en: "'{name}' is a client of your employer. Don't name clients without their permission.",
      },
      deal: {
        nl: '‘{name}’ is een klant van je werkgever, en het bericht gaat over zaken met die klant.',
        en: "'{name}' is a client of your employer, and the post discusses business with them.",
      },
    },
    why: {
      nl: 'Wie met wie zaken doet is vertrouwelijke klantinformatie; een klant noemen kan de relatie en je werkgever schaden.',
      en: 'Who does business with whom is confidential client information; naming a client can harm the relationship and your employer.',
    },
  },

  compile: (pack) => (packList(pack, 'client') ? pack : null),

  check(ctx, pack) {
    const folded = ctx.folded();
    const found = mentions(pack, 'client', folded, ctx.text);
    // A client named in the text and again in a link's path ("the Nordwave deck: https://…/Nordwave/…")
    // is one disclosure: the link is reported only when the client is not named outside it close by
    // (within NEAR characters, so a finding still depends only on the text around it).
    const links = found.length > 1 ? findLinks(ctx.text) : [];
    const inLink = (m: { start: number; end: number }) => links.some((l) => l.start <= m.start && m.end <= l.end);
    const outside = found.filter((m) => !inLink(m));
    for (const m of found) {
      if (links.length && inLink(m) && outside.some((o) => o.data.entry === m.data.entry && Math.abs(o.start - m.start) <= NEAR)) continue;
      const deal = dealNearby(folded, ctx.text, m.fstart, m.fend);
      const entry = m.data.entry;
      // "voor onze klant Jansen Transport": leave the name out ("voor onze klant"); replacing it
      // with "een klant" would read "onze klant een klant".
      const window = Math.max(0, m.fstart - 40);
      const before = CLIENT_WORD_BEFORE.exec(folded.text.slice(window, m.fstart));
      const [wordStart, wordEnd] = before ? toOriginal(folded, window + before.indices![1]![0], window + before.indices![1]![1]) : [0, 0];
      const fix = before
        ? { replacement: ctx.text.slice(wordStart, wordEnd), range: [wordStart, m.end] as [number, number], label: LEAVE_OUT }
        : { replacement: ctx.lang === 'nl' ? 'een klant' : 'a client' };
      ctx.report({
        range: [m.start, m.end],
        messageId: deal ? 'deal' : 'client',
        data: { name: entry.name },
        severity: entry.severity as Severity | undefined,
        escalate: deal,
        source: entry.packId,
        fix,
      });
    }
  },
});
