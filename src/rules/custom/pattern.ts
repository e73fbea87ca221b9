// Custom rule kind "pattern": matches of an RE2 regular expression (linear time, so
// an admin's pattern can never freeze the browser).
import { RE2JS } from 're2js';
import type { EffectivePack } from '../merge.ts';
import { defineRule, type Rule } from '../rule.ts';
import { type Custom, customMeta, reportCustom } from './shared.ts';

/** Compile an admin's pattern; throws RE2JS's syntax error for invalid ones (pack-load reports it). */
export const compilePattern = (pattern: string, caseSensitive = false): RE2JS =>
  RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);

export function patternRule(r: Custom): Rule<RE2JS> {
  return defineRule({
    meta: { ...customMeta(r), scope: 'post' },
    compile: (_pack: EffectivePack) => (r.pattern ? compilePattern(r.pattern, r.caseSensitive) : null),
    check(ctx, re) {
      const m = re.matcher(ctx.text);
      let guard = 0;
      while (m.find() && guard++ < 1000) {
        if (m.end() === m.start()) continue; // an empty match flags nothing
        reportCustom(ctx, r, [m.start(), m.end()]);
      }
    },
  });
}
