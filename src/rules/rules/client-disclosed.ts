// An organisation the post discloses as a client although it is not on the pack's
// list: "onze klant Kroeze Bouw", "our new customer, Oakridge Dental Group".
// The phrase is found by the term matcher; the name is read from a short window
// after (or before) it, never by parsing the whole post.
import { defineRule } from '../rule.ts';
import { dealNearby } from '../text/deal.ts';
import { foldTerm, toFolded } from '../text/fold.ts';
import { phraseClasses } from '../custom/phrase.ts';
import { CLIENT_DEAL_PATTERNS, CLIENT_WELCOME_PATTERNS } from '../lexicon/client-phrases.ts';
import { postTokens } from '../lexicon/index.ts';
import { compilePhrases, type PhraseSet } from '../lexicon/sequence.ts';
import { isEventName, isPersonName, looksLikeCompany, looksLikeOrganisation, orgNameAfter, orgNameBefore, type NameSpan } from '../text/org-name.ts';
import { mentions } from '../text/pack-lists.ts';
import { packSpans } from '../text/span-index.ts';
import { compileTerms, type TermMatcher, type TermSpec } from '../text/terms.ts';

type Trigger = { dir: 'after' | 'before' };

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
  return out;
}

// The phrases do not depend on the pack: compiled once per process, on first use.
let triggers: TermMatcher<Trigger> | undefined;
let phrases: PhraseSet<'deal' | 'welcome'> | undefined;

const CLIENT_WORD = /\b(?:klant|klanten|client|clients|customer|customers|opdrachtgever)\b/;

/**
 * "Welkom aan boord, Veldkamp Installatietechniek": a welcome discloses a client when it
 * names an organisation (a trade word, a legal form, several words that are not a first and
 * last name), or with a client word close by; not a new colleague ("Welcome aboard, Tom!").
 */
function welcomesClient(text: string, folded: string, name: NameSpan): boolean {
  const written = text.slice(name.start, name.end);
  if (looksLikeOrganisation(written)) return true;
  if (!CLIENT_WORD.test(folded.slice(Math.max(0, name.start - 120), name.end + 160))) return false;
  return written.split(/\s+/).length >= 2 || /\p{Ll}\p{Lu}/u.test(written);
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
    phrases ??= compilePhrases(
      [...CLIENT_DEAL_PATTERNS.map((pattern) => ({ pattern, data: 'deal' as const })), ...CLIENT_WELCOME_PATTERNS.map((pattern) => ({ pattern, data: 'welcome' as const }))],
      { classes: phraseClasses },
    );
    return { triggers: (triggers ??= compileTerms(triggerSpecs())), phrases, known, pack };
  },

  check(ctx, { triggers, phrases, known, pack }) {
    const folded = ctx.folded();
    const text = ctx.text;
    const report = (name: NameSpan, fixFrom: number, triggerEnd: number) => {
      if (known.has(foldTerm(text.slice(name.start, name.end)))) return;
      // An award, an event or a contest is won, welcomed or "selected us"; it is not a client.
      if (isEventName(text.slice(name.start, name.end)) && !looksLikeCompany(text.slice(name.start, name.end))) return;
      // The employer or a listed client is another rule's finding.
      const own = [...mentions(pack, 'org', folded, text), ...mentions(pack, 'client', folded, text)];
      if (own.some((m) => m.start < name.end && name.start < m.end)) return;
      const deal = dealNearby(folded, text, toFolded(folded, name.start), toFolded(folded, name.end));
      ctx.report({
        range: [name.start, name.end],
        messageId: 'disclosed',
        data: { name: text.slice(name.start, name.end) },
        escalate: deal,
        ...(fixFrom >= 0 && name.start - triggerEnd <= 3
          ? { fix: { range: [fixFrom, name.end] as [number, number], replacement: ctx.lang === 'nl' ? 'een klant' : 'a client' } }
          : {}),
      });
    };
    const tk = postTokens(text, folded);
    for (const m of phrases.find(tk, packSpans(pack, tk, folded, text))) {
      const name = { start: m.focusStart, end: m.focusEnd };
      if (m.data === 'welcome' ? !welcomesClient(text, folded.text, name) : isPersonName(text.slice(name.start, name.end))) continue;
      report(name, -1, -1);
    }
    for (const t of triggers.find(folded, text)) {
      let name: NameSpan | null = null;
      let fixFrom = -1;
      // "X, a client of ours" or "a client of ours, X": the name on either side.
      if (t.data.dir === 'before') name = orgNameBefore(text, t.start) ?? (/^\s*[,:]/.test(text.slice(t.end, t.end + 3)) ? orgNameAfter(text, t.end) : null);
      else {
        name = orgNameAfter(text, t.end);
        if (name) fixFrom = t.start;
        else if (/[,(–—]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) name = orgNameBefore(text, t.start);
      }
      if (name) report(name, fixFrom, t.end);
    }
  },
});
