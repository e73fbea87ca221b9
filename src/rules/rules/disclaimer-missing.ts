// The post names the employer but says neither that it is a personal view nor that
// the author works there: one post-level finding with a line to add.
import { defineRule } from '../rule.ts';
import type { FoldedText } from '../text/fold.ts';
import { findOnce, packList } from '../text/pack-lists.ts';
import { compileTerms } from '../text/terms.ts';

/** Built-in disclosures; the pack's `disclaimers` phrases are added to these. */
const DISCLOSURES = [
  // nl
  'ik werk bij', 'ik werk voor', 'ik ben werkzaam bij', 'werkzaam bij', 'mijn werkgever',
  'mijn eigen mening', 'persoonlijke mening', 'op persoonlijke titel', 'eigen mening', 'disclaimer', 'transparantie:',
  'ik ben medewerker', 'medewerker van', 'in dienst bij', 'in dienst van', '#werkgever', '#werknemer', '#medewerker',
  'op eigen titel', 'namens mezelf', 'namens mijzelf', 'privéaccount', 'prive account', 'privé-account', 'waar ik werk', 'ik werk daar', 'ik werk er', 'wij van', 'wij bij', 'namens mijn werkgever', 'mijn eigen werkgever',
  // en
  'i work at', 'i work for', 'i work with', 'my employer', 'my company', 'full disclosure', 'disclosure:', 'views are my own',
  'opinions are my own', 'views my own', 'opinions my own', 'my own views', 'my own opinion', 'personal opinion',
  'speaking for myself', 'i work there', 'where i work', 'we at', 'here at', 'on behalf of my employer', 'i am an employee', "i'm an employee", 'employee of', 'proud to work', '#employee',
  '#ad', '#sponsored',
];

const ROLES = [
  'adviseur', 'medewerker', 'werknemer', 'collega', 'partner', 'eigenaar', 'directeur', 'stagiair', 'stagiaire', 'teamleider',
  'manager', 'accountmanager', 'consultant', 'schadebehandelaar', 'trainee', 'advisor', 'adviser', 'employee', 'broker', 'intern',
  'director', 'owner', 'analyst', 'underwriter', 'specialist', 'head', 'lead',
].join('|');

/** Disclosures with words in between ("ik werk al zes jaar bij", "bij dit kantoor werk"). */
const LOOSE = [
  /\bik\s+(?:werk|ben\s+werkzaam)\b[^.!?\n]{0,40}\b(?:bij|voor)\b/,
  /\b(?:bij|voor)\s+(?:dit|dat|ons|het)\s+(?:kantoor|bedrijf|team)\s+(?:werk|werkzaam)/,
  /\bi(?:'ve|\s+have)?\s+(?:work|worked|been\s+working)\b[^.!?\n]{0,40}\b(?:at|for)\b/,
  /\b(?:proud|trots)\b[^.!?\n]{0,30}\b(?:werk|work)/,
  // "Opinions expressed are my own", "alle meningen zijn van mijzelf".
  /\b(?:views?|opinions?|thoughts|meningen?|standpunten?)\b[^.!?\n]{0,30}\b(?:my own|mine|mijn eigen|van mij(?:zelf)?|van mezelf|persoonlijk)\b/,
  // Hashtags such as #trotsopmijnwerkgever, #proudemployee.
  /#[\p{L}\d_]*(?:werkgever|werknemer|employer|employee|collega)/u,
  // A role at the employer: "ik ben adviseur bij", "I'm an advisor at" (not "klant bij": customers are not staff).
  new RegExp(`\\bik\\s+ben\\s+(?:\\w+\\s+){0,2}?(?:${ROLES})\\s+(?:bij|van|voor)\\b`),
  new RegExp(`\\b(?:i\\s+am|i'm)\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:${ROLES})\\s+(?:at|with|for)\\b`),
];

const LINE = {
  nl: (org: string) => `(Ik werk bij ${org}; dit is mijn persoonlijke mening.)`,
  en: (org: string) => `(I work at ${org}; views are my own.)`,
};

export default defineRule({
  meta: {
    id: 'disclaimer-missing',
    category: 'disclaimer',
    severity: 'warn',
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
    const employer = packList(pack, 'org');
    if (!employer) return null;
    const phrases = [...DISCLOSURES, ...pack.disclaimers.personal, ...pack.disclaimers.affiliation];
    return {
      employer,
      disclosures: compileTerms(phrases.map((p) => ({ term: p, data: null }))),
    };
  },

  check(ctx, { employer, disclosures }) {
    const folded = ctx.folded();
    const mention = findOnce(employer, folded, ctx.text)[0];
    if (!mention || disclosed(folded, ctx.text, disclosures)) return;
    const org = mention.data;
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

function disclosed(folded: FoldedText, text: string, phrases: ReturnType<typeof compileTerms<null>>): boolean {
  return phrases.find(folded, text).length > 0 || LOOSE.some((re) => re.test(folded.text));
}
