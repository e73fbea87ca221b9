// Pack keys for the employee's side of things: the protocol address a finding's
// clause links to, where false alarms go, whether "Post anyway" asks why, and the
// user's own exceptions ("always allow") — none of which a locked company pack lets
// the user weaken.
import { describe, expect, it } from 'vitest';
import { addAllowEntry, applyAllowList, clauseAnchor, clauseUrl, createLinter, type Finding, MAX_ALLOWED, mergePacks, type Pack } from '../../src/rules/index.ts';
import { validate } from '../../src/rules/schema/dsl.ts';
import { packSchema } from '../../src/rules/schema/pack.ts';

const company: Pack = {
  id: 'acme',
  name: 'Acme',
  version: '1',
  clients: ['Jansen Transport'],
  clauses: { client: '2.1 Klanten noemen we niet zonder toestemming' },
  protocolUrl: 'https://intranet.acme.example/protocol',
  support: { email: 'it@acme.example', askReason: false },
};
const user: Pack = { id: 'user', name: 'Mine', version: '1', protocolUrl: 'https://elsewhere.example/p', support: { email: 'me@example.com', askReason: false } };

describe('clause anchors', () => {
  const table: [string, string | undefined][] = [
    ['2.1 Klanten noemen we niet zonder toestemming', 'clause-2-1'],
    ['3.2', 'clause-3-2'],
    ['4.2. Disclaimer', 'clause-4-2'],
    ['Artikel 5.1 — Vertrouwelijk', 'clause-5-1'],
    ['§ 3 Persoonsgegevens', 'clause-3'],
    ['2.1.3 Foto’s', 'clause-2-1-3'],
    ['Klanten noemen we niet', undefined],
    ['Zie 2.1', undefined],
  ];
  for (const [clause, anchor] of table) it(`${clause} → ${anchor ?? 'none'}`, () => expect(clauseAnchor(clause)).toBe(anchor));

  it('links to the anchor, replacing a fragment the address already had; no number: the protocol itself', () => {
    expect(clauseUrl('https://x.example/p#top', '2.1 Klanten')).toBe('https://x.example/p#clause-2-1');
    expect(clauseUrl('https://x.example/p', 'Klanten')).toBe('https://x.example/p');
  });

  it("puts the link on findings when the pack gives a protocol address, and not otherwise", () => {
    const post = 'Net de polis voor Jansen Transport rondgekregen';
    const withUrl = createLinter([{ source: 'company', pack: company }]).lint(post);
    expect(withUrl.find((f) => f.category === 'client')?.clauseUrl).toBe('https://intranet.acme.example/protocol#clause-2-1');
    const { protocolUrl: _, ...without } = company;
    expect(createLinter([{ source: 'company', pack: without }]).lint(post).some((f) => f.clauseUrl)).toBe(false);
  });
});

describe('protocolUrl and support in the schema', () => {
  it('accepts an https address and a plain e-mail address', () => expect(validate(packSchema, company)).toEqual([]));
  it('refuses an http address, a mail address with a name part, and unknown keys', () => {
    const issues = validate(packSchema, { ...company, protocolUrl: 'http://intranet/p', support: { email: 'IT <it@acme.example>', askReasons: true } });
    expect(issues.map((i) => i.path).sort()).toEqual(['$.protocolUrl', '$.support.askReasons', '$.support.email']);
  });
});

describe('merging protocolUrl and support', () => {
  it('a later layer wins when nothing is locked', () => {
    const m = mergePacks([{ source: 'company', pack: company }, { source: 'user', pack: user }]);
    expect(m.protocolUrl).toBe(user.protocolUrl);
    expect(m.support).toEqual({ email: 'me@example.com', askReason: false });
    expect(m.locked).toBe(false);
  });
  it('under a locked company pack the user cannot change the address or the e-mail, nor stop the question', () => {
    const asking = { ...company, support: { email: 'it@acme.example', askReason: true } };
    const m = mergePacks([{ source: 'company', pack: asking, locked: true }, { source: 'user', pack: user }]);
    expect(m.protocolUrl).toBe(company.protocolUrl);
    expect(m.support).toEqual({ email: 'it@acme.example', askReason: true });
    expect(m.locked).toBe(true);
  });
  it('under a lock a later layer may still turn the question on', () => {
    const m = mergePacks([{ source: 'company', pack: company, locked: true }, { source: 'user', pack: { ...user, support: { askReason: true } } }]);
    expect(m.support.askReason).toBe(true);
  });
  it('nothing set: no address, no question', () => {
    expect(mergePacks([]).support).toEqual({ askReason: false });
    expect(mergePacks([]).protocolUrl).toBeUndefined();
  });
});

describe('the allow-list', () => {
  const finding = (ruleId: string, text: string): Finding => ({ ruleId, text, category: 'personal-data', severity: 'block', start: 0, end: text.length, message: { nl: 'x', en: 'x' } });
  it('drops a finding of that rule with those words, in any case, spacing and separators; keeps other rules and words', () => {
    const list = [{ ruleId: 'personal-data-iban', text: 'NL91 ABNA 0417 1643 00' }];
    const fs = [finding('personal-data-iban', 'nl91abna-0417.1643.00'), finding('personal-data-iban', 'NL02 RABO 0123 4567 89'), finding('client-name', 'NL91 ABNA 0417 1643 00')];
    expect(applyAllowList(fs, list).map((f) => `${f.ruleId} ${f.text}`)).toEqual(['personal-data-iban NL02 RABO 0123 4567 89', 'client-name NL91 ABNA 0417 1643 00']);
  });
  it('adds without duplicates, newest last, and keeps at most MAX_ALLOWED', () => {
    let list = addAllowEntry([], { ruleId: 'a', text: 'Zeta' });
    list = addAllowEntry(list, { ruleId: 'b', text: 'Eta' });
    list = addAllowEntry(list, { ruleId: 'a', text: 'zeta' });
    expect(list).toEqual([{ ruleId: 'b', text: 'Eta' }, { ruleId: 'a', text: 'zeta' }]);
    for (let i = 0; i < MAX_ALLOWED + 5; i++) list = addAllowEntry(list, { ruleId: 'c', text: `w${i}` });
    expect(list).toHaveLength(MAX_ALLOWED);
    expect(list.at(-1)).toEqual({ ruleId: 'c', text: `w${MAX_ALLOWED + 4}` });
  });
});
