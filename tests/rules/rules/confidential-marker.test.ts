import { ruleTable } from '../rule-tester.ts';

ruleTable('confidential-marker', {
  valid: [
    'Dankbaar voor de vertrouwenspersoon bij ons op de zaak 💬',
    'Vertrouwen komt te voet en gaat te paard.',
    'Patient confidentiality matters, in every profession.',
    'The agenda for tomorrow is online.',
    'Meer kan ik nu nog niet delen, maar wordt vervolgd!',
    'Openbaar vervoer was weer eens te laat vandaag.',
    'Our confidential advisor is there for everyone who needs to talk.',
    'The confidential informant in the TV series was brilliant.',
    'Internal mobility is a great way to grow your career.',
    // Withholding, not labelling: the post has said what it may.
    'Over de verbouwing: de aannemer was er vandaag, verder mag ik niks zeggen.',
    'De nieuwe winkel is bijna klaar. Meer mag ik er nog niet over kwijt!',
    'Had ik dat maar van mij gehoord, zei mijn moeder altijd.',
    'What happens at the team outing stays at the team outing 😉',
  ],
  invalid: [
    { text: 'Vertrouwelijk hoor, maar er komt een flinke overname aan 👀', flagged: ['Vertrouwelijk'], severity: 'warn' },
    { text: 'Mooie cijfers vandaag (nog niet openbaar, dus details volgen later).', flagged: ['nog niet openbaar'] },
    { text: "Kijk wat ik op de printer vond: 'NIET VOOR PUBLICATIE – concept jaarplan 2025'.", flagged: ['NIET VOOR PUBLICATIE'] },
    { text: 'Internal only for now, but I could not resist a little teaser! 🔜', flagged: ['Internal only'] },
    { text: 'Every single slide stamped CONFIDENTIAL, which makes it feel important 😂', flagged: ['CONFIDENTIAL'] },
    { text: 'Signed an NDA with a big fintech partner today 🤐', flagged: ['NDA'] },
    { text: "Results are under embargo until Thursday, but let's just say we did well.", flagged: ['under embargo'] },
    { text: 'Dit is strikt vertrouwelijke informatie, maar...', flagged: ['strikt vertrouwelijke'] },
    { text: 'Onder embargo tot maandag: onze nieuwe propositie!', flagged: ['Onder embargo'] },
    { text: 'Dit is confidentieel, maar we gaan fuseren.', flagged: ['confidentieel'] },
    { text: 'Het is nog geheim, maar de overname gaat door.', flagged: ['nog geheim'] },
    { text: 'Embargo until 9:00 CET tomorrow.', flagged: ['Embargo until'] },
    { text: 'Off the record: the merger is happening.', flagged: ['Off the record'] },
    { text: 'Mag eigenlijk nog niks zeggen, maar de prijzen gaan omhoog.', flagged: ['Mag eigenlijk nog niks zeggen'] },
    { text: 'De zomeractie wordt 30% op alles, maar dat heb je niet van mij 🤫', flagged: ['dat heb je niet van mij'] },
    { text: 'Dit blijft tussen ons: de vestiging in Oss gaat dicht.', flagged: ['Dit blijft tussen ons'] },
    { text: "You didn't hear it from me, but the Breda store is closing.", flagged: ["You didn't hear it from me"] },
  ],
});
