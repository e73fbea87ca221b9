// Custom rule kind "phrase": token patterns over the words of a post, with word
// classes and the pack's lists as {client}, {org}, {confidential} — e.g.
// "namens {org}", "on behalf of {org}", "{client} ~3 (getekend|signed)".
// `unless` patterns cancel a match in the same sentence ("niet namens {org}").
import { WORD_CLASSES } from '../lexicon/classes/index.ts';
import { postTokens } from '../lexicon/index.ts';
import type { ClassDef } from '../lexicon/phrase/program.ts';
import { compilePhrases, type PhraseSet } from '../lexicon/sequence.ts';
import type { EffectivePack } from '../merge.ts';
import { defineRule, type Rule } from '../rule.ts';
import { PACK_LISTS } from '../text/pack-lists.ts';
import { packSpans } from '../text/span-index.ts';
import { type Custom, customMeta, reportCustom } from './shared.ts';

interface Data {
  phrases: PhraseSet<number>;
  unless: PhraseSet<number> | null;
  pack: EffectivePack;
}

/** Word classes and pack lists: what `{name}` may stand for in an admin's pattern. */
export const phraseClasses = (name: string): ClassDef | undefined =>
  (PACK_LISTS as readonly string[]).includes(name) ? { kind: 'span' } : name === 'orgname' ? { kind: 'span', open: true } : WORD_CLASSES[name];
export const phraseClassNames = (): string[] => [...PACK_LISTS, 'orgname', ...Object.keys(WORD_CLASSES)];

/** Compiles a rule's patterns; throws PhraseSpecError for the first bad one (pack-load reports it with its path). */
export const compileRulePhrases = (patterns: readonly string[]): PhraseSet<number> =>
  compilePhrases(
    patterns.map((pattern, i) => ({ pattern, data: i })),
    { classes: phraseClasses, known: phraseClassNames },
  );

export function phraseRule(r: Custom): Rule<Data> {
  return defineRule({
    meta: { ...customMeta(r), scope: 'post' },
    compile(pack) {
      if (!r.phrases?.length) return null;
      return { phrases: compileRulePhrases(r.phrases), unless: r.unless?.length ? compileRulePhrases(r.unless) : null, pack };
    },
    check(ctx, { phrases, unless, pack }) {
      const folded = ctx.folded();
      const tk = postTokens(ctx.text, folded);
      const spans = packSpans(pack, tk, folded, ctx.text);
      const hits = phrases.find(tk, spans);
      if (hits.length === 0) return;
      const cancel = unless ? new Set(unless.find(tk, spans).map((m) => tk.sentence(m.first))) : null;
      for (const m of hits) {
        if (cancel?.has(tk.sentence(m.first))) continue;
        reportCustom(ctx, r, [m.focusStart, m.focusEnd]);
      }
    },
  });
}
