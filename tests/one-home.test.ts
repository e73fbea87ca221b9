// Facts that were once written in several places and had started to disagree now live in
// one file each. Each fact has a fingerprint; this fails when the fingerprint turns up in
// code anywhere else, so a second copy is caught when it is added, not when it drifts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx', '*.mjs', '*.js'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.startsWith('tests/corpus/') && f !== 'tests/one-home.test.ts');

/** The code of a file without its comments (a comment may name the fact it points to). */
const code = (file: string) =>
  readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** `tests`: the home's own table test, which names the fact's values as examples. */
const FACTS: { fact: string; home: string; tests?: string; fingerprint: RegExp }[] = [
  {
    fact: 'the legal forms after a company name (B.V., Ltd, GmbH, …)',
    home: 'src/rules/text/legal-forms.ts',
    tests: 'tests/rules/legal-forms.test.ts',
    fingerprint: /\bltd\b.*(?:gmbh|\bplc\b|\bllc\b)/i,
  },
  {
    fact: 'the shape of a problem at a JSON path ({ path, message })',
    home: 'src/rules/schema/dsl.ts',
    fingerprint: /\bpath\??: string;\s*(?:\/\*\*[^*]*\*\/\s*)?message\??: string\b/,
  },
  {
    fact: 'percentiles of timing samples',
    home: 'bench/stats.ts',
    fingerprint: /(?:function\s+|const\s+)(?:percentile|quantile|median|p95|p50)\s*[=(<]|Math\.(?:ceil|floor|round)\(\s*(?:\w+\s*\*\s*[\w.]+\.length|[\w.]+\.length\s*\*\s*[\w.]+)\s*\)/,
  },
];

describe('one home per fact', () => {
  for (const { fact, home, tests, fingerprint } of FACTS) {
    it(`${fact}: only in ${home}`, () => {
      const found = files.filter((f) => f !== tests && fingerprint.test(code(f)));
      expect(found).toEqual([home]);
    });
  }
});
