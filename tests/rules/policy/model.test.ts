// Reading managed storage: each key on its own, one pack source, paths in every problem.
import { describe, expect, it } from 'vitest';
import { normalizeSha256, readPolicy } from '../../../src/rules/policy/model.ts';

const pack = { id: 'acme', name: 'Acme', version: '1', clients: [{ name: 'Jansen Transport' }] };
const sha = 'a'.repeat(64);

describe('readPolicy: valid policies', () => {
  const table: { name: string; raw: unknown; source: unknown; settings?: unknown }[] = [
    { name: 'nothing set', raw: {}, source: { kind: 'none' } },
    { name: 'rulePack object', raw: { rulePack: pack }, source: { kind: 'inline', key: 'rulePack', pack } },
    { name: 'rulePackJson string', raw: { rulePackJson: JSON.stringify({ ...pack, clients: ['Jansen Transport'] }) }, source: { kind: 'inline', key: 'rulePackJson', pack: { ...pack, clients: ['Jansen Transport'] } } },
    { name: 'rulePackUrl with checksum', raw: { rulePackUrl: 'https://intranet.example/pack.json', rulePackSha256: sha.toUpperCase() }, source: { kind: 'url', url: 'https://intranet.example/pack.json', sha256: sha } },
    { name: 'rulePackUrl without checksum', raw: { rulePackUrl: 'https://intranet.example/pack.json' }, source: { kind: 'url', url: 'https://intranet.example/pack.json' } },
    {
      name: 'settings',
      raw: { lockUserRules: true, sites: { x: false }, rulePackRefreshMinutes: 60 },
      source: { kind: 'none' },
      settings: { lockUserRules: true, sites: { x: false }, refreshMinutes: 60 },
    },
    {
      name: 'private chats switched on by the admin',
      raw: { privateChats: true },
      source: { kind: 'none' },
      settings: { lockUserRules: false, sites: {}, refreshMinutes: 360, privateChats: true },
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const r = readPolicy(c.raw);
      expect(r.problems.filter((p) => !p.warning)).toEqual([]);
      expect(r.packBroken).toBe(false);
      expect(r.source).toEqual(c.source);
      if (c.settings) expect(r.settings).toEqual(c.settings);
    });
  }
});

describe('readPolicy: invalid policies name the path and keep the pack broken', () => {
  const table: { name: string; raw: unknown; path: string; message: RegExp }[] = [
    { name: 'bad JSON', raw: { rulePackJson: '{"id": "acme",' }, path: 'rulePackJson', message: /invalid JSON.*line 1, column 15/ },
    { name: 'schema error in JSON', raw: { rulePackJson: JSON.stringify({ ...pack, clients: [3] }) }, path: 'rulePackJson → $.clients[0]', message: /must be/ },
    { name: 'schema error in object', raw: { rulePack: { ...pack, version: '' } }, path: 'rulePack.version', message: /must not be empty/ },
    { name: 'typo in a pack key', raw: { rulePack: { ...pack, clietns: [] } }, path: 'rulePack.clietns', message: /did you mean "clients"/ },
    {
      name: 'a pattern RE2 cannot run in linear time',
      raw: { rulePack: { ...pack, rules: [{ id: 'no-x', kind: 'pattern', category: 'confidential', severity: 'warn', message: { nl: 'x', en: 'x' }, pattern: '(a)\\1' }] } },
      path: 'rulePack.rules[0].pattern',
      message: /backreferences/,
    },
    {
      name: 'an override of a rule that does not exist',
      raw: { rulePackJson: JSON.stringify({ ...pack, overrides: { 'no-such-rule': 'off' } }) },
      path: 'rulePackJson → $.overrides["no-such-rule"]',
      message: /there is no rule/,
    },
    { name: 'http URL', raw: { rulePackUrl: 'http://intranet.example/pack.json' }, path: 'rulePackUrl', message: /https/ },
    { name: 'not a URL', raw: { rulePackUrl: 'pack.json' }, path: 'rulePackUrl', message: /not a valid address/ },
    { name: 'bad checksum', raw: { rulePackUrl: 'https://a.example/p.json', rulePackSha256: 'abc' }, path: 'rulePackSha256', message: /64 hexadecimal/ },
  ];
  for (const c of table) {
    it(c.name, () => {
      const r = readPolicy(c.raw);
      expect(r.packBroken).toBe(true);
      expect(r.source).toEqual({ kind: 'none' });
      const fatal = r.problems.filter((p) => !p.warning);
      expect(fatal[0]?.path).toBe(c.path);
      expect(fatal[0]?.message).toMatch(c.message);
    });
  }
});

describe('readPolicy: settings are checked on their own', () => {
  it('a wrong setting is reported and ignored; the pack still applies', () => {
    const r = readPolicy({ rulePack: pack, lockUserRules: 'yes', sites: { x: 'no' } });
    expect(r.source).toMatchObject({ kind: 'inline' });
    expect(r.packBroken).toBe(false);
    expect(r.settings.lockUserRules).toBe(false);
    expect(r.problems.map((p) => p.path)).toEqual(['lockUserRules', 'sites.x']);
  });
  it('the first pack source wins, the others are warned about', () => {
    const r = readPolicy({ rulePackUrl: 'https://a.example/p.json', rulePack: pack, rulePackJson: '{}' });
    expect(r.source).toMatchObject({ kind: 'inline', key: 'rulePack' });
    expect(r.problems.filter((p) => p.warning).map((p) => p.path)).toEqual(['rulePackJson', 'rulePackUrl']);
  });
  it('unknown keys are warnings', () => {
    const r = readPolicy({ rulepack: pack });
    expect(r.problems).toContainEqual({ path: 'rulepack', message: expect.stringMatching(/unknown policy/), warning: true });
  });
  it('settings without any pack: a warning pointing at chrome://policy (Chrome drops values that break the schema)', () => {
    expect(readPolicy({ lockUserRules: true }).problems).toEqual([
      { path: 'rulePack', message: expect.stringMatching(/chrome:\/\/policy/), warning: true },
    ]);
    expect(readPolicy({}).problems).toEqual([]);
    expect(readPolicy({ rulePack: pack }).problems).toEqual([]);
  });
  it('privateChats must be a boolean; a wrong value is reported and left to the user', () => {
    const r = readPolicy({ rulePack: pack, privateChats: 'yes' });
    expect(r.problems.map((p) => p.path)).toEqual(['privateChats']);
    expect(r.settings.privateChats).toBeUndefined();
  });
  it('refresh interval is bounded', () => {
    expect(readPolicy({ rulePackRefreshMinutes: 1 }).problems[0]).toMatchObject({ path: 'rulePackRefreshMinutes', message: 'must be at least 15' });
  });
});

describe('normalizeSha256', () => {
  const table: [string, string | null][] = [
    [sha, sha],
    [`sha256:${sha.toUpperCase()}`, sha],
    [` ${sha} `, sha],
    ['a'.repeat(63), null],
    ['g'.repeat(64), null],
  ];
  for (const [input, want] of table) it(input, () => expect(normalizeSha256(input)).toBe(want));
});
