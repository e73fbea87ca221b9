// The full pack example in docs/packs.md must stay a valid pack that does what it says.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { loadPack } from '../../src/rules/pack-load.ts';

const page = readFileSync(fileURLToPath(new URL('../../docs/packs.md', import.meta.url)), 'utf8');
const example = page.match(/```json\n(\{\n {2}"\$schema"[\s\S]*?)```/)?.[1];

describe('docs/packs.md pack example', () => {
  it('is a valid pack', () => {
    expect(example).toBeDefined();
    expect(loadPack(example!).issues).toEqual([]);
  });

  it('flags what the page promises', () => {
    const res = loadPack(example!);
    if (!res.ok) throw new Error('invalid');
    const linter = createLinter([{ source: 'company', pack: res.pack }]);
    const ids = (text: string) => linter.lint(text).map((f) => `${f.ruleId}:${f.text}:${f.severity}`);
    expect(ids('Bezoek aan Jansen Transport')).toEqual(['client-name:Jansen Transport:block']);
    expect(ids('De nieuwe tarievenlijst!')).toEqual(['no-tariffs:tarievenlijst:block']);
    expect(ids('Polis POL-123456 is klaar')).toEqual(['policy-number:POL-123456:block']);
    expect(ids('Nu 10% korting bij ons!')).toEqual(['ad-disclosure:korting:warn']);
    expect(ids('Nu 10% korting bij ons! #ad')).toEqual([]);
    expect(ids('Strikt vertrouwelijk')).toEqual(['confidential-marker:Strikt vertrouwelijk:block']);
    expect(ids('Ik ben trots op Van Dijk & Partners')).toEqual(['disclaimer-missing:Van Dijk & Partners:info']);
    expect(linter.lint('Bezoek aan Jansen Transport')[0]!.clause).toBe('2.1 Klanten noemen we niet zonder toestemming');
  });
});

describe('README pack example', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const short = readme.match(/```json\n(\{\n {2}"\$schema"[\s\S]*?)```/)?.[1];

  it('is a valid pack that blocks a listed client and cites its clause', () => {
    expect(short).toBeDefined();
    const res = loadPack(short!);
    expect(res.issues).toEqual([]);
    if (!res.ok) throw new Error('invalid');
    const [finding] = createLinter([{ source: 'company', pack: res.pack }]).lint('Bezoek aan Jansen Transport');
    expect(finding).toMatchObject({ ruleId: 'client-name', severity: 'block', clause: '2.1 Klanten noemen we niet zonder toestemming' });
  });
});
