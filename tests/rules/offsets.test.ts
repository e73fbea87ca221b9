// Property check with a fixed seed: on odd input (expanding folds, lone surrogates,
// combining marks, emoji) every finding's span lies inside the post and `text` is that slice.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { COMPANY_PACK } from './rule-tester.ts';

const PIECES = ['a', 'B', ' ', '\n', '-', '#', '@', "'", '’', '&', '.', ',', 'ß', 'é', '🚛', '\u0301', 'Jansen', 'Transport', 'klant', 'onze',
  'Van', 'Dijk', 'Partners', 'VDP', 'NDA', 'B.V.', 'project', 'Noordster', '(', ':', 'İ', '\ud800', 'ﷺ', 'ＮＯＶＡＣＨＥＭ', 'polis',
  // Letters in disguise (fold maps them to plain ones) and invisible characters (fold drops them).
  '𝐉𝐚𝐧𝐬𝐞𝐧', '𝐓𝐫𝐚𝐧𝐬𝐩𝐨𝐫𝐭', 'ᴛʀᴀɴsᴘᴏʀᴛ', '🅹', '⒥', '\ufe0f', '\u{E0041}', '\u{E0100}', '🇳🇱'];

describe('finding offsets on generated posts', () => {
  // 2,000 posts take ~4 s on an idle machine: a shared CI machine needs more than the default 5 s.
  it('stay inside the post and match the reported text (2,000 posts)', { timeout: 60_000 }, () => {
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
  });

  it('a client written in mathematical bold is found, and the span covers exactly what was typed', () => {
    const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
    const post = 'Net de polis voor 𝐉𝐚𝐧𝐬𝐞𝐧 𝐓𝐫𝐚𝐧𝐬𝐩𝐨𝐫𝐭 rond 🎉';
    const f = linter.lint(post).find((x) => x.ruleId === 'client-name');
    expect(f?.text).toBe('𝐉𝐚𝐧𝐬𝐞𝐧 𝐓𝐫𝐚𝐧𝐬𝐩𝐨𝐫𝐭');
    expect(f?.severity).toBe('block');
  });

  it('variation selectors and tag characters inside a name do not hide it', () => {
    const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
    for (const post of ['Bij Jan\ufe0fsen Trans\u{E0041}port vandaag.', 'Bij ᴊᴀɴsᴇɴ ᴛʀᴀɴsᴘᴏʀᴛ vandaag.', 'Bij 🅹🅰🅽🆂🅴🅽 Transport vandaag.']) {
      const f = linter.lint(post).find((x) => x.ruleId === 'client-name');
      expect(f?.text, post).toBe(post.slice(4, post.lastIndexOf(' vandaag')));
    }
  });
});
