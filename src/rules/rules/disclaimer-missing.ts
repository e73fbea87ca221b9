// The post names the employer but says neither that it is a personal view nor that
// the author works there: one post-level finding with a line to add.
import { phraseClasses } from '../custom/phrase.ts';
import { AD_LABEL, AFFILIATION_PATTERNS } from '../lexicon/affiliation.ts';
import { postTokens } from '../lexicon/index.ts';
import { compilePhrases, type PhraseSet } from '../lexicon/sequence.ts';
import { defineRule } from '../rule.ts';
import { packSpans } from '../text/span-index.ts';
import { mentions, packList } from '../text/pack-lists.ts';
import { compileTerms } from '../text/terms.ts';

/** Built-in disclosures as plain phrases; the pack's `disclaimers` phrases are added to these. */
const DISCLOSURES = [
  // nl
  'ik werk bij', 'ik werk voor', 'ik ben werkzaam bij', 'werkzaam bij', 'mijn werkgever', 'mijn nieuwe werkgever',
  'mijn eigen mening', 'persoonlijke mening', 'op persoonlijke titel', 'eigen mening', 'disclaimer', 'transparantie:',
  'ik ben medewerker', 'medewerker van', 'in dienst bij', 'in dienst van', '#werkgever', '#werknemer', '#medewerker',
  'op eigen titel', 'namens mezelf', 'namens mijzelf', 'privéaccount', 'prive account', 'privé-account', 'waar ik werk', 'ik werk daar', 'ik werk er', 'namens mijn werkgever', 'mijn eigen werkgever',
  // en
  'i work at', 'i work for', 'i work with', 'my employer', 'my new employer', 'my company', 'full disclosure', 'disclosure:', 'views are my own',
  'opinions are my own', 'views my own', 'opinions my own', 'my own views', 'my own opinion', 'personal opinion',
  'speaking for myself', 'i work there', 'where i work', 'on behalf of my employer', 'i am an employee', "i'm an employee", 'employee of', '#employee',
];

/** Personal-view statements with words in between ("Opinions expressed are my own", "alle meningen zijn van mijzelf"). */
const OWN_VIEW = /\b(?:views?|opinions?|thoughts|meningen?|standpunten?)\b[^.!?\n]{0,30}\b(?:my own|mine|mijn eigen|van mij(?:zelf)?|van mezelf|persoonlijk)\b/;
/** Hashtags such as #trotsopmijnwerkgever, #proudemployee. */
const STAFF_TAG = /#[\p{L}\d_]*(?:werkgever|werknemer|employer|employee|collega)/u;

// The affiliation patterns do not depend on the pack ({org} is looked up per post): compiled once.
let affiliation: PhraseSet<number> | undefined;

const LINE = {
  nl: (org: string) => `(Ik werk bij ${org}; dit is mijn persoonlijke mening.)`,
  en: (org: string) => `(I work at ${org}; views are my own.)`,
};

export default defineRule({
  meta: {
    id: 'disclaimer-missing',
    category: 'disclaimer',
    severity: 'warn',
    // A disclosure anywhere in the post answers a mention anywhere.
    scope: 'post',
    description: {
      nl: 'Je werkgever noemen zonder te zeggen dat je er werkt of dat het je persoonlijke mening is.',
      en: 'Naming your employer without saying that you work there or that the views are your own.',
    },
    messages: {
      missing: {
        nl: 'Je noemt je werkgever (‘{name}’) zonder te vermelden dat je er werkt.',
        en: "You name your employer ('{name}') without saying that you work there.",
      },
    },
    why: {
      nl: 'Lezers moeten kunnen zien dat je niet onafhankelijk bent; zonder vermelding lijkt het verborgen reclame.',
      en: 'Readers must be able to tell that you are not independent; without a disclosure it looks like hidden advertising.',
    },
  },

  compile(pack) {
    if (!packList(pack, 'org')) return null;
    const phrases = [...DISCLOSURES, ...pack.disclaimers.personal, ...pack.disclaimers.affiliation];
    affiliation ??= compilePhrases(
      AFFILIATION_PATTERNS.map((pattern, i) => ({ pattern, data: i })),
      { classes: phraseClasses },
    );
    return {
      pack,
      affiliation,
      disclosures: compileTerms(phrases.map((p) => ({ term: p, data: null }))),
    };
  },

  check(ctx, { pack, affiliation, disclosures }) {
    const folded = ctx.folded();
    const text = ctx.text;
    // A name inside a link or an e-mail address ("intranet.veenpoort.nl") is not naming the employer.
    const mention = mentions(pack, 'org', folded, text).find((m) => !insideLinkOrAddress(text, m.start, m.end));
    if (!mention) return;
    if (disclosures.find(folded, text).length > 0 || OWN_VIEW.test(folded.text) || STAFF_TAG.test(folded.text) || AD_LABEL.test(text)) return;
    const tk = postTokens(text, folded);
    if (affiliation.find(tk, packSpans(pack, tk, folded, text)).length > 0) return;
    const org = mention.data.entry.name;
    const end = ctx.text.trimEnd().length;
    const line = LINE[ctx.lang](org);
    ctx.report({
      range: [mention.start, mention.end],
      messageId: 'missing',
      data: { name: ctx.text.slice(mention.start, mention.end) },
      fix: {
        range: [end, end],
        replacement: `\n\n${line}`,
        label: { nl: 'Vermeld dat je er werkt', en: 'Say that you work there' },
      },
    });
  },
});

/** The span sits in a URL or an e-mail address (a handle "@acme" is a mention of its own). */
function insideLinkOrAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const chunk = text.slice(a, b);
  if (/(?:https?:\/\/|www\.)/i.test(chunk)) return true;
  // "info@acme.nl": an "@" right after a word character is an address, not a handle.
  return /[\p{L}\p{N}._%+-]@/u.test(chunk);
}
