// The organisation itself, as people name it without its name: "ons bedrijf", "onze
// organisatie", "our company", "our firm". A post with one of these as the subject of an
// announcement speaks for the firm (the spokesperson rule). Not the author's team or
// department: "we" with the team is how colleagues talk at an outing.
import { words } from './inflect.ts';

export const FIRM_NOUNS = words(
  'bedrijf organisatie firma onderneming kantoor directie bestuur ziekenhuis praktijk gemeente ' +
    'company firm organisation organization business board management hospital practice municipality council',
);
