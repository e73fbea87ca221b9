// Every generated policy file parses with an independent reader and carries the pack.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, GECKO_ID } from '../../src/extension-id.ts';
import { generatePolicy } from '../../src/admin/index.ts';
import { readPolicy, toManagedPack, validatePolicyValues } from '../../src/rules/policy/index.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { parsePlist, parseReg } from './readers.ts';
import { EXAMPLE_PACK_PATH } from '../corpus/paths.ts';

const pack = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;
const base = { pack, lockUserRules: true, uuid: randomUUID };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The values the extension will read must pass its own policy reader and yield the pack. */
function expectPackIn(values: Record<string, unknown>) {
  const r = readPolicy(values);
  expect(r.problems).toEqual([]);
  expect(r.source.kind).toBe('inline');
  const got = (r.source as { pack: Pack }).pack;
  expect(toManagedPack(got)).toEqual(toManagedPack(pack));
  expect(values.lockUserRules).toBe(true);
  // Objects as written must pass Chrome's own check against managed_schema.json.
  if (values.rulePack) expect(validatePolicyValues(values)).toEqual([]);
}

describe('linux', () => {
  it('is {"3rdparty":{"extensions":{id:{...}}}} with the pack as an object in managed form', () => {
    const f = generatePolicy('linux', base);
    const json = JSON.parse(f.content);
    expect(Object.keys(json)).toEqual(['3rdparty']);
    const values = json['3rdparty'].extensions[EXTENSION_ID];
    expectPackIn(values);
    // Chrome's schema keeps only the object form of entries.
    expect(values.rulePack.clients[0]).toEqual({ name: 'Jansen Transport' });
    expect(validatePolicyValues(values)).toEqual([]);
  });
  it('force-install adds ExtensionInstallForcelist', () => {
    const json = JSON.parse(generatePolicy('linux', { ...base, forceInstall: true, updateUrl: 'https://updates.example/crx.xml' }).content);
    expect(json.ExtensionInstallForcelist).toEqual([`${EXTENSION_ID};https://updates.example/crx.xml`]);
  });
  it('a hosted pack: URL and checksum instead of the pack', () => {
    const json = JSON.parse(generatePolicy('linux', { ...base, packUrl: 'https://intranet.example/p.json', packSha256: 'b'.repeat(64), refreshMinutes: 60 }).content);
    expect(json['3rdparty'].extensions[EXTENSION_ID]).toEqual({
      rulePackUrl: 'https://intranet.example/p.json',
      rulePackSha256: 'b'.repeat(64),
      rulePackRefreshMinutes: 60,
      lockUserRules: true,
    });
  });
});

describe('windows', () => {
  for (const [target, root] of [
    ['windows-chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
    ['windows-edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
  ] as const) {
    it(`${target}: REG_SZ rulePackJson, REG_DWORD booleans, objects as JSON`, () => {
      const f = generatePolicy(target, { ...base, sites: { facebook: false } });
      expect(f.content).toMatch(/^[\x00-\x7f]*$/); // plain ASCII whatever encoding regedit assumes
      const reg = parseReg(f.content);
      const key = `${root}\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`;
      expect(reg.deleted).toEqual([key]);
      const v = reg.keys[key]!;
      expect(v.lockUserRules).toEqual({ type: 'REG_DWORD', value: 1 });
      expect(v.sites).toEqual({ type: 'REG_SZ', value: '{"facebook":false}' });
      expect(v.rulePackJson?.type).toBe('REG_SZ');
      // The Dutch ë survives as a JSON escape.
      expect(JSON.parse(v.rulePackJson!.value as string).name).toBe(pack.name);
      expectPackIn({ rulePackJson: v.rulePackJson!.value, lockUserRules: true, sites: { facebook: false } });
    });
  }
  it('force-install uses the store of each browser', () => {
    const chrome = parseReg(generatePolicy('windows-chrome', { ...base, forceInstall: true }).content);
    const edge = parseReg(generatePolicy('windows-edge', { ...base, forceInstall: true }).content);
    expect(chrome.keys['HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist']).toEqual({
      '1': { type: 'REG_SZ', value: `${EXTENSION_ID};https://clients2.google.com/service/update2/crx` },
    });
    expect(edge.keys['HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist']?.['1']?.value).toMatch(/edge\.microsoft\.com/);
  });
  it('quotes and backslashes in values are escaped', () => {
    const tricky: Pack = { ...pack, clients: ['Say "hi"', 'C:\\path'] };
    const v = parseReg(generatePolicy('windows-chrome', { ...base, pack: tricky }).content).keys;
    const values = Object.values(v)[0]!;
    expect(JSON.parse(values.rulePackJson!.value as string).clients).toEqual(['Say "hi"', 'C:\\path']);
  });
});

describe('macos', () => {
  it('a Configuration profile forcing com.google.Chrome.extensions.<id>', () => {
    const f = generatePolicy('macos', { ...base, forceInstall: true });
    const profile = parsePlist(f.content) as Record<string, any>;
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadUUID).toMatch(UUID);
    const payload = profile.PayloadContent[0];
    expect(payload.PayloadType).toBe('com.apple.ManagedClient.preferences');
    expect(payload.PayloadUUID).toMatch(UUID);
    expect(payload.PayloadUUID).not.toBe(profile.PayloadUUID);
    const domain = payload.PayloadContent[`com.google.Chrome.extensions.${EXTENSION_ID}`];
    expectPackIn(domain.Forced[0].mcx_preference_settings);
    expect(payload.PayloadContent['com.google.Chrome'].Forced[0].mcx_preference_settings.ExtensionInstallForcelist).toEqual([
      `${EXTENSION_ID};https://clients2.google.com/service/update2/crx`,
    ]);
  });
  it('XML special characters survive', () => {
    const tricky: Pack = { ...pack, clients: ['Groen & <Zn>'] };
    const profile = parsePlist(generatePolicy('macos', { ...base, pack: tricky }).content) as Record<string, any>;
    const domain = profile.PayloadContent[0].PayloadContent[`com.google.Chrome.extensions.${EXTENSION_ID}`];
    expect(domain.Forced[0].mcx_preference_settings.rulePack.clients).toEqual([{ name: 'Groen & <Zn>' }]);
  });
});

describe('google admin console', () => {
  it('each key wrapped as {"Value": ...}', () => {
    const json = JSON.parse(generatePolicy('google-admin', { ...base, sites: { x: false } }).content);
    expect(Object.keys(json)).toEqual(['rulePack', 'lockUserRules', 'sites']);
    for (const v of Object.values(json)) expect(Object.keys(v as object)).toEqual(['Value']);
    expectPackIn(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, (v as { Value: unknown }).Value])));
  });
});

describe('firefox', () => {
  it('policies.3rdparty.Extensions[gecko id] (capital E)', () => {
    const json = JSON.parse(generatePolicy('firefox', base).content);
    expectPackIn(json.policies['3rdparty'].Extensions[GECKO_ID]);
    expect(json.policies.ExtensionSettings).toBeUndefined();
  });
  it('force-install needs the .xpi address', () => {
    expect(() => generatePolicy('firefox', { ...base, forceInstall: true })).toThrow(/--update-url/);
    const json = JSON.parse(generatePolicy('firefox', { ...base, forceInstall: true, updateUrl: 'https://intranet.example/tt.xpi' }).content);
    expect(json.policies.ExtensionSettings[GECKO_ID]).toEqual({ installation_mode: 'force_installed', install_url: 'https://intranet.example/tt.xpi' });
  });
});
