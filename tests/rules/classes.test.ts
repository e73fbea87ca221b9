// The word classes of phrase patterns: what each holds and what it must not hold
// (a class that swallowed ordinary words would make every pattern using it cry wolf).
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../src/rules/lexicon/classes/index.ts';
import { enNoun, enVerb } from '../../src/rules/lexicon/classes/inflect.ts';
import { postTokens } from '../../src/rules/lexicon/index.ts';
import { passes } from '../../src/rules/lexicon/phrase/run.ts';
import type { ClassDef } from '../../src/rules/lexicon/phrase/program.ts';
import { fold } from '../../src/rules/text/fold.ts';

/** Whether the single word (as typed in a post) is in the class. */
function inClass(name: string, word: string): boolean {
  const def = WORD_CLASSES[name] as ClassDef;
  const tk = postTokens(word, fold(word));
  if (def.kind === 'open') return def.test(tk, 0);
  if (def.kind === 'span') return false;
  const suffixes = def.suffixes;
  return passes(
    { words: def.words, ...(suffixes ? { open: (t, i) => suffixes.some((x) => t.word(i).endsWith(x) && t.wordLength(i) > x.length + 2) } : {}) },
    tk,
    0,
  );
}

const table: Record<string, { in: string[]; out: string[] }> = {
  'pron-1': { in: ['ik', 'Ik', 'we', 'wij', 'I'], out: ['je', 'you', 'hij', 'ons'] },
  'pron-2': { in: ['je', 'jij', 'u', 'jullie', 'you'], out: ['ik', 'we', 'hem'] },
  'pron-2-poss': { in: ['jouw', 'je', 'your', 'ur'], out: ['mijn', 'my'] },
  target: { in: ['je', 'jou', 'hem', 'haar', 'you', 'him', 'them'], out: ['ik', 'mij', 'it', 'het', 'me'] },
  group: { in: ['marokkanen', 'Polen', 'moslims', 'immigrants', 'muslims', 'homo', 'gays', 'vrouwen', 'women', 'gehandicapten'], out: ['mensen', 'people', 'collega', 'klanten', 'buren', 'fans'] },
  'group-adj': { in: ['Marokkaanse', 'turkse', 'Polish', 'jewish', 'gay'], out: ['nederlandse', 'nieuwe', 'dutch', 'local', 'happy'] },
  'group-people': { in: ['jongeren', 'mannen', 'people', 'builders'], out: ['auto', 'huizen', 'cars', 'food'] },
  person: { in: ['gast', 'vent', 'klantmanager', 'buurjongen', 'scheids', 'guy', 'landlord', 'referee', 'belastingadviseur'], out: ['printer', 'presentatie', 'deadline', 'bug', 'laptop', 'it'] },
  role: { in: ['adviseur', 'belastingadviseur', 'developer', 'accountant', 'verpleegkundige', 'wijkverpleegkundige', 'auditor', 'zorgmedewerker', 'timmerman', 'werkvoorbereider', 'installatiemonteur', 'leerkracht', 'merchandiser', 'cashier', 'electrician', 'copywriter', 'strateeg', 'fotograaf'], out: ['huis', 'trots', 'klant', 'arts'.slice(0, 2)] },
  'body-part': { in: ['neus', 'kop', 'nose', 'legs', 'teeth', 'kneecaps'], out: ['huis', 'car', 'laptop'] },
  'violent-verb': { in: ['vermoorden', 'sla', 'kill', 'killed', 'stabbing', 'stabbed', 'broke', 'shot', 'neersteken'], out: ['help', 'helpen', 'hug', 'meet', 'call'] },
  vice: { in: ['tuig', 'stelen', 'verpesten', 'criminals', 'ruining', 'bleeding'], out: ['slachtoffers', 'harassment', 'discriminatie', 'werken', 'victims'] },
  'violent-result': { in: ['verrot', 'dood', 'neer', 'elkaar'], out: ['blij', 'weg'] },
  business: { in: ['klant', 'contract', 'client', 'audit', 'implementatie'], out: ['huis', 'vakantie', 'dog'] },
  firm: { in: ['bedrijf', 'organisatie', 'kantoor', 'company', 'firm', 'organization'], out: ['team', 'afdeling', 'club', 'family', 'department', 'bedrijfsuitje'] },
  negation: { in: ['niet', 'nooit', 'never', 'not', 'dont'], out: ['wel', 'always'] },
  workplace: { in: ['winkel', 'filiaal', 'bakkerij', 'drukkerij', 'magazijn', 'shop', 'stores', 'warehouse'], out: ['team', 'school', 'keuken', 'kitchen', 'office', 'cafe'] },
  station: { in: ['toonbank', 'kassa', 'balie', 'counter', 'till'], out: ['winkel', 'tafel', 'table'] },
  kin: { in: ['zoon', 'dochter', 'vriendin', 'buurman', 'daughter', 'husband', 'neighbour'], out: ['collega', 'manager', 'colleague', 'team'] },
  'customer-verb': { in: ['kopen', 'gehaald', 'besteld', 'gesolliciteerd', 'bought', 'ordered', 'applied', 'interview'], out: ['werk', 'at', 'work', 'bake', 'serve'] },
  'job-verb': { in: ['lesgeven', 'nakijken', 'teach', 'teaching', 'grading', 'nursing', 'poetsen'], out: ['werk', 'kopen', 'advise', 'sell', 'bought', 'adviseren'] },
  charges: { in: ['studenten', 'leerlingen', 'eerstejaars', 'students', 'pupils', 'apprentices'], out: ['kinderen', 'zoon', 'kids', 'son', 'adviseur', 'doctor'] },
  customer: { in: ['klant', 'gast', 'customer', 'guest', 'regulars'], out: ['collega', 'medewerker', 'colleague', 'staff'] },
  generaliser: { in: ['alle', 'allemaal', 'all', 'always', 'those'], out: ['sommige', 'some', 'een'] },
  Name: { in: ['Brightwater', 'Acme', 'NTS'], out: ['brightwater', 'acme', '2027'] },
  number: { in: ['12', '2027', 'twaalf', 'eleven', 'twintig'], out: ['een', 'one', 'A50', 'tweede'] },
};

describe('word classes', () => {
  for (const [name, { in: members, out }] of Object.entries(table)) {
    it.each(members)(`{${name}} holds %s`, (w) => expect(inClass(name, w)).toBe(true));
    it.each(out)(`{${name}} does not hold %s`, (w) => expect(inClass(name, w)).toBe(false));
  }

  it('every finite class holds single folded words, as the tokeniser makes them', () => {
    for (const [name, def] of Object.entries(WORD_CLASSES)) {
      if (def.kind !== 'words') continue;
      for (const w of def.words) expect(w, `{${name}}`).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('has a row in this table for every class', () => {
    const untested = Object.keys(WORD_CLASSES).filter((k) => !(k in table) && !/^(pron-[13]|pron-[12]-obj|pron-3-poss|pron-1-poss|target-poss|origin|religion|gender|orientation|disability|role-modifier|intensifier|degree)/.test(k));
    expect(untested).toEqual([]);
  });
});

describe('inflection of class words', () => {
  it.each([
    ['stab', ['stab', 'stabs', 'stabbed', 'stabbing']],
    ['kill', ['kill', 'kills', 'killed', 'killing']],
    ['strangle', ['strangle', 'strangles', 'strangled', 'strangling']],
    ['bury', ['bury', 'buries', 'buried', 'burying']],
    ['smash', ['smash', 'smashes', 'smashed', 'smashing']],
  ])('enVerb(%s)', (base, forms) => expect(enVerb(base)).toEqual(forms));
  it.each([
    ['nose', ['nose', 'noses']],
    ['rib', ['rib', 'ribs']],
  ])('enNoun(%s)', (w, forms) => expect(enNoun(w)).toEqual(forms));
});
