// The repository needs nothing beside it: its tracked files, copied into a folder of their
// own (no sibling folders) with node_modules linked in, run the CLI on the example pack and
// the dev corpus. A path that reaches outside the repository fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const outer = mkdtempSync(path.join(tmpdir(), 'tt-alone-'));
const copy = path.join(outer, 'think-twice');

beforeAll(() => {
  // Tracked files as they are in the working tree (a deleted one is skipped).
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(path.join(root, f))) continue;
    mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    copyFileSync(path.join(root, f), path.join(copy, f));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(outer, { recursive: true, force: true }));

/** The CLI in the copy, through its launcher, with relative paths from the copy's root. */
const cli = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, ['bin/thinktwice.js', ...args], { cwd: copy, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('a copy of the repository with nothing beside it', () => {
  it('is alone in its folder', () => {
    expect(readdirSync(outer)).toEqual(['think-twice']);
  });

  it('validates the example pack', () => {
    const r = cli(['pack', 'validate', 'examples/company.pack.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('lints a post with the example pack', () => {
    const r = cli(['lint', '-', '--pack', 'examples/company.pack.json', '--format', 'json'], 'Net de polis voor Jansen Transport rondgekregen');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { ruleId: string; text: string }) => [f.ruleId, f.text])).toEqual([['client-name', 'Jansen Transport']]);
  });

  it('scores the dev corpus', () => {
    const r = cli(['eval', 'tests/corpus/dev.jsonl', '--pack', 'examples/company.pack.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^overall\s+/m);
  });
});
