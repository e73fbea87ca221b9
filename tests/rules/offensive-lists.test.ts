// Recall at scale: every entry of the public LDNOOBW lists (naughty-words 1.2.0, the words other
// filters know; nl 190 entries, en 403) is classified once in word-lists/offensive-reviewed.json
// and put in sentences. An `insult` must be flagged aimed at a person in the second and the third
// person; a `coarse` word in a sentence that uses it; a `vulgar-sense` word (an ordinary word with
// a vulgar second sense: "balen", "pot", "butt", "snatch") must stay quiet in a neutral sentence, and
// an `explicit` one (sexual, anatomical, porn vocabulary that is not an insult) in a clinical one.
// Print the per-class numbers with `npx tsx tests/rules/word-lists/offensive-list.ts`.
import { describe, expect, it } from 'vitest';
import { classOf, MUST_FLAG, naughtyWords, offensiveCases, flagsInsult } from './word-lists/offensive.ts';

describe.each(['nl', 'en'] as const)('the naughty-words %s list', (lang) => {
  it('has every entry classified exactly once, and nothing else', () => {
    const classes = classOf(lang);
    const list = naughtyWords(lang);
    expect(list.filter((w) => !classes.has(w))).toEqual([]);
    expect([...classes.keys()].filter((w) => !list.includes(w))).toEqual([]);
    expect([...classes].filter(([, c]) => c.length > 1).map(([w]) => w)).toEqual([]);
  });

  const cases = offensiveCases(lang);
  it('flags every insult and coarse entry in its sentences', () => {
    const missed = cases.filter((c) => MUST_FLAG[c.cls] && !flagsInsult(c.sentence));
    expect(missed.map((c) => `${c.entry}: ${c.sentence}`)).toEqual([]);
  });

  it('keeps every vulgar-sense and explicit entry quiet in its neutral or clinical sentence', () => {
    const flagged = cases.filter((c) => !MUST_FLAG[c.cls] && flagsInsult(c.sentence));
    expect(flagged.map((c) => `${c.entry} (${c.cls}): ${c.sentence}`)).toEqual([]);
  });
});
