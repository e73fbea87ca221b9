// Pack loading: every problem with its JSON path, line and column and a plain explanation.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/lint.ts';
import { loadPack } from '../../src/rules/pack-load.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';

const base = { id: 'acme', name: 'Acme', version: '1' };
const json = (extra: object) => JSON.stringify({ ...base, ...extra }, null, 2);
const msg = { nl: 'x', en: 'y' };
const r = (extra: object) => ({ id: 'r1', kind: 'terms', category: 'client', severity: 'warn', message: msg, terms: ['Noordster'], ...extra });

describe('loadPack accepts', () => {
  it.each([
    ['the minimal pack', json({})],
    ['the simple form', json({ languages: ['nl', 'en'], organization: { names: ['Acme'], handles: ['@acme'] }, clients: ['Jansen'], confidential: ['Project Noordster'], disclaimers: { personal: ['a'], affiliation: ['b'] }, severity: { client: 'block', insult: 'off' } })],
    ['long-form entries', json({ clients: [{ name: 'Jansen Transport', aliases: ['JT'], handles: ['@jansentransport'], note: 'since 2019', severity: 'block' }] })],
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

describe('hostile packs', () => {
  // A "__proto__" key used to become the parsed object's prototype: the pack validated as
  // "valid" and then linted with whatever the prototype switched off.
  it.each([
    ['a top-level "__proto__"', '{"id": "a", "name": "A", "version": "1", "__proto__": {"severity": {"client": "off"}}}', '$.__proto__'],
    ['"__proto__" in severity', json({ severity: { __proto__: { client: 'off' } } }).replace('"severity": {}', '"severity": {"__proto__": {"client": "off"}}'), '$.severity.__proto__'],
    ['"constructor" in overrides', json({ overrides: { constructor: 'off' } }), '$.overrides.constructor'],
    ['"prototype" in clauses', json({ clauses: { prototype: '1.1' } }), '$.clauses.prototype'],
    ['"constructor" in an entry', json({ clients: [{ name: 'Jansen', constructor: 'x' }] }), '$.clients[0].constructor'],
    ['the rule id "constructor"', json({ rules: [r({ id: 'constructor' })] }), '$.rules[0].id'],
    ['the rule id "prototype"', json({ rules: [r({ id: 'prototype' })] }), '$.rules[0].id'],
  ])('refuses %s with its path', (_, source, path) => {
    const res = loadPack(source);
    expect(res.ok).toBe(false);
    expect(res.issues.find((i) => i.path === path)?.message, JSON.stringify(res.issues)).toMatch(/reserves it/);
  });

  it('parses objects without a prototype, so no key can reach Object.prototype', () => {
    const res = loadPack(json({ clients: [{ name: 'Jansen Transport' }], severity: { client: 'block' } }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(Object.getPrototypeOf(res.pack)).toBe(null);
    expect(Object.getPrototypeOf(res.pack.severity)).toBe(null);
    expect(Object.getPrototypeOf(res.pack.clients![0])).toBe(null);
    expect(({} as Record<string, unknown>).client).toBeUndefined();
  });

  it('a rule id "constructor" merged without validation still gets a real severity', () => {
    const pack = { id: 'a', name: 'A', version: '1', rules: [{ id: 'constructor', kind: 'terms', category: 'client', severity: 'block', message: msg, terms: ['Noordster'] }] } as Pack;
    const [f] = createLinter([{ source: 'company', pack }]).lint('Project Noordster start morgen.');
    expect(f?.severity).toBe('block');
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it('refuses JSON nested 10,000 deep with a message, not a stack overflow', () => {
    const source = `{"id": "a", "name": "A", "version": "1", "clients": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = loadPack(source);
    expect(res.ok).toBe(false);
    expect(res.issues[0]!.message).toMatch(/nested more than 64 levels deep/);
    expect(res.issues[0]!.message).toContain('$.clients');
    expect(res.issues[0]!.line).toBe(1);
    expect(source[res.issues[0]!.column! - 1]).toBe('[');
  });
});

describe('names and terms that cannot be told apart from ordinary words', () => {
  it.each([
    ['a client "de"', { clients: ['Jansen', 'de'] }, '$.clients[1]', /only two letters/],
    ['a client "a"', { clients: ['a'] }, '$.clients[0]', /single character/],
    ['a client "I"', { clients: [{ name: 'I' }] }, '$.clients[0].name', /single character/],
    ['an invisible name', { clients: ['\u200b\u200d'] }, '$.clients[0]', /no letters or digits/],
    ['punctuation only', { confidential: ['- & -'] }, '$.confidential[0]', /no letters or digits/],
    ['a two-letter alias', { clients: [{ name: 'Jansen Transport', aliases: ['jt'] }] }, '$.clients[0].aliases[0]', /only two letters/],
    ['a one-letter handle', { clients: [{ name: 'Jansen Transport', handles: ['@j'] }] }, '$.clients[0].handles[0]', /single character/],
    ['an employer name "ik"', { organization: { names: ['ik'] } }, '$.organization.names[0]', /only two letters/],
    ['a rule term "a"', { rules: [r({ terms: ['Noordster', 'a'] })] }, '$.rules[0].terms[1]', /single character/],
  ])('refuses %s with its path', (_, extra, path, message) => {
    const res = loadPack(json(extra));
    expect(res.ok).toBe(false);
    const issue = res.issues.find((i) => i.path === path);
    expect(issue?.message, JSON.stringify(res.issues)).toMatch(message);
    expect(issue!.line).toBeGreaterThan(1);
  });

  it.each([
    ['abbreviations in capitals', { clients: ['BP', 'EY', '3M', 'H&M', 'KPN'] }],
    ['short names with three letters', { clients: ['Gamma', 'ING', 'Ahold'], confidential: ['Q3 cijfers'] }],
    ['phrases that only need to occur (require, near, disclaimers)', { disclaimers: { personal: ['ik'] }, rules: [r({ kind: 'requirement', require: ['#ad'] })] }],
  ])('accepts %s', (_, extra) => {
    const res = loadPack(json(extra));
    expect(res.issues).toEqual([]);
  });

  it('warns, without failing, about entries that are common words in the pack languages', () => {
    const source = json({ languages: ['nl'], clients: ['Jansen Transport', 'Zeker', 'Today'], confidential: [{ name: 'Project X', aliases: ['Team'] }] });
    const lineOf = (s: string) => source.split('\n').findIndex((l) => l.includes(s)) + 1;
    const res = loadPack(source);
    expect(res.ok).toBe(true);
    expect(res.warnings.map((w) => [w.path, w.line])).toEqual([
      ['$.clients[1]', lineOf('"Zeker"')],
      ['$.confidential[0].aliases[0]', lineOf('"Team"')],
    ]);
    expect(res.warnings[0]!.message).toMatch(/^"Zeker" is an ordinary Dutch word: matched only as a name/);
    // Without languages both count: "Today" is English.
    expect(loadPack(json({ clients: ['Today'] })).warnings[0]!.message).toMatch(/ordinary English word/);
  });
});

describe('slow patterns', () => {
  // RE2 is linear in the post, but the factor is the pattern's: ".{1000}a.{1000}b" took
  // 10.8 s on a 100,000-character post and passed validation.
  const pattern = (p: string, kind = 'pattern') => json({ rules: [r({ kind, terms: undefined, pattern: p, ...(kind === 'requirement' ? { require: ['#ad'] } : {}) })] });
  it.each([
    ['a large counted repeat', '.{1000}a.{1000}b', /repeats \{1000\}: counted repeats may go up to 100/],
    ['a large repeat of any character', '[\\s\\S]{200}x', /repeats \{200\}/],
    ['a repeat after a character class', '[{]{150}', /repeats \{150\}/],
    ['an oversized pattern', `(?:${Array.from({ length: 200 }, (_, i) => `word${i}`).join('|')})`, /characters long; patterns may have at most 1000/],
    ['a slow pattern, with the measured time', '(?:.{90}){1,11}q', /is too slow: it took \d+ ms on a 2,000-character test post, about \d+ ms on a post of 63,206 characters \(at most 250 ms\)/],
  ])('refuses %s', (_, p, message) => {
    const res = loadPack(pattern(p));
    expect(res.ok).toBe(false);
    expect(res.issues.find((i) => i.path === '$.rules[0].pattern')?.message, JSON.stringify(res.issues)).toMatch(message);
  });

  it.each(['x?', '\\b', '(?:#ad)?', '^'])('refuses a requirement pattern that matches the empty string: %s', (p) => {
    const res = loadPack(pattern(p, 'requirement'));
    expect(res.issues.find((i) => i.path === '$.rules[0].pattern')?.message).toMatch(/matches the empty string/);
  });

  it.each(['\\bPOL-\\d{6}\\b', '\\b[A-Z]{2}\\d{2}[A-Z0-9]{10,30}\\b', '[\\w.+-]+@[\\w-]+\\.[\\w.]+', '(?:polis|premie|contract).{0,40}(?:jansen|novachem)', '€\\s?\\d+(?:[.,]\\d{3})*(?:,\\d{2})?'])(
    'accepts an ordinary pattern: %s',
    (p) => {
      expect(loadPack(pattern(p)).issues).toEqual([]);
      expect(loadPack(pattern(p, 'requirement')).issues).toEqual([]);
    },
  );
});
