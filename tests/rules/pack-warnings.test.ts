// `pack validate` warnings for entries that are plain words or short abbreviations: which
// entries warn, and that what each warning says about matching is what the linter does.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { entryWarnings } from '../../src/rules/pack-entries.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';

const NAME = /matched only as a name: capitalised inside a sentence .*; set "match": "any" to match every use$/;
const ACRONYM =
  /is a short abbreviation: matched only as a whole word written in capitals .*; set "match": "any" to match it in any case$/;
const EVERY_USE = /every use of it, in any case, will be flagged/;

describe('entryWarnings: which entries warn', () => {
  // [entry in clients, pack languages, warning or null]
  const rows: [string | object, string[], RegExp | null][] = [
    // distinctive names: matched anywhere, nothing to warn about
    ['Brightwater Foods Ltd', ['nl', 'en'], null],
    ['Jansen Transport', ['nl'], null],
    [{ name: 'NovaChem', match: 'any' }, ['en'], null],
    // a single capitalised word we do not know as a plain word: matched as a name all the same, no warning
    ['Atlas', ['nl', 'en'], null],
    // plain words, in the pack's languages
    ['Horizon', ['nl', 'en'], /^"Horizon" is an ordinary Dutch and English word: /],
    [
      'Stroom',
      ['nl'],
      /^"Stroom" is an ordinary Dutch word: matched only as a name: capitalised inside a sentence \("bij Stroom"\)/,
    ],
    ['Stroom B.V.', ['nl'], /^"Stroom B\.V\." is an ordinary Dutch word: .*\("Stroom heeft …"\)/],
    ['Datastroom', ['nl'], NAME],
    ['Het Nieuwe Huis', ['nl'], /^"Het Nieuwe Huis" is made of ordinary Dutch words: matched only as a name/],
    ['Today', ['nl', 'en'], /^"Today" is an ordinary English word: /],
    // "Stroom" is Dutch: a pack only in English does not warn about it
    ['Stroom', ['en'], null],
    // short abbreviations in capitals
    ['NTS', ['nl', 'en'], ACRONYM],
    [
      'NTS',
      ['en'],
      /\("NTS", not "nts"\) or as a hashtag, and not after an article \("the NTS"\) or next to another capitalised word \("NTS Radio"\)/,
    ],
    // what was asked for: matched in any case, and the warning says so
    [
      { name: 'Datastroom', match: 'any' },
      ['nl'],
      /^"Datastroom" is an ordinary Dutch word and has "match": "any": every use of it, in any case, will be flagged$/,
    ],
    [{ name: 'NTS', match: 'any' }, ['nl', 'en'], null],
    [{ name: 'Stroom', match: 'name' }, ['nl'], NAME],
    // written in lowercase, a topic: matched in any case unless "match": "name"
    ['stroom', ['nl'], /^"stroom" is an ordinary Dutch word, written in lowercase: every use .*set "match": "name"/],
    [{ name: 'stroom', match: 'name' }, ['nl'], NAME],
    // capitalised, but "ons" is not a word names are made of (ordinary.ts): the matcher takes it in any case, and says so
    [
      'Ons Dak',
      ['nl'],
      /^"Ons Dak" is made of ordinary Dutch words: every use of it, in any case, will be flagged; set "match": "name"/,
    ],
  ];
  it.each(rows)('%j (%j)', (client, languages, expected) => {
    const warnings = entryWarnings({ languages, clients: [client] });
    if (expected === null) expect(warnings).toEqual([]);
    else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(expected);
    }
  });

  it('names the JSON path of the form: name, alias, employer name, custom term, handle', () => {
    const pack = {
      languages: ['nl'],
      clients: ['Brightwater Foods Ltd', { name: 'Blue Harbor Health', aliases: ['Horizon'] }],
      confidential: [{ name: 'Datastroom' }],
      organization: { names: ['Zeker'], handles: ['@stroom'] },
      rules: [{ terms: ['horizon', 'fee increase'] }],
    };
    expect(entryWarnings(pack).map((w) => w.path)).toEqual([
      '$.clients[1].aliases[0]',
      '$.confidential[0].name',
      '$.organization.names[0]',
      '$.organization.handles[0]',
      '$.rules[0].terms[0]',
    ]);
    // Custom terms and handles are matched in any case.
    expect(entryWarnings(pack).at(-1)!.message).toBe(
      '"horizon" is also an ordinary Dutch word: every post that uses the word will be flagged',
    );
  });

  it('with no languages, both count', () => {
    expect(entryWarnings({ clients: ['Stroom', 'Today'] }).map((w) => w.message.split(':')[0])).toEqual([
      '"Stroom" is an ordinary Dutch word',
      '"Today" is an ordinary English word',
    ]);
  });
});

describe('entryWarnings: what they say is what the linter does', () => {
  const pack: Pack = {
    id: 'p',
    name: 'P',
    version: '1',
    languages: ['nl', 'en'],
    clients: [
      'Stroom',
      'NTS',
      'Het Nieuwe Huis',
      { name: 'Datastroom', match: 'any' },
      { name: 'Kompas', match: 'any' },
      'Ons Dak',
    ],
  };
  const linter = createLinter([{ source: 'company', pack }]);
  const flagged = (text: string) =>
    linter
      .lint(text)
      .filter((f) => f.ruleId === 'client-name')
      .map((f) => f.text);
  // [post, the client text flagged (or none)]
  const rows: [string, string[]][] = [
    // "matched only as a name"
    ['de stroom valt uit', []],
    ['Stroom valt uit', []],
    ['We werken voor Stroom.', ['Stroom']],
    ['#stroom', ['#stroom']],
    ["Stroom's nieuwe site", ['Stroom']],
    ['Stroom heeft getekend', ['Stroom']],
    ['Stroom-project gestart', ['Stroom']],
    ['Gisteren Stroom Energie bezocht', []],
    ['het nieuwe huis is nog een bouwval', []],
    ['Ik werk bij Het Nieuwe Huis', ['Het Nieuwe Huis']],
    // "a whole word written in capitals or as a hashtag, not after an article or next to another capitalised word"
    ['bij NTS', ['NTS']],
    ['nts en zo', []],
    ['Nts doet mee', []],
    ['NTSB meldt', []],
    ['#nts', ['#nts']],
    ['the NTS rules', []],
    ['Luister naar NTS Radio', []],
    // "match": "any": every use, in any case
    ['de datastroom van de sensoren', ['datastroom']],
    ['mijn kompas is kwijt', ['kompas']],
    // capitalised, yet matched in any case (see "Ons Dak" above)
    ['ons dak lekt', ['ons dak']],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
  it('every client of that pack gets the warning tested above', () => {
    expect(entryWarnings(pack).map((w) => w.path)).toEqual([
      '$.clients[0]',
      '$.clients[1]',
      '$.clients[2]',
      '$.clients[3].name',
      '$.clients[4].name',
      '$.clients[5]',
    ]);
  });
});
