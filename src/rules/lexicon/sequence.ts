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

/** Gaps allowed inside a phrase: spaces, contraction apostrophes, hyphens. */
const JOIN = /^[\s'-]*$/;

export function compileSequences(entries: readonly LexEntry[]): (sk: Skeleton) => SequenceMatch[] {
  const byFirst = new Map<string, Pattern[]>();
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
      const list = byFirst.get(alt[0]!) ?? [];
      if (!list.includes(pattern)) list.push(pattern);
      byFirst.set(alt[0]!, list);
    }
  }

  return (sk) => {
    const toks = sk.tokens;
    const out: SequenceMatch[] = [];
    for (let i = 0; i < toks.length; i++) {
      const patterns = byFirst.get(toks[i]!.word);
      if (!patterns) continue;
      let best: SequenceMatch | null = null;
      for (const p of patterns) {
        const end = matchSlots(p.slots, 0, i);
        if (end > i && (!best || end - 1 > best.last)) best = { entry: p.entry, first: i, last: end - 1 };
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
          const tok = toks[t];
          if (!tok || tok.word !== w || (t > ti || si > 0 ? !JOIN.test(tok.gap) : false)) {
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
