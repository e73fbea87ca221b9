// An organisation the post discloses as a client although it is not on the pack's
// list: "onze klant Kroeze Bouw", "our new customer, Oakridge Dental Group".
// The phrase is found by the term matcher; the name is read from a short window
// after (or before) it, never by parsing the whole post.
import { defineRule } from '../rule.ts';
import { dealNearby } from '../text/deal.ts';
import { foldTerm, toFolded } from '../text/fold.ts';
import { orgNameAfter, orgNameBefore, type NameSpan } from '../text/org-name.ts';
import { compileTerms, type TermMatcher, type TermSpec } from '../text/terms.ts';

type Trigger = { dir: 'after' | 'before' | 'welcome' };

const NL_DET = ['', 'onze', 'ons', 'mijn', 'voor', 'bij', 'met', 'van', 'voor onze', 'bij onze', 'met onze', 'van onze', 'voor mijn', 'bij mijn', 'een'];
const NL_ADJ = ['', 'nieuwe', 'nieuwste', 'vaste', 'trouwe', 'grote', 'grootste', 'belangrijkste', 'oudste', 'mooie', 'zakelijke'];
const NL_NOUN = ['klant', 'klanten', 'opdrachtgever', 'opdrachtgevers', 'relatie'];
const EN_DET = ['our', 'my', 'for', 'with', 'a', 'for our', 'with our', 'for a', 'working for a', 'one of our'];
const EN_ADJ = ['', 'new', 'newest', 'latest', 'biggest', 'largest', 'key', 'valued', 'loyal', 'longtime', 'long-standing', 'great', 'wonderful', 'corporate'];
const EN_NOUN = ['client', 'clients', 'customer', 'customers'];

const BEFORE = [
  'een van onze klanten', 'een van onze vaste klanten', 'een van onze trouwe klanten', 'is klant bij ons', 'is onze klant',
  'is onze nieuwe klant', 'wordt klant bij ons', 'is nu klant bij ons', 'one of our clients', 'one of our customers',
  'a client of ours', 'a long-standing client of ours', 'is our newest client', 'is our new client', 'is our client',
  'is now a client', 'is our newest customer', 'is our new customer', 'een klant van ons', 'klant van ons', 'is sinds kort klant',
  'is sinds vandaag klant', 'is nu ook klant', 'als klant', 'als nieuwe klant', 'als vaste klant', 'as a client', 'as a new client',
  'as our client', 'as our new client', 'as our newest client', 'as a customer', 'as a new customer', 'as our newest customer',
];
const WELCOME = ['welkom aan boord', 'welkom bij de club', 'welcome aboard', 'welcome on board', 'welcome to the family'];

function triggerSpecs(): TermSpec<Trigger>[] {
  const out: TermSpec<Trigger>[] = [];
  const combos = (dets: string[], adjs: string[], nouns: string[], bare: boolean) => {
    for (const d of dets)
      for (const a of adjs)
        for (const n of nouns) {
          if (!bare && !d && !a) continue; // "client Outlook", "Customer Service": too loose in English
          out.push({ term: [d, a, n].filter(Boolean).join(' '), data: { dir: 'after' } });
        }
  };
  combos(NL_DET, NL_ADJ, NL_NOUN.filter((n) => n !== 'relatie'), true);
  combos(['onze', 'mijn'], ['', 'nieuwe', 'vaste'], ['relatie'], false);
  combos(EN_DET, EN_ADJ, EN_NOUN, false);
  for (const t of BEFORE) out.push({ term: t, data: { dir: 'before' } });
  for (const t of WELCOME) out.push({ term: t, data: { dir: 'welcome' } });
  return out;
}

// The phrases do not depend on the pack: compiled once per process, on first use.
let triggers: TermMatcher<Trigger> | undefined;

const CLIENT_WORD = /\b(?:klant|klanten|client|clients|customer|customers|opdrachtgever)\b/;

/**
 * "Nieuwe klant binnen! Welkom aan boord, Veldkamp Installatietechniek": a welcome is a
 * client disclosure only with a client word close by, and names an organisation (two or
 * more words, or a coined one-word name), not a new colleague ("Welcome aboard, Tom!").
 */
function welcomedClient(text: string, folded: string, fstart: number, end: number): NameSpan | null {
  if (!CLIENT_WORD.test(folded.slice(Math.max(0, fstart - 100), fstart + 160))) return null;
  const name = orgNameAfter(text, end);
  if (!name) return null;
  const words = text.slice(name.start, name.end).split(/\s+/);
  return words.length >= 2 || /\p{Ll}\p{Lu}/u.test(words[0]!) ? name : null;
}

export default defineRule({
  meta: {
    id: 'client-disclosed',
    category: 'client',
    severity: 'warn',
    description: {
      nl: 'Een organisatie als klant noemen ("onze klant X"), ook als die niet in de klantenlijst staat.',
      en: 'Disclosing an organisation as a client ("our client X"), also when it is not on the client list.',
    },
    messages: {
      disclosed: {
        nl: 'Je maakt ‘{name}’ bekend als klant van je werkgever.',
        en: "You disclose '{name}' as a client of your employer.",
      },
    },
    why: {
      nl: 'Ook klanten die niet op de lijst staan, hebben recht op vertrouwelijkheid; laat de naam weg of vraag eerst toestemming.',
      en: 'Clients that are not on the list are entitled to confidentiality too; leave the name out or ask for permission first.',
    },
  },

  compile(pack) {
    // Names the other rules own: a listed client (client-name) or the employer itself.
    const known = new Set([...pack.clients.map((c) => c.name), ...pack.organization.names.map((o) => o.name)].map(foldTerm));
    return { triggers: (triggers ??= compileTerms(triggerSpecs())), known };
  },

  check(ctx, { triggers, known }) {
    const folded = ctx.folded();
    const text = ctx.text;
    for (const t of triggers.find(folded, text)) {
      let name: NameSpan | null = null;
      let fixFrom = -1;
      // "X, a client of ours" or "a client of ours, X": the name on either side.
      if (t.data.dir === 'before') name = orgNameBefore(text, t.start) ?? (/^\s*[,:]/.test(text.slice(t.end, t.end + 3)) ? orgNameAfter(text, t.end) : null);
      else if (t.data.dir === 'welcome') name = welcomedClient(text, folded.text, t.fstart, t.end);
      else {
        name = orgNameAfter(text, t.end);
        if (name) fixFrom = t.start;
        else if (/[,(–—]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) name = orgNameBefore(text, t.start);
      }
      if (!name || known.has(foldTerm(text.slice(name.start, name.end)))) continue;
      const deal = dealNearby(folded, text, toFolded(folded, name.start), toFolded(folded, name.end));
      ctx.report({
        range: [name.start, name.end],
        messageId: 'disclosed',
        data: { name: text.slice(name.start, name.end) },
        escalate: deal,
        ...(fixFrom >= 0 && name.start - t.end <= 3
          ? { fix: { range: [fixFrom, name.end] as [number, number], replacement: ctx.lang === 'nl' ? 'een klant' : 'a client' } }
          : {}),
      });
    }
  },
});
