// Custom rule kind "cooccurrence": a primary term (e.g. a client) flagged only when
// a supporting word ("polis", "afgesloten", "contract") occurs within `window` words.
import { defineRule, type Rule } from '../rule.ts';
import { isWordCode, type TermMatcher } from '../text/terms.ts';
import { type Custom, customMeta, phraseMatcher, reportCustom, termMatcher } from './shared.ts';

interface Data {
  primary: TermMatcher<string>;
  near: TermMatcher<string>;
  window: number;
}

export function cooccurrenceRule(r: Custom): Rule<Data> {
  return defineRule({
    meta: { ...customMeta(r), scope: 'post' },
    compile(pack) {
      const primary = termMatcher(r, pack);
      const near = phraseMatcher(r.near ?? []);
      return primary && near ? { primary, near, window: r.window ?? 8 } : null;
    },
    check(ctx, { primary, near, window }) {
      const folded = ctx.folded();
      const hits = primary.find(folded, ctx.text);
      if (hits.length === 0) return;
      const support = near.find(folded, ctx.text);
      if (support.length === 0) return;
      // Word number of each folded offset, counted once per post.
      const t = folded.text;
      const wordAt = new Int32Array(t.length + 1);
      let words = 0;
      for (let i = 0; i < t.length; i++) {
        if (isWordCode(t.charCodeAt(i)) && (i === 0 || !isWordCode(t.charCodeAt(i - 1)))) words++;
        wordAt[i] = words;
      }
      wordAt[t.length] = words;
      for (const h of hits) {
        const close = support.some((s) => {
          const gap = s.fstart >= h.fend ? wordAt[s.fstart]! - wordAt[h.fend - 1]! : wordAt[h.fstart]! - wordAt[s.fend - 1]!;
          return gap <= window;
        });
        if (close) reportCustom(ctx, r, [h.start, h.end]);
      }
    },
  });
}
