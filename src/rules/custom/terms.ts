// Custom rule kind "terms": flag any of a list of words or phrases.
import { defineRule, type Rule } from '../rule.ts';
import type { TermMatcher } from '../text/terms.ts';
import { type Custom, customMeta, termMatcher } from './shared.ts';

export function termsRule(r: Custom): Rule<TermMatcher<string>> {
  return defineRule({
    meta: customMeta(r),
    compile: (pack) => termMatcher(r, pack),
    check(ctx, matcher) {
      for (const m of matcher.find(ctx.folded(), ctx.text)) {
        ctx.report({
          range: [m.start, m.end],
          messageId: 'custom',
          source: r.packId,
          severity: r.severity, // the rule's own choice wins over the category setting
          ...(r.suggestion !== undefined ? { fix: { replacement: r.suggestion } } : {}),
        });
      }
    },
  });
}
