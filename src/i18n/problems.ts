// Problems in plain words: what happened, what still works, what to do. The
// technical detail (JSON path and message) is shown apart, as a line for IT.
import type { Messages } from '../rules/index.ts';

export const PROBLEM_TEXT = {
  problemCompany: {
    nl: 'De regels van je organisatie konden niet worden bijgewerkt. De laatste regels die werkten blijven gelden. Laat het je IT-afdeling weten.',
    en: "Your organisation's rules could not be updated. The last rules that worked are still used. Please let your IT department know.",
  },
  problemCompanyNone: {
    nl: 'De regels van je organisatie konden niet worden geladen; alleen de ingebouwde controles werken nu. Laat het je IT-afdeling weten.',
    en: "Your organisation's rules could not be loaded, so only the built-in checks work now. Please let your IT department know.",
  },
  problemUser: {
    nl: 'Je eigen aanvullingen konden niet worden gelezen en worden nu niet gebruikt. Begin opnieuw met een lege lijst, of vraag je IT-afdeling om hulp.',
    en: 'Your own additions could not be read and are not used right now. Start again with an empty list, or ask your IT department for help.',
  },
  problemUserReset: { nl: 'Opnieuw beginnen met een lege lijst', en: 'Start again with an empty list' },
  problemWarning: {
    nl: 'De instellingen van je organisatie bevatten iets wat Think Twice overslaat; de regels werken wel.',
    en: "Your organisation's settings contain something Think Twice skips; the rules still work.",
  },
  problemDetails: { nl: 'Details voor IT', en: 'Details for IT' },
  problemToolbar: {
    nl: 'Think Twice: er is een probleem met de regels. Open het menu voor uitleg.',
    en: 'Think Twice: there is a problem with the rules. Open the menu for details.',
  },
} satisfies Record<string, Messages>;
