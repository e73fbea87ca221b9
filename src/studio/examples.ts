// The admin's own example posts with the outcome they expect, scored one by one exactly as
// `thinktwice eval` scores a corpus (src/cli/score.ts): a post passes when it has no miss
// and no false alarm.
import { score } from '../cli/score.ts';
import type { Linter } from '../rules/lint.ts';
import type { Category, Finding } from '../rules/types.ts';

export interface Example {
  id: string;
  text: string;
  /** The category the post should be flagged for, or "clean". */
  expect: Category | 'clean';
  /** The words that should be underlined; empty: anywhere in the post. */
  words: string;
}

export interface ExampleResult {
  id: string;
  pass: boolean;
  findings: Finding[];
  /** eval's MISS / FALSE lines for this post. */
  errors: string[];
}

export function runExamples(linter: Linter, examples: readonly Example[]): ExampleResult[] {
  return examples.map((ex) => {
    const findings = linter.lint(ex.text);
    let match: string | null = null;
    if (ex.expect !== 'clean') {
      const words = ex.words.trim();
      // Without words, any finding of the category stands for the expected one (eval needs a span for span categories).
      match = words && ex.text.includes(words) ? words : (findings.find((f) => f.category === ex.expect)?.text ?? (words || null));
      if (match !== null && !ex.text.includes(match)) match = null;
    }
    const cases = [{ id: ex.id, text: ex.text, expect: ex.expect === 'clean' ? [] : [{ category: ex.expect, match }] }];
    const { errors } = score(cases, new Map([[ex.id, findings]]));
    return { id: ex.id, pass: errors.length === 0, findings, errors };
  });
}
