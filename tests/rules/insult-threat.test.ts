// Threats and attacks on groups are phrases, matched word by word with
// optional words in between; the same words in other orders or meanings are not.
import { ruleTable } from './rule-tester.ts';

ruleTable('insult-threat', {
  valid: [
    'Ik maak je blij met een cadeautje.',
    'Ik maak het af voor vrijdag.',
    'We maken het project af.',
    'Ik sla de vergadering over.',
    'I know where you can find the report.',
    "I'll break the news to the team tomorrow.",
    'We will kill it at the conference! 🔥',
    'This deadline is killing me.',
    'Ik weet waar je de sleutels kunt vinden.',
    'Watch your back on the icy roads this week.',
    'Break a leg tonight!',
    // Banter, negation and things that are no person.
    "I'll kill it on stage tonight 🎤",
    'we gaan ze inmaken zaterdag ⚽',
    "We're going to destroy them in the final on Saturday!",
    'I would never hurt you, you know that.',
    'Ik ga je nooit slaan, dat beloof ik.',
    "I'll come round to your house and fix your wifi.",
    'Wacht maar tot je het nieuwe kantoor ziet!',
    // Shooting someone a message, machines, lessons in a skill, putting someone in touch.
    "I'll shoot you an email with the slides after the call.",
    'Ik zweer het, ik vermoord die printer nog eens.',
    'Ik ga die klant morgen even bellen.',
    'Ik zal je eens een lesje leren in Excel, draaitabellen zijn makkelijk.',
    "I'll put you in touch with the hospital's HR team.",
    'Ik hang je jas even op aan de kapstok.',
    'Ik hang je foto op in de kantine.',
    "I'll knock them out of the cup on Saturday.",
    "I'll find out where you work best and set up your desk.",
    'Ik zorg ervoor dat je in het ziekenhuis goed wordt opgevangen.',
  ],
  invalid: [
    { text: 'Mark, als je nog één keer aan mijn dochter komt, maak ik je af.', flagged: ['maak ik je af'], severity: 'block' },
    { text: 'ik maak je af', flagged: ['ik maak je af'] },
    { text: 'Ik ga die klantmanager echt een keer in elkaar rammen', flagged: ['Ik ga die klantmanager echt een keer in elkaar rammen'] },
    { text: "Als ik die gast nog één keer zie trek ik z'n kop eraf", flagged: ["trek ik z'n kop eraf"] },
    { text: 'Touch my car again and I will put you in the ground.', flagged: ['I will put you in the ground'] },
    { text: "Say that to my face and I'll rearrange your face.", flagged: ["I'll rearrange your face"] },
    { text: 'Als ik hem tegenkom sla ik hem helemaal verrot.', flagged: ['sla ik hem helemaal verrot'] },
    { text: 'Ik ga je afmaken, let maar op.', flagged: ['Ik ga je afmaken'] },
    { text: 'Ik weet waar je woont.', flagged: ['Ik weet waar je woont'] },
    { text: 'Ik steek je neer.', flagged: ['Ik steek je neer'] },
    { text: 'Ik hoop dat je kanker krijgt.', flagged: ['Ik hoop dat je kanker krijgt'] },
    { text: 'Watch your back, Tom. I know where you live and when you leave.', flagged: ['I know where you live'] },
    { text: "keep talking and I'll break your legs, mate", flagged: ["I'll break your legs"] },
    { text: "I'm going to kill you", flagged: ["I'm going to kill you"] },
    // Threats in own words, with words in between.
    { text: "I'll come round to your house and break your nose.", flagged: ["I'll come round to your house and break your nose"], severity: 'block' },
    { text: 'Ik weet waar je woont.', flagged: ['Ik weet waar je woont'] },
    { text: 'Wacht maar tot ik je tegenkom, mannetje.', flagged: ['Wacht maar tot ik je tegenkom'] },
    { text: 'Als je nog één keer m’n collega uitscheldt weet ik je te vinden.', flagged: ['weet ik je te vinden'] },
    { text: "Next time you spit at my nurses I'll make sure you need a doctor yourself.", flagged: ["I'll make sure you need a doctor"] },
    { text: 'Ik kom naar je huis en dan sla ik je neus kapot.', flagged: ['Ik kom naar je huis en dan sla ik je neus kapot'] },
    { text: 'im gonna smash your face in', flagged: ['im gonna smash your face'] },
    { text: 'kill yourself', flagged: ['kill yourself'] },
    { text: 'kys loser', flagged: ['kys'] },
    { text: "You're dead meat.", flagged: ["You're dead meat"] },
  ],
});

ruleTable('insult-slur', {
  valid: [
    'Welkom aan onze nieuwe Marokkaanse en Turkse collega’s!',
    'Immigrants built this city.',
    'Go back to where you left off.',
    'Onze homo- en lesbische collega’s lopen mee in de Pride.',
  ],
  invalid: [
    { text: 'go back to your own country you filthy immigrant', flagged: ['go back to your own country you filthy immigrant'], severity: 'block' },
    { text: 'Ga terug naar je eigen land!', flagged: ['Ga terug naar je eigen land'] },
    { text: 'Vuile buitenlanders overal.', flagged: ['Vuile buitenlanders'] },
    { text: 'Die k*tmarokkanen van het plein', flagged: ['k*tmarokkanen'] },
    { text: 'Muslims are vermin', flagged: ['Muslims are vermin'] },
    { text: 'vieze homo', flagged: ['vieze homo'] },
  ],
});
