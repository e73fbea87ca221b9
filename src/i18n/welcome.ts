// The first-run page: what Think Twice checks, that nothing leaves the device,
// who set the rules and how to use it.
import type { Messages } from '../rules/index.ts';

export const WELCOME_TEXT = {
  welcomeTitle: { nl: 'Think Twice kijkt mee voordat je bericht online gaat', en: 'Think Twice looks over your post before it goes out' },
  welcomeIntro: {
    nl: 'Terwijl je een bericht typt op LinkedIn, X of Facebook, onderstreept Think Twice wat jou, een klant of je werkgever kan schaden, en legt uit waarom.',
    en: 'While you type a post on LinkedIn, X or Facebook, Think Twice underlines what could hurt you, a client or your employer, and explains why.',
  },
  welcomeChecks: { nl: 'Wat het controleert', en: 'What it checks' },
  welcomePrivacyTitle: { nl: 'Niets verlaat je computer', en: 'Nothing leaves your computer' },
  welcomePrivacy: {
    nl: 'Je berichten worden in je browser gecontroleerd. Think Twice stuurt niets van wat je typt ergens heen en bewaart het niet.',
    en: 'Your posts are checked inside your browser. Think Twice sends nothing you type anywhere and does not store it.',
  },
  welcomeRulesTitle: { nl: 'Wie de regels bepaalt', en: 'Who set the rules' },
  welcomeRulesOrg: {
    nl: 'Je organisatie heeft de regels ingesteld: {name} ({version}).',
    en: 'Your organisation set the rules: {name} ({version}).',
  },
  welcomeRulesNone: {
    nl: 'Je organisatie heeft (nog) geen regels ingesteld. De ingebouwde controles werken al, en bij Instellingen kun je zelf klanten en termen toevoegen.',
    en: 'Your organisation has not set rules (yet). The built-in checks already work, and in Settings you can add clients and terms yourself.',
  },
  welcomeHowTitle: { nl: 'Zo werkt het', en: 'How it works' },
  welcomeHowUnderline: {
    nl: 'Een onderstreept woord: wijs het aan of klik erop voor de uitleg en een voorstel.',
    en: 'An underlined word: point at it or click it for the explanation and a suggestion.',
  },
  welcomeHowBadge: {
    nl: 'Het rondje naast het berichtvenster telt de meldingen; met Tab of een klik open je de lijst.',
    en: 'The small button next to the post box counts the findings; Tab to it or click it to open the list.',
  },
  welcomeHowHold: {
    nl: 'Staat er iets in wat niet naar buiten mag, dan wordt het bericht bij plaatsen tegengehouden. Je kunt het dan aanpassen of toch plaatsen.',
    en: 'If it contains something that must not go out, the post is held when you post it. You can then edit it or post it anyway.',
  },
  welcomeHowKeys: {
    nl: '{shortcut} opent de meldingen bij de cursor; met de pijltjestoetsen ga je naar de volgende.',
    en: '{shortcut} opens the findings at the cursor; the arrow keys move to the next one.',
  },
  welcomeDone: { nl: 'Begrepen', en: 'Got it' },
} satisfies Record<string, Messages>;
