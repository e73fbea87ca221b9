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
  // Keyed by first letter and length, then compared in place with the few first words
  // of that key: no string is made for a word of the post.
  const key = (w: string) => w.charCodeAt(0) * 64 + Math.min(w.length, 63);
  const byFirst = new Map<number, { word: string; starts: { pattern: Pattern; alt: string[] }[] }[]>();
  // A flag per first two letters and length (hashed to 16 bits): most words of a post fail
  // this without a Map lookup.
  const keys = new Uint8Array(65536);
  const filterKey = (c0: number, c1: number, len: number) => (Math.imul(c0, 0x9e37) + Math.imul(c1, 0x3b) + len) & 0xffff;
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
      keys[filterKey(alt[0]!.charCodeAt(0), alt[0]!.charCodeAt(1), Math.min(alt[0]!.length, 63))] = 1;
      const words = byFirst.get(k) ?? [];
      byFirst.set(k, words);
      const same = words.find((w) => w.word === alt[0]);
      if (same) same.starts.push({ pattern, alt });
      else words.push({ word: alt[0]!, starts: [{ pattern, alt }] });
    }
  }

  return (sk) => {
    const out: SequenceMatch[] = [];
    const text = sk.folded.text;
    for (let i = 0; i < sk.count; i++) {
      const s = sk.ts[i]!;
      const len = sk.te[i]! - s;
      if (keys[filterKey(text.charCodeAt(s), len > 1 ? text.charCodeAt(s + 1) : NaN, Math.min(len, 63))] === 0) continue;
      const byWord = byFirst.get(text.charCodeAt(s) * 64 + Math.min(len, 63));
      const starts = byWord?.find((w) => w.word.length === len && text.startsWith(w.word, s))?.starts;
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
