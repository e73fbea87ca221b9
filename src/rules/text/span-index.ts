// Where the entries of a pack list sit among the words of a post, for phrase
// patterns: by the word each entry starts at (leftmost-longest, as the matcher found them).
import type { PhraseTokens } from '../lexicon/phrase/tokens.ts';
import type { SpanHit, SpanIndex, SpanLookup } from '../lexicon/sequence.ts';
import type { EffectivePack } from '../merge.ts';
import type { FoldedText } from './fold.ts';
import { orgNameSpans } from './org-name.ts';
import { mentions, type PackList } from './pack-lists.ts';

export function spanIndex(tk: PhraseTokens, hits: readonly { start: number; end: number }[]): Map<number, SpanHit> {
  const index = new Map<number, SpanHit>();
  for (const h of hits) {
    const i = tk.at(h.start);
    // An entry that starts inside a word is no word of its own.
    if (i > 0 && tk.end(i - 1) > h.start) continue;
    const j = tk.at(h.end);
    const known = index.get(i);
    if (!known || known.j < j) index.set(i, { j, a: h.start, b: h.end });
  }
  return index;
}

/** `{client}`, `{org}`, `{confidential}` of this pack (and `{orgname}`) in this post, each searched once when a pattern asks. */
export function packSpans(pack: EffectivePack, tk: PhraseTokens, folded: FoldedText, text: string): SpanLookup {
  const indexes = new Map<string, SpanIndex>();
  return (name) => {
    let index = indexes.get(name);
    if (!index && name === 'orgname') indexes.set(name, (index = orgNameSpans(tk, text)));
    if (!index) {
      // Entries that are ordinary words count only where they read as names.
      indexes.set(name, (index = spanIndex(tk, mentions(pack, name as PackList, folded, text))));
    }
    return index;
  };
}
