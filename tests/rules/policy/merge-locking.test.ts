// Precedence (built-in ⊕ company ⊕ user) and what lockUserRules forbids.
import { describe, expect, it } from 'vitest';
import type { mergePacks } from '../../../src/rules/merge.ts';
import { effectivePack, policyLayers, siteState, userAdditionsPack } from '../../../src/rules/policy/layers.ts';
import { createLinter } from '../../../src/rules/lint.ts';
import type { Pack } from '../../../src/rules/schema/pack.ts';
import { CATEGORIES } from '../../../src/rules/types.ts';
import { COMPANY_PACK } from '../rule-tester.ts';

const builtin: Pack = { id: 'builtin', name: 'Built-in', version: '1', severity: { insult: 'warn' } };
const company = (extra: Partial<Pack> = {}): Pack => ({
  id: 'acme',
  name: 'Acme',
  version: '2.0',
  clients: ['Jansen Transport'],
  severity: { client: 'block', disclaimer: 'info' },
  ...extra,
});
const user = (extra: Partial<Pack>): Pack => ({ id: 'user', name: 'Mine', version: '1', ...extra });

describe('precedence', () => {
  it('lists add up in layer order, each entry tagged with its source', () => {
    const eff = effectivePack({
      builtins: [builtin],
      company: company(),
      user: user({ clients: ['Bakkerij Smit'] }),
      settings: { lockUserRules: false },
    });
    expect(eff.clients.map((c) => [c.name, c.source])).toEqual([
      ['Jansen Transport', 'company'],
      ['Bakkerij Smit', 'user'],
    ]);
    expect(eff.packs.map((p) => p.source)).toEqual(['builtin', 'company', 'user']);
  });

  it('the company pack can set severities and switch built-ins off', () => {
    const eff = effectivePack({ builtins: [builtin], company: company({ severity: { insult: 'off' } }), settings: { lockUserRules: true } });
    expect(eff.severity.insult).toBe('off');
  });

  it('without the lock the user may change company settings', () => {
    const eff = effectivePack({
      builtins: [builtin],
      company: company(),
      user: user({ severity: { client: 'info', disclaimer: 'off' } }),
      settings: { lockUserRules: false },
    });
    expect(eff.severity).toMatchObject({ client: 'info', disclaimer: 'off' });
  });

  it('policyLayers marks only the company layer as locked', () => {
    const layers = policyLayers({ builtins: [builtin], company: company(), user: user({}), settings: { lockUserRules: true } });
    expect(layers.map((l) => [l.source, !!l.locked])).toEqual([
      ['builtin', false],
      ['company', true],
      ['user', false],
    ]);
  });

  it('no company pack: built-ins and the user only', () => {
    const eff = effectivePack({ builtins: [builtin], user: user({ clients: ['X'] }), settings: { lockUserRules: true } });
    expect(eff.packs.map((p) => p.id)).toEqual(['builtin', 'user']);
    expect(eff.clients.map((c) => c.name)).toEqual(['X']);
  });
});

// Each row: what the user tries under lockUserRules, and the value that must come out.
// `added`: rows where the user only adds names or terms (the same result without the lock).
const lockedCases: { name: string; user: Partial<Pack>; check: (e: ReturnType<typeof mergePacks>) => unknown; want: unknown; added?: true }[] = [
  { name: 'lowering a locked category', user: { severity: { client: 'warn' } }, check: (e) => e.severity.client, want: 'block' },
  { name: 'switching a locked category off', user: { severity: { client: 'off' } }, check: (e) => e.severity.client, want: 'block' },
  { name: 'switching off a category the company did not set', user: { severity: { insult: 'off' } }, check: (e) => e.severity.insult, want: 'warn' },
  { name: 'lowering a category the company did not set', user: { severity: { insult: 'info' } }, check: (e) => e.severity.insult, want: 'warn' },
  { name: 'switching a built-in rule off', user: { overrides: { 'insult-slur': 'off' } }, check: (e) => e.overrides['insult-slur'], want: undefined },
  { name: 'lowering a built-in rule', user: { overrides: { 'insult-slur': 'info' } }, check: (e) => e.overrides['insult-slur'], want: undefined },
  { name: 'changing a locked category, even upwards', user: { severity: { disclaimer: 'warn' } }, check: (e) => e.severity.disclaimer, want: 'info' },
  { name: 'lowering a company custom rule', user: { overrides: { 'no-project-names': 'info' } }, check: (e) => e.overrides['no-project-names'], want: undefined },
  { name: 'changing a company custom rule, even upwards', user: { overrides: { 'no-project-names': 'block' } }, check: (e) => e.overrides['no-project-names'], want: undefined },
  {
    name: 'adding a client with its own severity (could shadow a company entry)',
    user: { clients: [{ name: 'Jansen Transport', severity: 'off' }] },
    check: (e) => e.clients.map((c) => c.severity),
    want: [undefined, undefined],
  },
  {
    name: 'adding a rule of its own',
    user: { rules: [{ id: 'mine', kind: 'terms', category: 'insult', severity: 'info', message: { nl: 'x', en: 'x' }, terms: ['Noordster'] }] },
    check: (e) => e.rules.map((r) => r.id),
    want: ['no-project-names'],
  },
  { name: 'adding disclaimers (would silence disclaimer-missing)', user: { disclaimers: { personal: ['groetjes'] } }, check: (e) => e.disclaimers.personal, want: [] },
  { name: 'narrowing the languages', user: { languages: ['en'] }, check: (e) => e.languages, want: ['nl', 'en'] },
  { name: 'changing clauses', user: { clauses: { client: 'anything goes' } }, check: (e) => e.clauses.client, want: undefined },
  { name: 'adding own clients', user: { clients: ['Smit'] }, check: (e) => e.clients.map((c) => c.name), want: ['Jansen Transport', 'Smit'], added: true },
  {
    name: 'adding own terms and employer names',
    user: { confidential: [{ name: 'Project Zeester', aliases: ['Zeester'], severity: 'info' }], organization: { names: ['Acme Holding'] } },
    check: (e) => [e.confidential, e.organization.names.map((n) => n.name)],
    want: [[{ name: 'Project Zeester', aliases: ['Zeester'], source: 'user', packId: 'user' }], ['Acme Holding']],
  },
];

describe('lockUserRules: the user may add names and terms, nothing else', () => {
  const rule = {
    id: 'no-project-names',
    kind: 'terms' as const,
    category: 'confidential' as const,
    severity: 'warn' as const,
    message: { nl: 'Projectnaam', en: 'Project name' },
    terms: ['Noordster'],
  };
  for (const c of lockedCases) {
    it(c.name, () => {
      const input = { builtins: [builtin], company: company({ rules: [rule] }), user: user(c.user) };
      expect(c.check(effectivePack({ ...input, settings: { lockUserRules: true } }))).toEqual(c.want);
    });
  }
  it('the same attempts succeed without the lock (the lock is what stops them)', () => {
    for (const c of lockedCases.filter((x) => !x.added)) {
      const input = { builtins: [builtin], company: company({ rules: [rule] }), user: user(c.user) };
      expect(c.check(effectivePack({ ...input, settings: { lockUserRules: false } })), c.name).not.toEqual(c.want);
    }
  });
  it('the company pack is reported as locked', () => {
    const eff = effectivePack({ builtins: [], company: company(), settings: { lockUserRules: true } });
    expect(eff.packs[0]).toMatchObject({ id: 'acme', source: 'company', locked: true });
  });

  it("a user layer cannot lower a locked pack's blocking findings", () => {
    const post =
      'Vandaag de polis voor Jansen Transport afgesloten. Die mongool van de buren ook. IBAN NL91ABNA0417164300, bel 06-12345678. Vertrouwelijk: Project Noordster.';
    const blocks = (u?: Partial<Pack>) =>
      createLinter(policyLayers({ builtins: [], company: COMPANY_PACK, ...(u ? { user: user(u) } : {}), settings: { lockUserRules: true } }))
        .lint(post)
        .filter((f) => f.severity === 'block')
        .map((f) => f.text);
    const want = blocks();
    expect(want.length).toBeGreaterThanOrEqual(5);
    const everything = Object.fromEntries(CATEGORIES.map((c) => [c, 'info' as const]));
    const allRules = Object.fromEntries(createLinter([{ source: 'company', pack: COMPANY_PACK }]).rules.map((r) => [r.id, 'info' as const]));
    expect(blocks({ severity: everything })).toEqual(want);
    expect(blocks({ overrides: allRules })).toEqual(want);
    expect(blocks({ severity: { ...everything }, overrides: { ...allRules }, clients: [{ name: 'Jansen Transport', severity: 'info' }] })).toEqual(want);
  });
});

describe('site switches', () => {
  const open = (sites = {}) => ({ sites, lockUserRules: false });
  const table: [Parameters<typeof siteState>, ReturnType<typeof siteState>][] = [
    [['linkedin', open(), {}], { enabled: true, locked: false }],
    [['linkedin', open(), { linkedin: false }], { enabled: false, locked: false }],
    [['x', open({ x: false }), { x: true }], { enabled: false, locked: true }],
    [['facebook', open({ facebook: true }), { facebook: false }], { enabled: true, locked: true }],
    [['facebook', open({ x: false }), { facebook: false }], { enabled: false, locked: false }],
    // Under lockUserRules the user cannot switch a site off; the admin still can.
    [['linkedin', { sites: {}, lockUserRules: true }, { linkedin: false }], { enabled: true, locked: true }],
    [['x', { sites: { x: false }, lockUserRules: true }, {}], { enabled: false, locked: true }],
  ];
  for (const [args, want] of table) it(JSON.stringify(args), () => expect(siteState(...args)).toEqual(want));
});

describe('user additions', () => {
  it('keeps clients and terms only, trimmed and without duplicates', () => {
    expect(userAdditionsPack([' Smit ', 'Smit', ''], ['Project X'])).toEqual({
      id: 'user',
      name: 'My additions',
      version: '1',
      clients: ['Smit'],
      confidential: ['Project X'],
    });
  });
});
