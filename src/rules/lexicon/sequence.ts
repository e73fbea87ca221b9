// Phrase patterns ("(ik|dan) maak (je|hem) (helemaal|) af") matched word by word
// over the skeleton's tokens. Expanding every pattern into plain phrases for the
// trie took ~30,000 phrases and a quarter second to compile; slots keep compile
// time near zero and cost one Map lookup per word of the post.
import type { Skeleton } from './skeleton.ts';
import type { LexEntry } from './types.ts';

type Slot = string[][]; // alternatives, each a word sequence; [] = may be left out

interface Pattern {
  entry: LexEntry;
  slots: Slot[];
}

export interface SequenceMatch {
  entry: LexEntry;
  first: number;
  last: number;
}

/** Words of a phrase as the skeleton tokenises them ("i'll" → i, ll). */
const words = (s: string): string[] => s.replace(/['’]/g, ' ').split(/\s+/).filter(Boolean);

export function compileSequences(entries: readonly LexEntry[]): (sk: Skeleton) => SequenceMatch[] {
  // Keyed first by first letter and length (no string made for most words of a post),
  // then by the exact first word of each alternative of the first group.
  const key = (w: string) => w.charCodeAt(0) * 64 + Math.min(w.length, 63);
  const byFirst = new Map<number, Map<string, { pattern: Pattern; alt: string[] }[]>>();
  for (const entry of entries) {
    const slots: Slot[] = [];
    for (const m of entry.term.matchAll(/\(([^()]*)\)|[^\s()]+/g)) {
      const alts = m[1] !== undefined ? m[1].split('|').map(words) : [words(m[0])];
      // Longest alternative first: the match covers as much of the phrase as it can.
      slots.push(alts.sort((a, b) => b.length - a.length));
    }
    if (slots[0]!.some((a) => a.length === 0)) throw new Error(`phrase pattern may not start with an optional group: ${entry.term}`);
    const pattern = { entry, slots };
    for (const alt of slots[0]!) {
      const k = key(alt[0]!);
      const words = byFirst.get(k) ?? new Map<string, { pattern: Pattern; alt: string[] }[]>();
      byFirst.set(k, words);
      words.set(alt[0]!, [...(words.get(alt[0]!) ?? []), { pattern, alt }]);
    }
  }

  return (sk) => {
    const out: SequenceMatch[] = [];
    const text = sk.folded.text;
    for (let i = 0; i < sk.count; i++) {
      const s = sk.ts[i]!;
      const byWord = byFirst.get(text.charCodeAt(s) * 64 + Math.min(sk.te[i]! - s, 63));
      const starts = byWord?.get(text.slice(s, sk.te[i]!));
      if (!starts) continue;
      let best: SequenceMatch | null = null;
      for (const { pattern, alt } of starts) {
        let t = i + 1;
        for (let w = 1; w < alt.length && t >= 0; w++, t++) if (t >= sk.count || !sk.wordIs(t, alt[w]!) || !sk.joined(t)) t = -2;
        const end = t >= 0 ? matchSlots(pattern.slots, 1, t) : -1;
        if (end > i && (!best || end - 1 > best.last)) best = { entry: pattern.entry, first: i, last: end - 1 };
      }
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;

    /** Token index after the slots matched from token ti, or -1. */
    function matchSlots(slots: Slot[], si: number, ti: number): number {
      if (si === slots.length) return ti;
      for (const alt of slots[si]!) {
        let t = ti;
        let ok = true;
        for (const w of alt) {
          if (t >= sk.count || !sk.wordIs(t, w) || !sk.joined(t)) {
            ok = false;
            break;
          }
          t++;
        }
        if (!ok) continue;
        const end = matchSlots(slots, si + 1, t);
        if (end >= 0) return end;
      }
      return -1;
    }
  };
}
