// Biome's lint (biome.jsonc) runs in the unit suite, so every landing checks it. Among its
// rules are the architecture's boundaries: only src/platform/ touches the browser API, and
// src/rules/ (the pure core the CLI runs) imports nothing from src/ui, src/sites, src/platform,
// src/admin or src/cli.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIOME = path.join(root, 'node_modules/.bin/biome');

interface Diagnostic {
  category: string;
  severity: string;
  location?: { path?: string };
}

function lint(cwd: string, extra: string[] = []): Diagnostic[] {
  if (!existsSync(BIOME)) throw new Error(`${BIOME} is missing: run npm install (Biome is a devDependency).`);
  const r = spawnSync(BIOME, ['lint', '--reporter=json', ...extra, '.'], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.severity === 'error');
}

describe('biome lint', () => {
  it('reports no errors in the repository (npx biome lint . shows them)', () => {
    const errors = lint(root);
    expect(errors.map((d) => `${d.location?.path}: ${d.category}`)).toEqual([]);
  });

  describe('enforces the boundaries', () => {
    // A scratch tree laid out like src/, linted with the repository's biome.jsonc.
    const dir = mkdtempSync(path.join(tmpdir(), 'tt-biome-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const probes: [string, string, string | null][] = [
      ['src/rules/a.ts', "import { x } from '../ui/state.ts';\nexport const y = x;\n", 'noRestrictedImports'],
      ['src/rules/text/b.ts', "import { x } from '../../sites/index.ts';\nexport const y = x;\n", 'noRestrictedImports'],
      ['src/rules/c.ts', "import { x } from '../platform/settings.ts';\nexport const y = x;\n", 'noRestrictedImports'],
      ['src/rules/d.ts', "import { browser } from 'wxt/browser';\nexport const y = browser;\n", 'noRestrictedImports'],
      ['src/rules/policy/j.ts', "import { x } from '../../admin/index.ts';\nexport const y = x;\n", 'noRestrictedImports'],
      ['src/ui/e.ts', "import { browser } from 'wxt/browser';\nexport const y = browser;\n", 'noRestrictedImports'],
      ['src/sites/f.ts', "import browser from 'webextension-polyfill';\nexport const y = browser;\n", 'noRestrictedImports'],
      ['entrypoints/g.ts', 'export const y = chrome.runtime.id;\n', 'noRestrictedGlobals'],
      ['src/ui/h.ts', "import { x } from '../rules/index.ts';\nexport const y = x;\n", null],
      ['src/platform/i.ts', "import { browser } from 'wxt/browser';\nexport const y = [browser, chrome.runtime.id];\n", null],
    ];
    copyFileSync(path.join(root, 'biome.jsonc'), path.join(dir, 'biome.jsonc'));
    for (const [file, source] of probes) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), source);
    }
    const found = lint(dir, ['--vcs-enabled=false']);
    for (const [file, , rule] of probes) {
      it(`${file}: ${rule ?? 'allowed'}`, () => {
        const got = found.filter((d) => d.location?.path === file).map((d) => d.category.split('/').at(-1));
        expect(got).toEqual(rule ? [rule] : []);
      });
    }
  });
});
