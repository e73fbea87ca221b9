// The pipeline: severities from pack settings, overrides and escalation; offsets; language.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { COMPANY_PACK } from './rule-tester.ts';

const lint = (pack: Pack, text: string, uiLang?: 'nl' | 'en') =>
  createLinter([{ source: 'company', pack }]).lint(text, uiLang ? { uiLang } : {}).map((f) => [f.ruleId, f.text, f.severity]);

describe('severity', () => {
  const visit = 'Op bezoek bij Jansen Transport.';
  const deal = 'Jansen Transport heeft de polis afgesloten.';
  it.each([
    ['rule default', {}, visit, 'warn'],
    ['escalated by a deal word', {}, deal, 'block'],
    ['category setting', { severity: { client: 'info' } }, visit, 'info'],
    ['category setting, escalated one step', { severity: { client: 'info' } }, deal, 'warn'],
    ['override by rule id wins, no escalation', { overrides: { 'client-name': 'info' } }, deal, 'info'],
    ['entry severity', { clients: [{ name: 'Jansen Transport', severity: 'block' }] }, visit, 'block'],
  ] as const)('%s', (_, extra, text, severity) => {
    expect(lint({ ...COMPANY_PACK, ...extra } as Pack, text)).toEqual([['client-name', 'Jansen Transport', severity]]);
  });

  it.each([
    ['category off', { severity: { client: 'off' } }],
    ['rule off', { overrides: { 'client-name': 'off' } }],
    ['entry off', { clients: [{ name: 'Jansen Transport', severity: 'off' }] }],
  ] as const)('%s', (_, extra) => {
    expect(lint({ ...COMPANY_PACK, ...extra } as Pack, 'Op bezoek bij Jansen Transport.')).toEqual([]);
  });

  it('confidential terms block, markers warn, the disclaimer warns', () => {
    expect(lint(COMPANY_PACK, 'Vertrouwelijk: Project Noordster start. Groet, Van Dijk & Partners')).toEqual([
      ['confidential-marker', 'Vertrouwelijk', 'warn'],
      ['confidential-term', 'Project Noordster', 'block'],
      ['disclaimer-missing', 'Van Dijk & Partners', 'warn'],
    ]);
  });
});

describe('clauses', () => {
  it('come from the pack per rule id, else per category', () => {
    const pack = { ...COMPANY_PACK, clauses: { client: '2.1 Klanten', 'client-disclosed': '2.2 Onbekende klanten' } } as Pack;
    const got = createLinter([{ source: 'company', pack }]).lint('Bezoek aan Jansen Transport en onze klant Kroeze Bouw.');
    expect(got.map((f) => [f.ruleId, f.clause])).toEqual([
      ['client-name', '2.1 Klanten'],
      ['client-disclosed', '2.2 Onbekende klanten'],
    ]);
  });
});

describe('findings', () => {
  it('use UTF-16 offsets into the original text (emoji, accents, full-width)', () => {
    const text = '🚛🚛 Café met ＮＯＶＡＣＨＥＭ en Jansen Transport';
    const got = createLinter([{ source: 'company', pack: COMPANY_PACK }]).lint(text);
    expect(got.map((f) => text.slice(f.start, f.end))).toEqual(['ＮＯＶＡＣＨＥＭ', 'Jansen Transport']);
    expect(got.map((f) => f.text)).toEqual(['ＮＯＶＡＣＨＥＭ', 'Jansen Transport']);
  });

  it('carry messages in both languages, why, source and a suggestion in the post language', () => {
    const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
    const [nl] = linter.lint('Vandaag hebben we met de mensen van Jansen Transport een mooie dag gehad op de hei.');
    expect(nl).toMatchObject({ ruleId: 'client-name', category: 'client', source: 'vdp-assurantien', suggestion: { replacement: 'een klant' } });
    expect(nl!.message.nl).toContain('Jansen Transport');
    expect(nl!.message.en).toContain('Jansen Transport');
    expect(nl!.why?.en).toBeTruthy();
    const [en] = linter.lint('We had a really great day with the people of Jansen Transport out on the heath today.');
    expect(en!.suggestion!.replacement).toBe('a client');
  });

  it('fall back to the UI language for posts too short to tell', () => {
    const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
    expect(linter.lint('Jansen Transport!', { uiLang: 'en' })[0]!.suggestion!.replacement).toBe('a client');
    expect(linter.lint('Jansen Transport!', { uiLang: 'nl' })[0]!.suggestion!.replacement).toBe('een klant');
  });

  it.each(['', '   \n\t', '🙂'])('nothing for %j', (text) => {
    expect(createLinter([{ source: 'company', pack: COMPANY_PACK }]).lint(text)).toEqual([]);
  });

  it('works without any pack (built-in rules only)', () => {
    expect(lint({ id: 'none', name: 'none', version: '0' }, 'Signed an NDA with our client Harbourline Foods.')).toEqual([
      ['confidential-marker', 'NDA', 'warn'],
      ['client-disclosed', 'Harbourline Foods', 'block'],
    ]);
  });
});
