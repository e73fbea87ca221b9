// Every lexicon entry, tested from its own data: each generated word form in a
// sentence aimed at someone, each `bad` snippet flagged by the rule for its kind,
// each `ok` snippet (the innocent reading) quiet.
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES, ALL_PREFIXES, isPattern } from '../../src/rules/lexicon/index.ts';
import { formsOf } from '../../src/rules/lexicon/forms.ts';
import { KINDS } from '../../src/rules/lexicon/types.ts';
import { firstPhrase, frame, insults, RULE_FOR } from './insult-support.ts';

const label = (t: string) => (t.length > 50 ? `${t.slice(0, 50)}…` : t);

describe('lexicon entries: every form is flagged by the rule of its kind', () => {
  it.each(ALL_ENTRIES.map((e) => [`${e.lang} ${label(e.term)}`, e] as const))('%s', (_, e) => {
    // A pattern over word classes is tested by its `bad` examples; plain alternatives also by their first phrase.
    const classes = /[{~?]/.test(e.term);
    if (classes) expect(e.bad?.length, 'a pattern with word classes needs bad examples').toBeGreaterThan(0);
    const sentences = [...(e.bad ?? []), ...(classes ? [] : isPattern(e.term) ? [firstPhrase(e.term)] : formsOf(e).map((f) => frame(e, f)))];
    const missed = sentences.filter((s) => !insults(s).some((f) => f.ruleId === RULE_FOR[e.kind]));
    expect(missed).toEqual([]);
  });
});

describe('lexicon entries: the innocent readings stay quiet', () => {
  const withOk = ALL_ENTRIES.filter((e) => e.ok?.length);
  it.each(withOk.flatMap((e) => e.ok!.map((s) => [`${label(e.term)}: ${s}`, s] as const)))('%s', (_, s) => {
    expect(insults(s).map((f) => f.text)).toEqual([]);
  });
});

describe('lexicon data is well-formed', () => {
  it.each(ALL_ENTRIES.map((e) => [label(e.term), e] as const))('%s', (_, e) => {
    expect(KINDS).toContain(e.kind);
    expect(e.sureness).toBeGreaterThanOrEqual(0);
    expect(e.sureness).toBeLessThanOrEqual(1);
    expect(e.term).toBe(e.term.toLowerCase());
    // An ambiguous word must say what makes it offensive, or it would never be reported.
    if (e.sureness < 0.5) expect(e.person || e.innocent, 'needs context to pass 0.5').toBeTruthy();
  });

  it('has both languages and every kind', () => {
    for (const lang of ['nl', 'en']) for (const k of KINDS) expect(ALL_ENTRIES.some((e) => e.lang === lang && e.kind === k), `${lang} ${k}`).toBe(true);
  });
});

describe('English crude compounds: only insult heads make one', () => {
  const table: [string, boolean][] = [
    ['shitgibbon', true], ['douchecanoe', true], ['twatface', true], ['cuntbag', true], ['dickwit', true], ['assface', true],
    ['knobheads', true], ['twatwaffles', true], ['fucktard', true], ['butthead', true],
    ['dickens', false], ['cocktail', false], ['cockpit', false], ['assessment', false], ['assistant', false], ['shiitake', false],
    ['buttercup', false], ['bumbag', false], ['knobstick', false], ['cockburn', false], ['pissoir', false], ['cumulative', false],
  ];
  it.each(table)('%s → %s', (word, flagged) => {
    expect(insults(`What a ${word} that was.`).length > 0).toBe(flagged);
  });
});

describe('curse prefixes make compounds, but not medical ones', () => {
  const table: [string, boolean][] = [
    ['kankerdag', true], ['kankerlijers', true], ['teringlijer', true], ['tyfushond', true], ['teringzooi', true],
    ['klerelijer', true], ['kolerezooi', true], ['kutweer', true], ['klotedag', true], ['takkewijf', true], ['pestpokken', true],
    ['kankeronderzoek', false], ['kankerpatiënten', false], ['kankerbestrijding', false], ['kankerverwekkende', false],
    ['tyfusepidemie', false], ['kleren', false], ['klerenkast', false], ['pesten', false], ['pestkop', false], ['kankers', false],
    ['kankeren', false], ['borstkanker', false], ['wereldkankerdag', false], ['vlektyfus', false], ['spijsvertering', false],
  ];
  it.each(table)('%s → %s', (word, flagged) => {
    expect(insults(`Wat een ${word} weer.`).length > 0).toBe(flagged);
  });
  it.each(ALL_PREFIXES.filter((p) => !p.onlyHeads).map((p) => p.prefix))('%s + a plain word is a curse', (p) => {
    expect(insults(`Wat een ${p}zooi is dit.`).map((f) => f.text)).toEqual([`${p}zooi`]);
  });
});
