import { describe, expect, it } from 'vitest';
import { ibanValid } from '../../src/rules/rules/personal-data-iban.ts';
import { ruleTable } from './rule-tester.ts';

ruleTable('personal-data-iban', {
  valid: [
    // An organisation's account in a donation call, an organisation's line next to its role address.
    'Doneren kan via NL69 ASNB 0707 0655 12, Hospice De Mantel. Dank je wel!',
    'Hospice Het Sterrenhuis: NL20ABNA0417250938. Elke euro helpt.',
    'Een rekeningnummer als NL12 ABCD 0123 4567 89 ziet er echt uit, maar klopt niet.',
    'IBAN tip: GB00 WEST 1234 5698 7654 32 looks legit, but the check digits are wrong.',
    'NL91 ABNA 0417 1643 0',
    'Onze nieuwe NL20 campagne start maandag.',
    'Code XX12 3456 7890 1234 56 is geen IBAN.',
    // An organisation's public account in a donation call is public information, not personal data.
    'Doneren kan op NL37 ASNB 0709 1238 46 t.n.v. Stichting Voedselbank Lindewaard 🥫',
    "Pay before May into the tax office's account NL86 INGB 0002 4455 88.",
    'Steun de kerk: NL91 ABNA 0417 1643 00 ten name van Parochie St. Jan',
    'Facturen betalen kan op NL91 ABNA 0417 1643 00 t.n.v. Hoekstra Accountants',
    // A club's membership fees, a relief appeal, a concert's proceeds (2026-12 prose probe).
    'De contributie is 145 euro. Overmaken op NL81RABO0312345678 t.n.v. TV De Kastanje, onder vermelding van je lidnummer.',
    'Donations to the Disasters Emergency Committee can be made by bank transfer to GB29NWBK60161331926819.',
    'Proceeds go to the lifeboat station; donations can also be made to BE68539007547034.',
    // An organisation named in the same sentence as its own account: a public body, a shop, a relief appeal.
    'De Belastingdienst: NL86 INGB 0002 4455 88. Vermeld altijd het betalingskenmerk.',
    'Het CJIB int boetes via NL67INGB0006543210, vermeld het betalingskenmerk.',
    'Betalen kan op NL91ABNA0417164300 (Slagerij Hendriks).',
    'Giro 555 voor Gaza: NL91ABNA0417164300 (Samenwerkende Hulporganisaties).',
    "The council's account for parking fines is GB29NWBK60161331926819.",
  ],
  invalid: [
    { text: 'Sponsor me for my run! NL20ABNA0417250938', flagged: ['NL20ABNA0417250938'] },
    { text: '€10 overmaken naar NL07 RABO 5303 8265 54 t.n.v. M. de Wit.', flagged: ['NL07 RABO 5303 8265 54'], severity: 'block' },
    { text: 'transfer £35 to GB80 NWBK 6016 1335 0179 70 (Sarah)', flagged: ['GB80 NWBK 6016 1335 0179 70'] },
    { text: 'Elke euro helpt: BE53 7355 2601 8153.', flagged: ['BE53 7355 2601 8153'] },
    { text: 'NL91ABNA0417164300', flagged: ['NL91ABNA0417164300'] },
    { text: 'iban: nl91abna0417164300', flagged: ['nl91abna0417164300'] },
    { text: 'DE89 3704 0044 0532 0130 00 bitte', flagged: ['DE89 3704 0044 0532 0130 00'] },
    { text: 'FR14 2004 1010 0505 0001 3M02 606', flagged: ['FR14 2004 1010 0505 0001 3M02 606'] },
    { text: 'NO93 8601 1117 947', flagged: ['NO93 8601 1117 947'] },
    // A person's account stays personal, also in a donation call.
    { text: 'Every euro helps: BE53 7355 2601 8153 (account of Lotte Peeters).', flagged: ['BE53 7355 2601 8153'], severity: 'block' },
    // A person's account for a club's outing stays personal.
    { text: 'Bijdrage voor het uitje van de club graag op NL81RABO0312345678 t.n.v. P. Jansen.', flagged: ['NL81RABO0312345678'] },
    // The author's own account stays personal, also with an organisation in the sentence.
    { text: 'Ik regel het cadeau namens Kok Bouw B.V., maak het over naar mijn rekening NL81RABO0312345678.', flagged: ['NL81RABO0312345678'] },
    // A client's name next to a number is not the client presenting its account.
    { text: 'Net de polis voor Jansen Transport rondgekregen, IBAN NL91ABNA0417164300.', flagged: ['NL91ABNA0417164300'] },
  ],
});

describe('mod-97', () => {
  it.each([
    ['NL91ABNA0417164300', true],
    ['NL91ABNA0417164301', false],
    ['GB29NWBK60161331926819', true],
    ['BE68539007547034', true],
    ['NL91ABNA041716430', false],
  ])('%s → %s', (iban, ok) => expect(ibanValid(iban)).toBe(ok));
});
