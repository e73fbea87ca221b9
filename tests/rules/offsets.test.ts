// Property check with a fixed seed: on odd input (expanding folds, lone surrogates,
// combining marks, emoji) every finding's span lies inside the post and `text` is that slice.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { COMPANY_PACK } from './rule-tester.ts';

const PIECES = ['a', 'B', ' ', '\n', '-', '#', '@', "'", '’', '&', '.', ',', 'ß', 'é', '🚛', '\u0301', 'Jansen', 'Transport', 'klant', 'onze',
  'Van', 'Dijk', 'Partners', 'VDP', 'NDA', 'B.V.', 'project', 'Noordster', '(', ':', 'İ', '\ud800', 'ﷺ', 'ＮＯＶＡＣＨＥＭ', 'polis'];

describe('finding offsets on generated posts', () => {
  it('stay inside the post and match the reported text (2,000 posts)', () => {
    const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let findings = 0;
    for (let i = 0; i < 2000; i++) {
      let post = '';
      for (let k = Math.floor(rnd() * 40); k > 0; k--) post += PIECES[Math.floor(rnd() * PIECES.length)];
      for (const f of linter.lint(post)) {
        findings++;
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(post.length);
        expect(f.start).toBeLessThanOrEqual(f.end);
        expect(f.text).toBe(post.slice(f.start, f.end));
      }
    }
    expect(findings).toBeGreaterThan(100);
    // This checks offsets, not speed (the bench does): 2,000 lints take 2–6 s on a busy 2-CPU machine.
  }, 30_000);
});
