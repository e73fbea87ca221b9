// Texts the browser itself shows (extension name, store description, the
// shortcut's description). They reach the manifest through _locales, which the
// build writes from here (localeFiles in index.ts, wxt.config.ts).
import type { Messages } from '../rules/index.ts';

export const MANIFEST_TEXT = {
  extName: { nl: 'Think Twice', en: 'Think Twice' },
  extDescription: {
    nl: 'Controleert je berichten op LinkedIn, X en Facebook tijdens het typen tegen het socialemediaprotocol van je werkgever. Wat je typt, verlaat je computer niet.',
    en: "Checks your LinkedIn, X and Facebook posts against your employer's social-media protocol while you type. Nothing you type leaves your computer.",
  },
  cmdOpenCard: { nl: 'Toon de meldingen bij de cursor', en: 'Show the findings at the cursor' },
} satisfies Record<string, Messages>;
