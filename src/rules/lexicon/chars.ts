// Character classes the insult scan works with, cached per UTF-16 unit: a regex
// test per character is too slow for 60,000-character posts.

// 0 other, 1 letter, 2 digit or leet symbol.
export const CLASS = new Int8Array(65536).fill(-1);
export function classAt(t: string, i: number): number {
  const code = t.charCodeAt(i);
  let k = CLASS[code]!;
  if (k < 0) {
    const c = String.fromCharCode(code);
    k = /\p{L}/u.test(c) ? 1 : /[\p{N}@$*!|€]/u.test(c) ? 2 : 0;
    CLASS[code] = k;
  }
  return k;
}
