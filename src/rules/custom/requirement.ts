// Custom rule kind "requirement": when the terms (or the pattern) occur, one of the
// `require` phrases must occur too; otherwise the first mention is flagged once.
import type { RE2JS } from 're2js';
import { defineRule, type Rule } from '../rule.ts';
import type { TermMatcher } from '../text/terms.ts';
import { compilePattern } from './pattern.ts';
import { appendFix, type Custom, customMeta, reportCustom, phraseMatcher, termMatcher } from './shared.ts';

interface Data {
  when: TermMatcher<string> | null;
  pattern: RE2JS | null;
  require: TermMatcher<string> | null;
}

export function requirementRule(r: Custom): Rule<Data> {
  return defineRule({
    meta: { ...customMeta(r), scope: 'post' },
    compile(pack) {
      const when = termMatcher(r, pack);
      const pattern = r.pattern ? compilePattern(r.pattern, r.caseSensitive) : null;
      return when || pattern ? { when, pattern, require: phraseMatcher(r.require ?? []) } : null;
    },
    check(ctx, { when, pattern, require }) {
      const folded = ctx.folded();
      let first: [number, number] | null = null;
      const hit = when?.find(folded, ctx.text)[0];
      if (hit) first = [hit.start, hit.end];
      if (pattern) {
        // The first match that has text: an empty one would make every post need the requirement.
        const m = pattern.matcher(ctx.text);
        for (let i = 0; i < 1000 && m.find(); i++)
          if (m.end() > m.start()) {
            if (!first || m.start() < first[0]) first = [m.start(), m.end()];
            break;
          }
      }
      if (!first) return;
      if (require && require.find(folded, ctx.text).length > 0) return;
      reportCustom(ctx, r, first, r.suggestion ? appendFix(ctx.text, r.suggestion) : undefined);
    },
  });
}
