// The four custom rule kinds of a pack's `rules[]`, as admins would write them.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import type { CustomRule, Pack } from '../../src/rules/schema/pack.ts';
import { COMPANY_PACK } from './rule-tester.ts';

const msg = { nl: 'Let op', en: 'Careful' };
const rule = (r: Partial<CustomRule> & Pick<CustomRule, 'id' | 'kind'>): CustomRule => ({ category: 'confidential', severity: 'warn', message: msg, ...r });

function lintWith(rules: CustomRule[], text: string, base: Partial<Pack> = {}) {
  const pack: Pack = { id: 't', name: 'T', version: '1', ...base, rules };
  // Only the custom rules: built-ins would win the dedupe of equal spans.
  return createLinter([{ source: 'company', pack }], { rules: [] })
    .lint(text)
    .filter((f) => rules.some((r) => r.id === f.ruleId))
    .map((f) => [f.ruleId, f.text, f.severity]);
}

describe('custom rule kinds', () => {
  const table: { name: string; rules: CustomRule[]; text: string; want: (string | undefined)[][]; base?: Partial<Pack> }[] = [
    { name: 'terms: plain hit', rules: [rule({ id: 'no-prices', kind: 'terms', terms: ['tarievenlijst'] })], text: 'De nieuwe tarievenlijst is binnen!', want: [['no-prices', 'tarievenlijst', 'warn']] },
    { name: 'terms: plural and hashtag', rules: [rule({ id: 'no-prices', kind: 'terms', terms: ['tarievenlijst'] })], text: 'Alle tarievenlijsten #Tarievenlijst', want: [['no-prices', 'tarievenlijsten', 'warn'], ['no-prices', '#Tarievenlijst', 'warn']] },
    { name: 'terms: no hit in another word', rules: [rule({ id: 'no-q', kind: 'terms', terms: ['Q4'] })], text: 'Q45 is een snelweg', want: [] },
    { name: 'terms: termsFrom organization', rules: [rule({ id: 'org', kind: 'terms', termsFrom: 'organization', category: 'disclaimer', severity: 'info' })], text: 'Groeten van VDP', want: [['org', 'VDP', 'info']], base: { organization: { names: ['Van Dijk & Partners'] } } },
    { name: 'pattern: case-insensitive by default', rules: [rule({ id: 'polisnr', kind: 'pattern', pattern: 'POL-\\d{6}', category: 'personal-data', severity: 'block' })], text: 'Polisnummer pol-123456 graag', want: [['polisnr', 'pol-123456', 'block']] },
    { name: 'pattern: caseSensitive', rules: [rule({ id: 'polisnr', kind: 'pattern', pattern: 'POL-\\d{6}', caseSensitive: true })], text: 'pol-123456 en POL-654321', want: [['polisnr', 'POL-654321', 'warn']] },
    { name: 'pattern: ReDoS-shaped pattern runs in linear time', rules: [rule({ id: 'redos', kind: 'pattern', pattern: '^(a+)+$' })], text: `${'a'.repeat(5000)}!`, want: [] },
    {
      name: 'cooccurrence: client near deal word',
      rules: [rule({ id: 'client-deal', kind: 'cooccurrence', termsFrom: 'clients', near: ['polis', 'afgesloten', 'contract'], window: 5, category: 'client', severity: 'block' })],
      text: 'Jansen Transport heeft vandaag de polis getekend',
      want: [['client-deal', 'Jansen Transport', 'block']],
      base: { clients: ['Jansen Transport'] },
    },
    {
      name: 'cooccurrence: too far apart',
      rules: [rule({ id: 'client-deal', kind: 'cooccurrence', termsFrom: 'clients', near: ['polis'], window: 3, category: 'client', severity: 'block' })],
      text: 'Jansen Transport was er ook bij, en toen hebben we het later nog over de polis gehad',
      want: [],
      base: { clients: ['Jansen Transport'] },
    },
    {
      name: 'cooccurrence: supporting word before the term',
      rules: [rule({ id: 'c', kind: 'cooccurrence', terms: ['overname'], near: ['geheim'] })],
      text: 'Het is nog geheim, maar de overname gaat door',
      want: [['c', 'overname', 'warn']],
    },
    {
      name: 'requirement: missing #ad',
      rules: [rule({ id: 'ad', kind: 'requirement', terms: ['korting'], require: ['#ad', '#advertentie'], category: 'disclaimer', suggestion: '#ad' })],
      text: 'Nu 20% korting op je inboedelverzekering!',
      want: [['ad', 'korting', 'warn']],
    },
    {
      name: 'requirement: satisfied',
      rules: [rule({ id: 'ad', kind: 'requirement', terms: ['korting'], require: ['#ad'] })],
      text: 'Nu 20% korting! #ad',
      want: [],
    },
    {
      name: 'requirement: by pattern',
      rules: [rule({ id: 'pct', kind: 'requirement', pattern: '\\d+%', require: ['voorwaarden'] })],
      text: 'Nu 20% korting',
      want: [['pct', '20%', 'warn']],
    },
    {
      name: 'phrase: {org} bound to the pack\'s employer names, acronyms and handles',
      rules: [rule({ id: 'namens', kind: 'phrase', phrases: ['(namens|on behalf of) {org}'], category: 'disclaimer' })],
      text: 'Namens Van Dijk & Partners: welkom! On behalf of VDP, thanks. Namens @vdp_assurantien ook.',
      want: [['namens', 'Namens Van Dijk & Partners', 'warn'], ['namens', 'On behalf of VDP', 'warn'], ['namens', 'Namens @vdp_assurantien', 'warn']],
      base: { organization: { names: ['Van Dijk & Partners'], handles: ['@vdp_assurantien'] } },
    },
    {
      name: 'phrase: {org} is not any organisation',
      rules: [rule({ id: 'namens', kind: 'phrase', phrases: ['namens {org}'] })],
      text: 'Namens de gemeente Utrecht: welkom!',
      want: [],
      base: { organization: { names: ['Van Dijk & Partners'] } },
    },
    {
      name: 'phrase: {client} with a bounded gap and a reported part',
      rules: [rule({ id: 'signed', kind: 'phrase', phrases: ['[{client}] ~3 (getekend|signed|tekent)'], category: 'client', severity: 'block' })],
      text: 'Jansen Transport heeft gisteren getekend! Jansen Transport heeft het contract nog steeds niet getekend.',
      want: [['signed', 'Jansen Transport', 'block']],
      base: { clients: ['Jansen Transport'] },
    },
    {
      name: 'phrase: unless cancels a match in the same sentence only',
      rules: [rule({ id: 'namens', kind: 'phrase', phrases: ['namens {org}'], unless: ['(niet|never|not) ~3 namens'] })],
      text: 'Ik spreek niet namens Acme. Namens Acme: bedankt!',
      want: [['namens', 'Namens Acme', 'warn']],
      base: { organization: { names: ['Acme'] } },
    },
    {
      name: 'phrase: word classes',
      rules: [rule({ id: 'thr', kind: 'phrase', phrases: ['{pron-1} (ga|will|ll) {target} {violent-verb}'], category: 'insult', severity: 'block' })],
      text: "Ik ga je vermoorden. I'll kill it on stage. We will you help.",
      want: [['thr', 'Ik ga je vermoorden', 'block']],
    },
  ];
  it.each(table.map((t) => [t.name, t] as const))('%s', (_, t) => {
    expect(lintWith(t.rules, t.text, t.base)).toEqual(t.want);
  });

  it('carries clause and why, and the requirement suggestion appends a line', () => {
    const r = rule({ id: 'ad', kind: 'requirement', terms: ['korting'], require: ['#ad'], suggestion: '#ad', clause: '4.1', why: { nl: 'Reclame', en: 'Advertising' } });
    const [f] = createLinter([{ source: 'company', pack: { id: 't', name: 'T', version: '1', rules: [r] } }]).lint('Nu korting!');
    expect(f).toMatchObject({ clause: '4.1', why: { en: 'Advertising' }, suggestion: { start: 11, end: 11, replacement: '\n\n#ad' }, source: 't' });
  });

  it.each<[CustomRule['kind'], Partial<CustomRule>, string, string]>([
    ['terms', { terms: ['Project Zeemeeuw'] }, 'Start van Project Zeemeeuw vandaag', 'Project Zeemeeuw'],
    ['pattern', { pattern: 'POL-\\d{6}' }, 'Polis POL-123456 verlengd', 'POL-123456'],
  ])('a %s rule offers its suggestion as a replacement of the flagged span', (kind, extra, text, span) => {
    const r = rule({ id: 'x', kind, suggestion: 'een project', ...extra });
    const [f] = createLinter([{ source: 'company', pack: { id: 't', name: 'T', version: '1', rules: [r] } }]).lint(text);
    expect(text.slice(f!.suggestion!.start, f!.suggestion!.end)).toBe(span);
    expect(f!.suggestion!.replacement).toBe('een project');
  });

  it('a more severe custom finding on the same span wins over the built-in one', () => {
    const pack = { ...COMPANY_PACK, rules: [rule({ id: 'client-visit', kind: 'terms', termsFrom: 'clients', category: 'client', severity: 'block', clause: '2.3' })] };
    const got = createLinter([{ source: 'company', pack }]).lint('Op bezoek bij Jansen Transport');
    expect(got.map((f) => [f.ruleId, f.severity, f.clause])).toEqual([['client-visit', 'block', '2.3']]);
  });

  it('runs next to the company pack without changing the built-in findings', () => {
    const pack = { ...COMPANY_PACK, rules: [rule({ id: 'tulip', kind: 'terms', terms: ['tulpenbollen'] })] };
    const got = createLinter([{ source: 'company', pack }]).lint('Jansen Transport koopt tulpenbollen');
    expect(got.map((f) => f.ruleId).sort()).toEqual(['client-name', 'tulip']);
  });
});
