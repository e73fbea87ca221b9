import { describe, expect, it } from 'vitest';
import { fold } from '../../src/rules/text/fold.ts';
import { compileTerms, type TermOptions } from '../../src/rules/text/terms.ts';

const client: TermOptions = { joined: true, tail: 'possessive', legalSuffix: true };
const conf: TermOptions = { joined: true, tail: 'compound', inflect: 'nl' };

const matcher = compileTerms([
  { term: 'Jansen Transport', data: 'jt', options: client },
  { term: "Brouwerij 't Haantje", data: 'bh', options: client },
  { term: 'Hoveniersbedrijf Groen & Zn', data: 'hg', options: client },
  { term: 'Autobedrijf Visser', data: 'av', options: client },
  { term: 'Meijer Logistics', data: 'ml', options: client },
  { term: 'Lindqvist Robotics', data: 'lr', options: client },
  { term: 'premieverhoging 2027', data: 'pv', options: conf },
  { term: 'militaire goederen', data: 'mg', options: conf },
  { term: 'schadelast', data: 'sl', options: conf },
  { term: 'loonstrook', data: 'ls', options: conf },
  { term: 'tarief 2027', data: 't27', options: conf },
  { term: 'sluiting Studio Amsterdam', data: 'ssa', options: conf },
  { term: 'annual figures 2026', data: 'af', options: conf },
  { term: 'NDA', data: 'nda', options: { upper: true } },
  { term: '#werkgever', data: 'wg' },
  { term: 'kanker', data: 'k', options: { infix: true, tail: 'compound' } },
]);

const spans = (text: string) => matcher.find(fold(text), text).map((m) => [text.slice(m.start, m.end), m.data]);

describe('compileTerms / find', () => {
  it.each([
    ['Net de polis voor jansen transport rondgekregen.', [['jansen transport', 'jt']]],
    ['JANSEN TRANSPORT!', [['JANSEN TRANSPORT', 'jt']]],
    ['Jansen-Transport heeft geïnvesteerd', [['Jansen-Transport', 'jt']]],
    ['Jansen\n  Transport', [['Jansen\n  Transport', 'jt']]],
    ['Proud of #JansenTransport', [['#JansenTransport', 'jt']]],
    ['cc @jansentransport', [['@jansentransport', 'jt']]],
    ['Jansen Transport’s trucks', [['Jansen Transport', 'jt']]],
    ['Brouwerij ’t Haantje gestaan', [['Brouwerij ’t Haantje', 'bh']]],
    ['#BrouwerijtHaantje', [['#BrouwerijtHaantje', 'bh']]],
    ['door hoveniersbedrijf Groen & Zn, een van', [['hoveniersbedrijf Groen & Zn', 'hg']]],
    ['Hoveniersbedrijf Groen en Zn', [['Hoveniersbedrijf Groen en Zn', 'hg']]],
    ['de brand in Autobedrijf Vissers werkplaats', [['Autobedrijf Vissers', 'av']]],
    ['Meijer Logistics B.V. heeft', [['Meijer Logistics B.V.', 'ml']]],
    ['Meijer Logistics BV.', [['Meijer Logistics BV', 'ml']]],
    ['our client Lindqvist Robotics AB today', [['Lindqvist Robotics AB', 'lr']]],
    ['de premieverhoging 2027 😬', [['premieverhoging 2027', 'pv']]],
    ['van de premieverhogingen voor 2027. Ondernemers', [['premieverhogingen voor 2027', 'pv']]],
    ['militaire-goederentransporten naar Duitsland', [['militaire-goederentransporten', 'mg']]],
    ['onze schadelastcijfers over Q2', [['schadelastcijfers', 'sl']]],
    // A plural with a changed stem, the year first, a preposition after the leading noun.
    ['foto van de loonstroken hieronder', [['loonstroken', 'ls']]],
    ['een loonstrookje', [['loonstrookje', 'ls']]],
    ['de tarieven 2027 zijn rond', [['tarieven 2027', 't27']]],
    ['onze 2027-tarieven', [['2027-tarieven', 't27']]],
    ['de sluiting van Studio Amsterdam', [['sluiting van Studio Amsterdam', 'ssa']]],
    ['our 2026 annual figures', [['2026 annual figures', 'af']]],
    ['Signed an NDA today', [['NDA', 'nda']]],
    ['dit is mijn #werkgever', [['#werkgever', 'wg']]],
    ['wat een kankerzooi', [['kankerzooi', 'k']]],
  ])('finds %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Gefeliciteerd meneer Jansen met zijn pensioen',
    'Transport en logistiek blijven de ruggengraat',
    'Jansen Transportbedrijven', // a different company
    'Ons buurmeisje Marloes Visser',
    'Premieverhoging voor de zorgverzekering in 2025',
    'militair materieel',
    'de loonstrok', // not a word: the plural's stem alone
    'Studio Amsterdam gaat open',
    'annual 2026 figures',
    'the agenda of the meeting', // nda inside a word
    'a nda in lowercase is no acronym',
  ])('does not match %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('maps spans back through folding (diacritics, emoji)', () => {
    const text = '🚛 Café: JANSEN TRANSPORT’s nieuwe trucks';
    const [m] = matcher.find(fold(text), text);
    expect(text.slice(m!.start, m!.end)).toBe('JANSEN TRANSPORT');
  });

  // Joined forms are matched by the walk (a space of the term matches nothing), also where the
  // trie has a longer direct path to try first.
  const joinedCase = compileTerms([
    { term: 'De Boer Agri', data: 'dba', options: client },
    { term: 'Debora Bouw', data: 'db', options: client },
    { term: 'Project Noordster', data: 'pn' },
    { term: 'A B', data: 'ab', options: client },
  ]);
  it.each([
    ['#DeBoerAgri', [['#DeBoerAgri', 'dba']]],
    ['@deboer_agri', [['@deboer_agri', 'dba']]],
    ['#DeboraBouw en De Boer Agri', [['#DeboraBouw', 'db'], ['De Boer Agri', 'dba']]],
    ['#ProjectNoordster', []], // not a joined term
    ['#AB', []], // joined forms are at least five letters
    ['deboeragrarisch', []],
  ])('joined: %j', (text, expected) => {
    expect(joinedCase.find(fold(text), text).map((m) => [text.slice(m.start, m.end), m.data])).toEqual(expected);
  });

  // Root children are a dense table for ASCII first characters and a Map for the rest.
  it('matches terms whose first character is not ASCII, also one-character ones', () => {
    const m = compileTerms([
      { term: '日本商事', data: 'jp', options: client },
      { term: 'ψ', data: 'psi' },
      { term: 'Ωmega Holding', data: 'om', options: client },
    ]);
    const find = (text: string) => m.find(fold(text), text).map((x) => [text.slice(x.start, x.end), x.data]);
    expect(find('Vergadering met 日本商事 vandaag')).toEqual([['日本商事', 'jp']]);
    expect(find('het ψ-teken en ωmega holding')).toEqual([['ψ', 'psi'], ['ωmega holding', 'om']]);
    expect(find('#ΩmegaHolding')).toEqual([['#ΩmegaHolding', 'om']]);
    expect(find('ψχ en 日本')).toEqual([]);
  });

  it('returns leftmost-longest matches without overlap', () => {
    const m = compileTerms([
      { term: 'Northwind', data: 1 },
      { term: 'Northwind Shipping', data: 2 },
    ]);
    const text = 'Northwind Shipping and Northwind';
    expect(m.find(fold(text), text).map((x) => x.data)).toEqual([2, 1]);
  });

  it('compiles 10,000 names with variants in reasonable time', () => {
    const specs = Array.from({ length: 10_000 }, (_, i) => ({ term: `Klant${i} Holding ${i % 7}`, data: i, options: client }));
    // CPU time of this process: other work on a busy machine does not count against it.
    const c0 = process.cpuUsage();
    const m = compileTerms(specs);
    const c = process.cpuUsage(c0);
    expect((c.user + c.system) / 1000).toBeLessThan(1000);
    for (const text of ['Vandaag bij klant9999 holding 3 op bezoek', 'Trots op #Klant9999Holding3', 'cc @klant9999_holding_3']) {
      expect(m.find(fold(text), text).map((x) => x.data)).toEqual([9999]);
    }
  });
});
