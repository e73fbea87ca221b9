// `thinktwice policy`: refuses invalid packs (exit 2, paths named), writes each target.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { runPolicy } from '../../src/cli/commands/policy.ts';
import { TARGETS } from '../../src/admin/index.ts';
import { EXAMPLE_PACK_PATH } from '../corpus/paths.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const PACK = EXAMPLE_PACK_PATH;
const dir = mkdtempSync(path.join(tmpdir(), 'tt-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = runPolicy(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('refuses what it cannot deploy (exit 2, nothing written)', () => {
  const table: { name: string; args: () => string[]; err: RegExp }[] = [
    { name: 'invalid JSON', args: () => [file('a.json', '{"id": "x",\n'), '--target', 'linux', '--out', path.join(dir, 'o1')], err: /a\.json:2:1: \$: invalid JSON/ },
    {
      name: 'schema errors with paths',
      args: () => [file('b.json', '{"id":"x","name":"X","version":"1","clients":[3],"severty":{}}'), '--target', 'linux', '--out', path.join(dir, 'o2')],
      err: /\$\.clients\[0\]: must be[\s\S]*\$\.severty: unknown key "severty" \(did you mean "severity"\?\)/,
    },
    { name: 'missing file', args: () => [path.join(dir, 'nope.json'), '--target', 'linux'], err: /cannot read .*no such file/ },
    { name: 'unknown target', args: () => [PACK, '--target', 'chromeos'], err: /--target must be one of/ },
    { name: 'no target', args: () => [PACK], err: /--target must be one of/ },
    { name: 'http pack URL', args: () => [PACK, '--target', 'linux', '--pack-url', 'http://x.example/p.json'], err: /https/ },
    { name: 'unknown site', args: () => [PACK, '--target', 'linux', '--sites', 'linkedin,tiktok'], err: /unknown site tiktok/ },
    { name: 'firefox force-install without .xpi', args: () => [PACK, '--target', 'firefox', '--force-install', '--out', path.join(dir, 'o3')], err: /--update-url/ },
    { name: 'unknown option', args: () => [PACK, '--target', 'linux', '--lock'], err: /Unknown option/ },
  ];
  for (const c of table) {
    it(c.name, () => {
      const r = run(...c.args());
      expect(r.code).toBe(2);
      expect(r.err).toMatch(c.err);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      for (const o of ['o1', 'o2', 'o3']) expect(existsSync(path.join(dir, o))).toBe(false);
    });
  }
});

describe('writes a file for every target', () => {
  for (const target of TARGETS) {
    it(target, () => {
      const out = path.join(dir, `out-${target}`);
      const r = run(PACK, '--target', target, '--out', out);
      expect(r.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      // The admin console and Firefox key the file by where it is uploaded / the gecko id.
      if (target !== 'google-admin' && target !== 'firefox') expect(text).toContain(EXTENSION_ID);
      expect(text).toContain('vdp-assurantien');
      expect(r.err).toMatch(/Wrote/);
    });
  }
  it('--out - writes to stdout', () => {
    const r = run(PACK, '--target', 'google-admin', '--out', '-');
    expect(JSON.parse(r.out).rulePack.Value.id).toBe('vdp-assurantien');
  });
  it('--pack-url pins the SHA-256 of the file as it is', () => {
    const r = run(PACK, '--target', 'linux', '--out', '-', '--pack-url', 'https://intranet.example/p.json', '--refresh-minutes', '60', '--sites', 'linkedin', '--no-lock');
    const v = JSON.parse(r.out)['3rdparty'].extensions[EXTENSION_ID];
    expect(v).toEqual({
      rulePackUrl: 'https://intranet.example/p.json',
      rulePackSha256: createHash('sha256').update(readFileSync(PACK)).digest('hex'),
      rulePackRefreshMinutes: 60,
      lockUserRules: false,
      sites: { linkedin: true, x: false, facebook: false },
    });
  });
  it('does not overwrite an existing file it was not told to', () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      writeFileSync('thinktwice.json', 'keep me');
      const r = run(PACK, '--target', 'linux');
      expect(r.code).toBe(2);
      expect(readFileSync('thinktwice.json', 'utf8')).toBe('keep me');
    } finally {
      process.chdir(cwd);
    }
  });
});

// Each case spawns Node + tsx: on a loaded machine that takes more than the default 5 s.
describe('through the real binary', { timeout: 60_000 }, () => {
  const bin = path.resolve(here, '../../bin/thinktwice.js');
  it('`thinktwice policy` is a command and writes to stdout', () => {
    const r = spawnSync(process.execPath, [bin, 'policy', PACK, '--target', 'firefox', '--out', '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout).policies['3rdparty'].Extensions)).toHaveLength(1);
  });
  it('exits 2 on an invalid pack', () => {
    const r = spawnSync(process.execPath, [bin, 'policy', file('c.json', '{"id":"x"}'), '--target', 'linux', '--out', '-'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\$\.name: is required/);
  });
});
