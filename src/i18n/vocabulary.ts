// The reviewed vocabulary: one word per idea in each language. Every UI string
// (the glossary in src/i18n) and every rule text is checked against it by
// tests/ui/glossary.test.ts, so a second word for the same idea cannot creep in.
export interface Term {
  /** The idea, in a few words. */
  idea: string;
  nl: string;
  en: string;
  /** Words that must not appear for this idea (they name it differently, or say more than is meant). */
  avoid: { nl?: RegExp[]; en?: RegExp[] };
  /** Also checked in the rules' own texts (messages, why, descriptions), not only in the UI. */
  rules?: boolean;
}

export const VOCABULARY: readonly Term[] = [
  {
    idea: 'what the employee writes on a social site',
    nl: 'bericht',
    en: 'post',
    // "post" is English; Dutch readers met "post", "bericht" and "LinkedIn-post" for the same thing.
    avoid: { nl: [/\bposts?\b/i, /-posts?\b/i, /\bpostje/i] },
    rules: true,
  },
  {
    idea: 'stopping a post at the Post button until the author decides',
    nl: 'tegenhouden (houdt tegen, tegengehouden)',
    en: 'hold (holds, on hold)',
    // "Blocks posting", "houdt plaatsen tegen" and "tegengehouden" were three names for one idea.
    avoid: { nl: [/blokkeer|blokkeert|geblokkeerd|houdt plaatsen tegen/i], en: [/\bblock(s|ed|ing)?\b/i] },
  },
  {
    idea: 'one thing Think Twice points out',
    nl: 'melding',
    en: 'finding',
    avoid: { nl: [/bevinding/i], en: [/\bissues?\b/i, /\bviolations?\b/i] },
  },
  {
    idea: "the employer's rules as the employee meets them",
    nl: 'regels van je organisatie, bedrijfsregels',
    en: "your organisation's rules, company rules",
    // "Rule pack" is the admins' word (README, CLI); employees never see it.
    avoid: { nl: [/regelpakket/i], en: [/rule ?packs?/i] },
  },
  {
    idea: 'whom to ask',
    nl: 'je IT-afdeling',
    en: 'your IT department',
    avoid: { nl: [/beheerder/i], en: [/\badmin/i] },
  },
  {
    idea: 'consequences: state the risk, never threaten the employee',
    nl: '—',
    en: '—',
    avoid: { nl: [/baan kost|je baan|ontslag/i], en: [/your job|get fired|be fired|dismissal/i] },
    rules: true,
  },
];
