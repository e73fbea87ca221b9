// Where the entries of a pack list sit among the words of a post, for phrase
// patterns: by the word each entry starts at (leftmost-longest, as the matcher found them).
import type { PhraseTokens } from '../lexicon/phrase/tokens.ts';
import type { SpanHit } from '../lexicon/sequence.ts';

export function spanIndex(tk: PhraseTokens, hits: readonly { start: number; end: number }[]): Map<number, SpanHit> {
  const index = new Map<number, SpanHit>();
  for (const h of hits) {
    const i = tk.at(h.start);
    // An entry that starts inside a word is no word of its own ("@vdp" in an address is masked anyway).
    if (i > 0 && tk.end(i - 1) > h.start) continue;
    const j = tk.at(h.end);
    const known = index.get(i);
    if (!known || known.j < j) index.set(i, { j, a: h.start, b: h.end });
  }
  return index;
}
