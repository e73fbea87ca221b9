// Custom rule kind "terms": flag any of a list of words or phrases.
import { defineRule, type Rule } from '../rule.ts';
import type { TermMatcher } from '../text/terms.ts';
import { type Custom, customMeta, reportCustom, termMatcher } from './shared.ts';

export function termsRule(r: Custom): Rule<TermMatcher<string>> {
  return defineRule({
    meta: customMeta(r),
    compile: (pack) => termMatcher(r, pack),
    check(ctx, matcher) {
      for (const m of matcher.find(ctx.folded(), ctx.text)) {
        reportCustom(ctx, r, [m.start, m.end]);
      }
    },
  });
}
