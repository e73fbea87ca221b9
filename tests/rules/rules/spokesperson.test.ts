import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../src/rules/index.ts';
import type { Pack } from '../../../src/rules/schema/pack.ts';
import { COMPANY_PACK, ruleTable } from '../rule-tester.ts';

// Speaking AS the firm (the example employer: Van Dijk & Partners, VDP Assurantiën, @vdp_assurantien).
// Near misses: "namens" a club, a committee, the family or oneself; "we" meaning the author's team;
// the firm's news shared with a personal comment; saying one does NOT speak for the firm;
// "proud to announce" about oneself; "our company" at a picnic.
ruleTable('spokesperson', {
  valid: [
    // nl
    'Namens de personeelsvereniging: bedankt voor de gezellige borrel gisteren! 🍻',
    'Namens de hele familie bedankt voor alle lieve kaartjes.',
    'Namens mezelf: ik vind het nieuwe pensioenakkoord een goede stap.',
    'Namens het bestuur van SV Olst: iedereen bedankt voor de hulp bij het toernooi!',
    'Ik spreek hier niet namens Van Dijk & Partners, maar de sector moet meer doen aan klimaatrisico’s.',
    'Ik ben geen woordvoerder van Van Dijk & Partners, dus voor vragen verwijs ik naar de afdeling communicatie.',
    'Mooi nieuws van mijn werkgever: Van Dijk & Partners maakt bekend dat er een kantoor in Zwolle komt. Ik heb er zin in!',
    'Trots op mijn werkgever! Van Dijk & Partners kondigt vandaag een nieuwe opleiding voor jonge adviseurs aan.',
    'Wij van team Schade hebben gisteren de bowlingavond gewonnen 🎳',
    'We gaan vrijdag met de afdeling lasergamen, wie durft?',
    'Ons bedrijfsuitje ging dit jaar naar Texel. Zeehonden gespot! 🦭',
    'Ik ben trots om aan te kondigen dat ik geslaagd ben voor mijn Wft-examen!',
    'Lees het persbericht over ons nieuwe kantoor op de website, ik ben er blij mee.',
    'Namens het team van Van Dijk & Partners in Deventer: bedankt voor de heerlijke taart, meneer Post! 🎂',
    'Ons kantoor heeft een nieuwe koffieautomaat en die is geweldig ☕',
    // en
    'On behalf of the Zwolle Runners committee: thanks to all volunteers!',
    'On behalf of the whole family, thank you for the beautiful flowers.',
    'Speaking for myself, not on behalf of Van Dijk & Partners: the new solvency rules are overdue.',
    'Great news from my employer: Van Dijk & Partners is proud to announce a new office in Groningen!',
    'Proud to announce that I passed my exam today! 🎓',
    'Proud to announce our baby girl Noor arrived this morning 👶',
    'Our team will run the Dam tot Damloop for charity this year. Sponsor us!',
    'Our company picnic was rained out, but we had a great time anyway ☔',
    'We smashed the quiz night with the claims team 🍺',
    'I don’t speak for my company, but I found the conference inspiring.',
    'Read the press release about our new office, I am really happy with it.',
    'Press releases are hard to write well. Tips welcome!',
  ],
  invalid: [
    // nl
    { text: 'Namens Van Dijk & Partners wil ik alle klanten bedanken voor het vertrouwen.', flagged: ['Namens Van Dijk & Partners'], severity: 'warn', suggestion: 'Namens mezelf', fixed: 'Namens mezelf wil ik alle klanten bedanken voor het vertrouwen.' },
    { text: 'Graag namens VDP Assurantiën een fijne kerst!', flagged: ['namens VDP Assurantiën'], suggestion: 'namens mezelf' },
    { text: 'Namens de directie van Van Dijk & Partners: de storing is verholpen.', flagged: ['Namens de directie van Van Dijk & Partners'] },
    { text: 'Wij van Van Dijk & Partners maken bekend dat ons kantoor in Deventer per 1 maart sluit.', flagged: ['Wij van Van Dijk & Partners maken'] },
    { text: 'Wij als VDP Assurantiën nemen afstand van de uitspraken in de krant.', flagged: ['Wij als VDP Assurantiën nemen afstand'] },
    { text: 'Van Dijk & Partners is trots om aan te kondigen dat het kantoor cyberverzekeringen gaat aanbieden.', flagged: ['Van Dijk & Partners is trots om aan te kondigen'] },
    { text: 'Van Dijk & Partners is verheugd te melden dat de overname rond is.', flagged: ['Van Dijk & Partners is verheugd te melden'] },
    { text: 'Van Dijk & Partners maakt bekend dat de directeur afscheid neemt.', flagged: ['Van Dijk & Partners maakt'] },
    { text: 'Van Dijk & Partners betreurt het datalek van afgelopen week.', flagged: ['Van Dijk & Partners betreurt'] },
    { text: 'Ons bedrijf gaat de komende twee jaar flink reorganiseren.', flagged: ['Ons bedrijf gaat'] },
    { text: 'Ons bedrijf zal alle getroffen klanten persoonlijk benaderen.', flagged: ['Ons bedrijf zal'] },
    { text: 'Onze organisatie heeft besloten de samenwerking met de schadehersteller te beëindigen.', flagged: ['Onze organisatie heeft besloten'] },
    { text: 'Onze organisatie ontkent stellig dat er klantgegevens zijn gelekt.', flagged: ['Onze organisatie ontkent'] },
    { text: 'Reactie van ons kantoor op het geschil: wij hebben ons aan de polisvoorwaarden gehouden.', flagged: ['Reactie van ons kantoor'] },
    { text: 'Persbericht: de jaarcijfers laten een groei van 9% zien.', flagged: ['Persbericht'] },
    { text: 'Officiële verklaring – Van Dijk & Partners betreurt het incident.', flagged: ['Officiële verklaring'] },
    { text: 'Ons kantoor heeft 2026 afgesloten met een recordomzet.', flagged: ['Ons kantoor heeft'] },
    // en
    { text: 'On behalf of Van Dijk & Partners, I want to thank everyone who visited our stand.', flagged: ['On behalf of Van Dijk & Partners'], suggestion: 'Speaking for myself', fixed: 'Speaking for myself, I want to thank everyone who visited our stand.' },
    { text: 'On behalf of the board of Van Dijk & Partners: we apologise for the outage.', flagged: ['On behalf of the board of Van Dijk & Partners'] },
    { text: 'Van Dijk & Partners is proud to announce a partnership with a European reinsurer.', flagged: ['Van Dijk & Partners is proud to announce'] },
    { text: '@vdp_assurantien is excited to announce our expansion into Belgium.', flagged: ['@vdp_assurantien is excited to announce'] },
    { text: 'Van Dijk & Partners today announced its results for 2026.', flagged: ['Van Dijk & Partners today announced'] },
    { text: 'We at VDP Assurantiën strongly reject the claims made by our former client.', flagged: ['We at VDP Assurantiën strongly reject'] },
    { text: 'Our company will cut 40 jobs in the claims department next year.', flagged: ['Our company will'] },
    { text: 'Our firm has decided to withdraw from the marine insurance market.', flagged: ['Our firm has decided'] },
    { text: 'Our organisation has confirmed that the incident was caused by phishing.', flagged: ['Our organisation has confirmed'] },
    { text: 'Our firm has closed 2026 with record revenue of €7.4 million.', flagged: ['Our firm has closed'] },
    { text: 'Official statement: we are aware of the outage and are working on a fix.', flagged: ['Official statement'] },
    { text: 'Press release – the board has approved a reorganisation of sales.', flagged: ['Press release'] },
  ],
});

describe('spokesperson: pack settings', () => {
  const post = 'Namens Van Dijk & Partners wil ik alle klanten bedanken.';
  const lint = (extra: Partial<Pack>) =>
    createLinter([{ source: 'company', pack: { ...COMPANY_PACK, ...extra } }])
      .lint(post)
      .filter((f) => f.ruleId === 'spokesperson');

  it('is off on the browser of a designated spokesperson (spokesperson.allowed)', () => {
    expect(lint({}).length).toBe(1);
    expect(lint({ spokesperson: { allowed: true } })).toEqual([]);
  });

  it('names the press contact of the pack, and cites the clause', () => {
    const [f] = lint({ spokesperson: { contact: 'de afdeling Communicatie (pers@vdp.nl)' }, clauses: { spokesperson: '5.1 Alleen woordvoerders spreken namens de organisatie' } });
    expect(f!.message.nl).toContain('de afdeling Communicatie (pers@vdp.nl)');
    expect(f!.message.en).toContain('de afdeling Communicatie (pers@vdp.nl)');
    expect(f!.clause).toBe('5.1 Alleen woordvoerders spreken namens de organisatie');
    expect(lint({})[0]!.message.en).toContain('spokespeople');
  });

  it('without organisation names only the phrases that need no name are found', () => {
    const none = createLinter([{ source: 'company', pack: { ...COMPANY_PACK, organization: { names: [], handles: [] } } }]);
    expect(none.lint(post).filter((f) => f.ruleId === 'spokesperson')).toEqual([]);
    expect(none.lint('Our company will cut 40 jobs.').filter((f) => f.ruleId === 'spokesperson').map((f) => f.text)).toEqual(['Our company will']);
  });
});
