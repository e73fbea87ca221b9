// The organisation itself, as people name it without its name: "ons bedrijf", "onze
// organisatie", "our company", "our firm". A post with one of these as the subject of an
// announcement speaks for the firm (the spokesperson rule). Not the author's team or
// department: "we" with the team is how colleagues talk at an outing.
import { words } from './inflect.ts';

export const FIRM_NOUNS = words(
  'bedrijf organisatie firma onderneming kantoor directie bestuur ziekenhuis praktijk gemeente ' +
    'company firm organisation organization business board management hospital practice municipality council',
);

/**
 * Kinds of place or organisation written before a name ("camping De Zwaluw", "Café De Poort",
 * "basisschool De Wissel", "the Pelican pub"): when the kind is not part of the listed
 * organisation's own name, the name belongs to another place of the same name.
 */
export const VENUE_NOUNS = words(
  // nl
  'camping café cafe eetcafé eetcafe grandcafé grandcafe restaurant bistro brasserie kroeg herberg pension hotel ' +
    'hostel jeugdherberg bungalowpark vakantiepark recreatiepark jachthaven zwembad sporthal sportpark manege ' +
    'boerderij kinderboerderij zorgboerderij speeltuin theater schouwburg bioscoop museum kerk moskee kapel ' +
    'basisschool kinderopvang kinderdagverblijf peuterspeelzaal bibliotheek buurthuis wijkcentrum ' +
    'verzorgingshuis verpleeghuis woonzorgcentrum molen kasteel landgoed fort villa woonwijk wijk',
  // en
  'campsite campground cafe restaurant bistro pub inn bar tavern hotel hostel motel marina pool gym farm ' +
    'theatre theater cinema museum church chapel mosque library mill castle manor estate fort',
);
