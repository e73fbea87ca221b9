import { ruleTable } from '../rule-tester.ts';

ruleTable('disclaimer-missing', {
  valid: [
    'Gisteren op de bruiloft van Eva van Dijk en haar partner Joost. Wat een feest! 💍',
    'Virgil van Dijk with a towering header tonight 🔥 #LFC',
    'Op zoek naar een adviseur? Van Dijk & Partners Assurantiën staat voor je klaar!\n\n(Transparantie: ik werk bij Van Dijk & Partners Assurantiën.)',
    'De beste adviseurs zitten bij @vdp_assurantien 😎 #werkgever',
    'Kijk eens bij VDP Assurantiën. Eerlijk is eerlijk: het is mijn werkgever 😄',
    'Van Dijk & Partners wint de Regionale Ondernemersprijs! Ik ben trots dat ik al zes jaar bij dit kantoor werk.',
    'Talk to Van Dijk & Partners. Full disclosure: I work at Van Dijk & Partners, so I am biased.',
    '@vdp_assurantien just launched a new claims app 🔥 (I work for VDP; opinions are my own)',
    'Ik werk al twaalf jaar met plezier voor Van Dijk & Partners.',
    'Mooie dag bij VDP gehad. Persoonlijke mening: de beste werkgever van de regio.',
    'We at Van Dijk & Partners are proud of our claims team.',
    'Wij van Van Dijk & Partners staan voor je klaar.',
    'Ik ben adviseur bij Van Dijk & Partners en help je graag.',
    "I'm a senior advisor at VDP and happy to help.",
    'The vdp plugin for vim is great.',
  ],
  invalid: [
    { text: 'Op zoek naar een adviseur die écht meedenkt? Van Dijk & Partners Assurantiën staat voor je klaar! 💼', flagged: ['Van Dijk & Partners Assurantiën'], severity: 'warn', suggestion: '\n\n(Ik werk bij Van Dijk & Partners Assurantiën; dit is mijn persoonlijke mening.)' },
    { text: 'De beste verzekeringsadviseurs van de regio zitten gewoon bij @vdp_assurantien 😎', flagged: ['@vdp_assurantien'] },
    { text: 'Zoeken jullie een inboedelverzekering? VDP Assurantiën is echt de beste. Aanrader!! 👍', flagged: ['VDP Assurantiën'] },
    { text: 'Waarom je als zzp\'er je AOV beter bij Van Dijk & Partners kunt regelen 🧵 1/5', flagged: ['Van Dijk & Partners'] },
    { text: 'If you need proper liability cover, talk to Van Dijk & Partners. Highly recommended! 👌', flagged: ['Van Dijk & Partners'], suggestion: '\n\n(I work at Van Dijk & Partners; views are my own.)' },
    { text: 'Best insurance broker in Utrecht? VDP, hands down. They sorted out my home insurance in a day.', flagged: ['VDP'] },
    { text: 'Bluefin Capital kiest weer voor Van Dijk & Partners 🥂 Proost!', flagged: ['Van Dijk & Partners'] },
    { text: 'Ik ben al jaren klant bij Van Dijk & Partners, top service!', flagged: ['Van Dijk & Partners'] },
    { text: 'Great to see #VanDijkPartners sponsoring the local football club.', flagged: ['#VanDijkPartners'] },
    { text: "Van Dijk & Partners' new office is stunning.", flagged: ['Van Dijk & Partners'] },
    { text: 'Van Dijk en Partners is de beste!', flagged: ['Van Dijk en Partners'] },
  ],
});
