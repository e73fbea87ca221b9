// Threats in the author's own words, judged per sentence (lexicon/threat-clause.ts): a speaker
// with an intent, an act of harm and a person, in any order with a few words between; seeking
// someone out only with a warning or their whereabouts beside it. The valid column holds the
// look-alikes each guard is for: banter, things, gifts, meeting places, kind purposes,
// negation, the past, the author's own body, reported and fictional quotes.
import { ruleTable } from './rule-tester.ts';

ruleTable('insult-threat', {
  valid: [
    // Things and idioms, not people.
    "I'm going to kill it at the pitch tomorrow, wish me luck!",
    "I'm going to break the news to the team after lunch.",
    "I'm gonna smash my sales target this month.",
    "I'll knock it out of the park.",
    'Ik sla de handen ineen met de buurtvereniging.',
    'We gaan de concurrentie verpletteren met deze app.',
    'Ik sla je voorstel op in de gedeelde map.',
    // Banter: sport, games, the stage.
    'We gaan ze zaterdag helemaal kapot spelen, die jongens uit Rijssen!',
    "We'll destroy them in the five-a-side final on Sunday, lads!",
    // The past is told, not threatened.
    'We slaughtered them 4-0 on Saturday.',
    // Gifts, messages and meeting places.
    'Ik schiet je zo de locatie, tot straks.',
    "I'll hunt you down a copy of that book, it's brilliant.",
    "I'll find you at the registration desk, I'm wearing a red scarf.",
    'Ik kom je morgen ophalen om half acht.',
    // Seeking someone out with a kind purpose, or without a warning.
    "I'm coming to your house on Saturday to fix the boiler.",
    'Ik weet waar je woont, dus ik kom binnenkort een taart brengen.',
    // Negation and the author's own body.
    'Ik zou je nooit iets aandoen, dat weet je toch.',
    'I would never lay a finger on you.',
    'Ik maak mezelf kapot in de sportschool deze week.',
    // Someone else's words, condemned or from a film.
    "Een klant dreigde 'ik maak je af' tegen onze baliemedewerker. Dat accepteren we niet.",
    "In de film zegt de schurk 'ik weet waar je woont' en dat blijft hangen.",
    "In the movie the villain whispers 'I'll find you' and it gave me chills.",
  ],
  invalid: [
    { text: "De volgende keer ga ik hem eens flink op z'n bek timmeren.", flagged: ["ik hem eens flink op z'n bek timmeren"], severity: 'block' },
    { text: 'Ik breek hem in tweeën als hij terugkomt.', flagged: ['Ik breek hem in tweeën'] },
    { text: 'Ik sla ze stuk voor stuk tegen de grond.', flagged: ['Ik sla ze stuk voor stuk tegen de grond'] },
    { text: "I'm going to lay him out cold.", flagged: ["I'm going to lay him out cold"] },
    { text: "I swear I'll wring that landlord's neck.", flagged: ["I'll wring that landlord's neck"] },
    // Harm to property and livelihood.
    { text: "I'll burn your little shop to the ground.", flagged: ["I'll burn your little shop to the ground"] },
    { text: 'Mark my words, I will end your career.', flagged: ['I will end your career'] },
    // Seeking someone out, with a warning or their whereabouts.
    { text: "We're coming to your house tonight, lock your doors.", flagged: ["We're coming to your house"] },
    { text: 'Jij gaat hier spijt van krijgen, reken maar dat ik je vind.', flagged: ['ik je vind'] },
    { text: 'I know which school your kids go to.', flagged: ['I know which school your kids'] },
  ],
});

// Seeking someone out threatens with a warning or their whereabouts in reach ("when I catch you" needs no "will").
ruleTable('insult-threat', {
  valid: [
    'Ik ken je nog wel van vroeger, leuk je weer te zien!',
    "I'll wait for you outside the office at five, then we'll grab a drink.",
  ],
  invalid: [
    { text: 'Pas maar op jij, ik heb je kenteken genoteerd.', flagged: ['ik heb je kenteken genoteerd'] },
    { text: 'Als die manager me nog één keer voor schut zet, ga ik hem echt iets aandoen.', flagged: ['ik hem echt iets aandoen'] },
    { text: "We komen met z'n allen naar je huis, dan kun je wat beleven.", flagged: ["We komen met z'n allen naar je huis"] },
    { text: 'Ik zal je vinden, waar je ook zit.', flagged: ['Ik zal je vinden'] },
    { text: 'See what happens when I catch you in the car park.', flagged: ['I catch you'] },
    { text: "I'm gonna wait outside your office tonight and we'll settle this properly.", flagged: ["I'm gonna wait outside your office"] },
  ],
});
