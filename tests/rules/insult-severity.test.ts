// Default severities per rule and the admin's knobs: `severity.insult` for the
// whole category, `overrides` per rule id (handled by lint.ts, checked here
// for the insult rules). Suggestions offer neutral words where they fit.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { COMPANY_PACK } from './rule-tester.ts';

const POST = 'Die klootzakken, godverdomme. Vuile nikkers. Ik maak je af.';
const lint = (extra: Partial<Pack> = {}) =>
  createLinter([{ source: 'company', pack: { ...COMPANY_PACK, ...extra } }])
    .lint(POST)
    .filter((f) => f.category === 'insult')
    .map((f) => [f.ruleId, f.severity, f.text]);

describe('insult severities', () => {
  it('defaults: insults and curses warn, slurs and threats block', () => {
    expect(lint()).toEqual([
      ['insult-lexicon', 'warn', 'klootzakken'],
      ['insult-curse', 'warn', 'godverdomme'],
      ['insult-slur', 'block', 'Vuile nikkers'],
      ['insult-threat', 'block', 'Ik maak je af'],
    ]);
  });
  it('a category setting applies to every insult rule', () => {
    expect(lint({ severity: { insult: 'info' } }).map((f) => f[1])).toEqual(['info', 'info', 'info', 'info']);
    expect(lint({ severity: { insult: 'off' } })).toEqual([]);
  });
  it('an override by rule id tunes one rule', () => {
    expect(lint({ overrides: { 'insult-curse': 'off', 'insult-lexicon': 'block' } })).toEqual([
      ['insult-lexicon', 'block', 'klootzakken'],
      ['insult-slur', 'block', 'Vuile nikkers'],
      ['insult-threat', 'block', 'Ik maak je af'],
    ]);
  });
});

describe('explanations and neutral alternatives', () => {
  const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
  it.each([
    ['Teringzooi dit, al 40 minuten in de wacht', 'Rotzooi'],
    ['Wat een k@nkerdag weer.', 'rotdag'],
    ['godverdomme, alweer een storing', 'balen'],
    ['Die klootzakken van de gemeente', 'mensen'],
    ['whoever built this is one of those morons', 'people'],
    ['kut, trein gemist', 'jammer'],
  ])('%s → %s', (text, replacement) => {
    const f = linter.lint(text).find((x) => x.category === 'insult')!;
    expect(f.suggestion?.replacement).toBe(replacement);
    expect(text.slice(f.suggestion!.start, f.suggestion!.end).length).toBeGreaterThan(0);
  });
  it.each(['Wat ben jij een lul', 'ik maak je af', 'stelletje kankerlijers', 'you stupid b1tch'])('no stand-in that would still insult: %s', (text) => {
    const f = linter.lint(text).find((x) => x.category === 'insult')!;
    expect(f.suggestion).toBeUndefined();
  });
  it('every finding explains itself in both languages', () => {
    for (const f of linter.lint(POST).filter((x) => x.category === 'insult')) {
      expect(f.message.nl).toContain(f.text);
      expect(f.message.en).toContain(f.text);
      expect(f.why?.nl.length).toBeGreaterThan(20);
      expect(f.why?.en.length).toBeGreaterThan(20);
    }
  });
});
