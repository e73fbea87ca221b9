import { ruleTable } from '../rule-tester.ts';

ruleTable('client-disclosed', {
  valid: [
    'Onze klanten zijn ondernemers die vooruit willen kijken.',
    'Een klant belde vandaag met een mooie vraag over aansprakelijkheid.',
    'Welkom aan ons nieuwe teamlid Lisa de Boer, die maandag begint! 👋',
    'Welkom aan boord, Lisa! Fijn dat je ons team komt versterken.',
    'Our clients come first, always.',
    'Switched my email client to Thunderbird and never looked back.',
    'Huge thanks to our Customer Success team for a record quarter!',
    'De klant centraal: dat is waar het om draait.',
    'Tien jaar geleden begon ik als junior schadebehandelaar. Vandaag geef ik leiding aan een team.',
    'Voor onze klanten in Zeeland zijn we er ook in het weekend.',
  ],
  invalid: [
    { text: 'Afgelopen weken hebben we voor onze klant Kroeze Bouw een complete CAR-verzekering opgezet.', flagged: ['Kroeze Bouw'], severity: 'block', suggestion: 'een klant' },
    { text: 'De hele week in Zeeland geweest voor klant Oosterschelde Vis B.V. om hun koelhuizen te inspecteren 🐟', flagged: ['Oosterschelde Vis B.V.'] },
    { text: 'Nieuwe klant binnen! 🎉 Welkom aan boord, Veldkamp Installatietechniek. Op naar een mooie samenwerking.', flagged: ['Veldkamp Installatietechniek'] },
    { text: 'Vandaag bij onze klant Bos & Hartman Accountants de cyberpolis doorgenomen.', flagged: ['Bos & Hartman Accountants'] },
    { text: 'Our client Harbourline Foods just opened their third distribution centre.', flagged: ['Harbourline Foods'], suggestion: 'a client' },
    { text: 'Long day but worth it: our new customer, Oakridge Dental Group, signed this afternoon 🦷', flagged: ['Oakridge Dental Group'], severity: 'block' },
    { text: 'Onboarded our client Lindqvist Robotics AB today. Swedish efficiency is real 🇸🇪', flagged: ['Lindqvist Robotics AB'] },
    { text: 'Trots op onze nieuwe klant De Vries Installaties uit Zwolle!', flagged: ['De Vries Installaties'] },
    { text: 'Mooi project gedaan voor opdrachtgever Gemeente Deventer.', flagged: ['Gemeente Deventer'] },
    { text: 'Great kickoff with our newest client, Brightwater Energy Ltd. Exciting times!', flagged: ['Brightwater Energy Ltd'] },
    { text: 'Kroeze Bouw, een van onze vaste klanten, opende vandaag een nieuwe vestiging.', flagged: ['Kroeze Bouw'] },
    { text: 'Harbourline Foods is our newest client 🎉', flagged: ['Harbourline Foods'] },
  ],
});
