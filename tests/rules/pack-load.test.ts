// Pack loading: every problem with its JSON path, line and column and a plain explanation.
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/rules/pack-load.ts';

const base = { id: 'acme', name: 'Acme', version: '1' };
const json = (extra: object) => JSON.stringify({ ...base, ...extra }, null, 2);
const msg = { nl: 'x', en: 'y' };
const r = (extra: object) => ({ id: 'r1', kind: 'terms', category: 'client', severity: 'warn', message: msg, terms: ['a'], ...extra });

describe('loadPack accepts', () => {
  it.each([
    ['the minimal pack', json({})],
    ['the simple form', json({ languages: ['nl', 'en'], organization: { names: ['Acme'], handles: ['@acme'] }, clients: ['Jansen'], confidential: ['X'], disclaimers: { personal: ['a'], affiliation: ['b'] }, severity: { client: 'block', insult: 'off' } })],
    ['long-form entries', json({ clients: [{ name: 'Jansen Transport', aliases: ['JT'], handles: ['@jt'], note: 'since 2019', severity: 'block' }] })],
    ['a phrase rule with lists, classes and exceptions', json({ rules: [r({ kind: 'phrase', terms: undefined, phrases: ['namens {org}', '{pron-1} ~2 {violent-verb} {target}'], unless: ['niet namens'] })] })],
    ['each rule kind', json({ rules: [r({}), r({ id: 'p', kind: 'pattern', terms: undefined, pattern: '\\bPOL-\\d+' }), r({ id: 'c', kind: 'cooccurrence', termsFrom: 'clients', near: ['polis'], window: 5 }), r({ id: 'q', kind: 'requirement', require: ['#ad'] })] })],
    ['overrides of built-in and own rules', json({ overrides: { 'client-name': 'block', r1: 'off' }, rules: [r({})] })],
    ['clauses per category and rule id', json({ clauses: { client: '2.1', 'disclaimer-missing': '4.2', r1: '5' }, rules: [r({})] })],
    ['a $schema key and a BOM', `\ufeff${json({ $schema: './schema/pack.schema.json' })}`],
  ])('%s', (_, source) => {
    const res = loadPack(source);
    expect(res.issues).toEqual([]);
    expect(res.ok).toBe(true);
  });
});

describe('loadPack rejects', () => {
  it.each([
    ['empty file', '', '$', /file is empty/, 1, 1],
    ['trailing comma', '{\n  "id": "a",\n}', '$', /remove the comma before "}"/, 3, 1],
    ['missing comma', '{\n  "id": "a"\n  "name": "b"\n}', '$', /expected "," or "}" after the value of "id".*comma missing/, 3, 3],
    ['single quotes', "{'id': 1}", '$', /expected a key in double quotes/, 1, 2],
    ['unclosed string', '{"id": "abc\n}', '$', /never closed/, 1, 8],
    ['duplicate key', '{"id": "a", "id": "b"}', '$', /appears twice/, 1, 13],
    ['not an object', '[1]', '$', /must be an object, not array/, 1, 1],
    ['missing required', '{"id": "a"}', '$.name', /is required/, 1, 1],
    ['unknown key', json({ clents: ['x'] }), '$.clents', /unknown key "clents" \(did you mean "clients"\?\)/, 5, 13],
    ['wrong type', json({ clients: 'Jansen' }), '$.clients', /must be a list, not string/, 5, 14],
    ['empty entry', json({ clients: ['Jansen', ' '] }), '$.clients[1]', /must not be empty/, 7, 5],
    ['bad severity', json({ severity: { client: 'blok' } }), '$.severity.client', /did you mean "block"/, 6, 15],
    ['unknown category', json({ severity: { clients: 'warn' } }), '$.severity.clients', /unknown key "clients" \(did you mean "client"\?\)/, 6, 16],
    ['bad language', json({ languages: ['de'] }), '$.languages[0]', /one of "nl", "en"/, 6, 5],
    ['duplicate rule id', json({ rules: [r({}), r({})] }), '$.rules[1].id', /already used by \$\.rules\[0\]/, undefined, undefined],
    ['bad rule id', json({ rules: [r({ id: 'No Spaces' })] }), '$.rules[0].id', /not a valid rule id/, undefined, undefined],
    ['built-in rule id', json({ rules: [r({ id: 'client-name' })] }), '$.rules[0].id', /built-in rule/, undefined, undefined],
    ['terms rule without terms', json({ rules: [r({ terms: undefined })] }), '$.rules[0]', /needs "terms"/, undefined, undefined],
    ['pattern rule without pattern', json({ rules: [r({ kind: 'pattern', terms: undefined })] }), '$.rules[0]', /needs "pattern"/, undefined, undefined],
    ['cooccurrence without near', json({ rules: [r({ kind: 'cooccurrence' })] }), '$.rules[0]', /needs "near"/, undefined, undefined],
    ['requirement without require', json({ rules: [r({ kind: 'requirement' })] }), '$.rules[0]', /needs "require"/, undefined, undefined],
    ['lookahead', json({ rules: [r({ kind: 'pattern', pattern: 'foo(?=bar)' })] }), '$.rules[0].pattern', /lookahead and lookbehind .* not supported.*linear time/, undefined, undefined],
    ['backreference', json({ rules: [r({ kind: 'pattern', pattern: '(a)\\1' })] }), '$.rules[0].pattern', /backreferences .* not supported/, undefined, undefined],
    ['unbalanced', json({ rules: [r({ kind: 'pattern', pattern: '[a-z' })] }), '$.rules[0].pattern', /not a valid regular expression.*missing closing \]/, undefined, undefined],
    ['unknown kind', json({ rules: [r({ kind: 'regex' })] }), '$.rules[0].kind', /one of "terms", "pattern", "cooccurrence", "requirement", "phrase"/, undefined, undefined],
    ['unknown override', json({ overrides: { 'client-nam': 'off' } }), '$.overrides["client-nam"]', /no rule "client-nam" \(did you mean "client-name"\?\)/, 6, 19],
    ['unknown clause key', json({ clauses: { clients: '2.1' } }), '$.clauses.clients', /neither a category .* \(did you mean "client"\?\)/, 6, 16],
    ['phrase rule without phrases', json({ rules: [r({ kind: 'phrase', terms: undefined })] }), '$.rules[0]', /needs "phrases"/, undefined, undefined],
    ['phrase with an unknown class', json({ rules: [r({ kind: 'phrase', phrases: ['ok', 'namens {orgg}'] })] }), '$.rules[0].phrases[1]', /column 8: unknown class \{orgg\} \(did you mean \{org\}\?\)/, undefined, undefined],
    ['phrase that matches every post', json({ rules: [r({ kind: 'phrase', phrases: ['(de|het)?'] })] }), '$.rules[0].phrases[0]', /without any word.*every post/, undefined, undefined],
    ['phrase without an anchor', json({ rules: [r({ kind: 'phrase', phrases: ['_ ~3 _'] })] }), '$.rules[0].phrases[0]', /no fixed word/, undefined, undefined],
    ['phrase with an unbounded gap', json({ rules: [r({ kind: 'phrase', phrases: ['namens ~20 {org}'] })] }), '$.rules[0].phrases[0]', /1 to 8 words/, undefined, undefined],
    ['bad exception pattern', json({ rules: [r({ kind: 'phrase', phrases: ['namens {org}'], unless: ['(niet'] })] }), '$.rules[0].unless[0]', /not closed/, undefined, undefined],
    ['window out of range', json({ rules: [r({ kind: 'cooccurrence', near: ['x'], window: 500 })] }), '$.rules[0].window', /at most 50/, undefined, undefined],
  ])('%s', (_, source, path, message, line, column) => {
    const res = loadPack(source);
    expect(res.ok).toBe(false);
    const issue = res.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(res.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    if (line !== undefined) expect([issue!.line, issue!.column]).toEqual([line, column]);
    else expect(issue!.line).toBeGreaterThan(1);
  });

  it('reports every problem, not just the first', () => {
    const res = loadPack(json({ clients: [1, 2], severty: {}, rules: [r({ kind: 'pattern', terms: undefined })] }));
    expect(res.issues.map((i) => i.path)).toEqual(['$.clients[0]', '$.clients[1]', '$.severty', '$.rules[0]']);
  });
});
