import { ruleTable } from '../rule-tester.ts';

ruleTable('confidential-term', {
  valid: [
    'Vannacht bij helder weer de Noordster gevonden met de telescoop van mijn zoontje 🌟',
    "My daughter learned that the North Star is called 'de Noordster' in Dutch ⭐",
    'De tulpenvelden bij Lisse staan er weer prachtig bij 🌷 #tulips',
    'Weer een premieverhoging voor de zorgverzekering in 2025, las ik in de krant.',
    'Een premieverhoging in 2026 lijkt onvermijdelijk, zegt de krant.',
    'Interessant boek over militaire geschiedenis gelezen.',
    'Schade melden kan tegenwoordig gewoon via de app.',
    // The name alone is no code name, and the two halves of a compound with a comma between them are two words.
    'Het noorderlicht was prachtig, de Noordster ook.',
    'Veel schade, last van lekkage en een boze buurman.',
    'Loss of ratio in the diagram, fix the aspect!',
    'In 2027 volgt misschien weer een premieverhoging, zegt de krant.',
  ],
  invalid: [
    { text: 'Vandaag de kick-off van Project Noordster gehad 🚀', flagged: ['Project Noordster'], severity: 'block' },
    { text: 'Weer tot 22:00 op kantoor voor project noordster... ☕', flagged: ['project noordster'] },
    { text: 'Trots op het team dat elke dag aan #ProjectNoordster werkt ✨', flagged: ['#ProjectNoordster'] },
    { text: 'Tips voor een boek over het verzekeren van militaire goederen? 📚', flagged: ['militaire goederen'] },
    {
      text: 'Een vervoerder die militaire-goederentransporten naar Duitsland gaat uitvoeren.',
      flagged: ['militaire-goederentransporten'],
    },
    { text: 'Klanten gaan schrikken van de premieverhoging 2027 😬', flagged: ['premieverhoging 2027'] },
    {
      text: 'De eerste doorrekening van de premieverhogingen voor 2027 gezien.',
      flagged: ['premieverhogingen voor 2027'],
    },
    { text: 'Pff, de schadelast in onze autoportefeuille is dit jaar echt niet normaal.', flagged: ['schadelast'] },
    { text: 'Onze schadelastcijfers over Q2 liggen 18% hoger dan vorig jaar.', flagged: ['schadelastcijfers'] },
    { text: "Can't say much yet, but Operation Tulip is going to change things 🌷", flagged: ['Operation Tulip'] },
    { text: 'day 14 of #OperationTulip and I have forgotten what sunlight looks like', flagged: ['#OperationTulip'] },
    { text: 'Our loss ratio on the commercial property book hit 91% this quarter.', flagged: ['loss ratio'] },
    { text: 'loss-ratio numbers for Q3 just came in and... yikes 😬', flagged: ['loss-ratio'] },
    { text: 'Our loss ratios are improving.', flagged: ['loss ratios'] },
    { text: 'Exciting news about insuring military goods in transit.', flagged: ['military goods'] },
    { text: 'Het Noordster-project loopt op schema.', flagged: ['Noordster-project'] },
    { text: 'Hard gewerkt aan het #noordsterproject vandaag.', flagged: ['#noordsterproject'] },
    // Another word of the same kind for the code name, and a long compound written in two.
    { text: 'Het Noordster-traject loopt op schema.', flagged: ['Noordster-traject'] },
    { text: 'Het programma Noordster gaat in maart live.', flagged: ['programma Noordster'] },
    { text: 'Vandaag de schade-last voor Q3 doorgerekend.', flagged: ['schade-last'] },
    { text: 'PROJECT NOORDSTER gaat live!', flagged: ['PROJECT NOORDSTER'] },
    // The year first, hyphenated, as people write it ("onze 2027-premieverhoging").
    { text: 'Onze 2027-premieverhoging wordt pittig voor de klanten.', flagged: ['2027-premieverhoging'] },
  ],
});

// A code name that is an ordinary word ("Poolster", the pole star): as a name, glued to what it
// names, or typed in lowercase right before a campaign word; not the star.
ruleTable(
  'confidential-term',
  {
    valid: [
      'De poolster vind je via de Grote Beer ⭐',
      'Poolster gezien vannacht, wat helder!',
      'Wat een mooie poolster vannacht.',
    ],
    invalid: [
      { text: 'Poolster-shoot vandaag, 6 uur op locatie 🥶', flagged: ['Poolster'] },
      { text: 'Our poolster campaign drops in March.', flagged: ['poolster'] },
      { text: 'Vandaag de kick-off van Poolster bij de klant.', flagged: ['Poolster'] },
    ],
  },
  { id: 't', name: 'T', version: '1', confidential: [{ name: 'Project Poolster', aliases: ['Poolster'] }] },
);
