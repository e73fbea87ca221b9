// Realistic posts of an exact length: labelled corpus posts (Dutch and English, with their
// insults, IBANs, client names and clean text) joined in order, with a sentence naming a pack
// client every few posts, cut at the exact length.
import { existsSync, readFileSync } from 'node:fs';

export function loadCorpus(path: string): string[] {
  if (!existsSync(path)) {
    throw new Error(`The corpus is missing: expected ${path}.`);
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const texts = lines.map((line, i) => {
    try {
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== 'string') throw new Error('no "text" string');
      return text;
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not a corpus case (${(e as Error).message})`);
    }
  });
  if (texts.length === 0) throw new Error(`${path}: no posts`);
  return texts;
}

const MENTIONS = [
  (n: string) => `Mooi gesprek vandaag met ${n} over hun nieuwe pand.`,
  (n: string) => `Great to catch up with the team at ${n} this week.`,
  (n: string) => `Felicitaties aan ${n} met het 25-jarig jubileum!`,
];

/** A post of exactly `chars` UTF-16 code units; `names` are mentioned in turn, one per three posts. */
export function makePost(corpus: readonly string[], chars: number, names: readonly string[]): string {
  const parts: string[] = [];
  let length = 0;
  const add = (part: string) => {
    length += (parts.length > 0 ? 2 : 0) + part.length;
    parts.push(part);
  };
  for (let i = 0; length < chars; i++) {
    if (names.length > 0 && i % 3 === 0) {
      const k = i / 3;
      add(MENTIONS[k % MENTIONS.length]!(names[k % names.length]!));
    }
    add(corpus[i % corpus.length]!);
  }
  let post = parts.join('\n\n').slice(0, chars);
  // Never end inside a surrogate pair (an emoji cut in half is not text anyone types).
  if (/[\uD800-\uDBFF]$/.test(post)) post = `${post.slice(0, -1)} `;
  return post;
}
