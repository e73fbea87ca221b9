// A hash of a whole word, computed once per word of a post (tokens.ts) and once per listed
// word of a pattern at compile time, and bit sets of those hashes: a phrase set and a word
// test first read one bit, and only a word that passes is made into a string and looked up.
// The bit is a filter, never the answer (a Set or Map lookup still decides), so a collision
// costs a lookup, not a wrong match. Before, a set filtered on the first two letters and the
// length, which half the words of a post passed (issue #19 profile: 222 of 458 words for
// the insult phrases).

/** Hash of chars[a, b) (FNV-1a, then mixed so the low bits index a bit set). */
export function hashRange(chars: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let k = a; k < b; k++) h = Math.imul(h ^ chars.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

export const wordHash = (w: string): number => hashRange(w, 0, w.length);

/** A bit set over word hashes with at least 16 bits per word (a power of two, ≥ `min` bits). */
export function wordBits(words: Iterable<string>, min = 64): Int32Array {
  const list = [...words];
  let size = min;
  while (size < list.length * 16) size *= 2;
  const bits = new Int32Array(size >>> 5);
  for (const w of list) {
    const k = wordHash(w) & (size - 1);
    bits[k >>> 5] = bits[k >>> 5]! | (1 << (k & 31));
  }
  return bits;
}

/** Whether a word of hash `h` may be in the set of `bits`. */
export const mayHave = (bits: Int32Array, h: number): boolean => {
  const k = h & ((bits.length << 5) - 1);
  return (bits[k >>> 5]! & (1 << (k & 31))) !== 0;
};
