// Language of a post, restricted to the languages the packs cover: unrestricted
// franc got 21/40 short NL/EN posts right, restricted 37/40 (design notes).
import { franc } from 'franc';
import type { Lang } from '../types.ts';

const ISO3: Record<Lang, string> = { nl: 'nld', en: 'eng' };

/** Below this many letters franc answers "und" or guesses; use the fallback. */
const MIN_LETTERS = 20;

export function detectLang(text: string, languages: readonly Lang[], fallback: Lang): Lang {
  if (languages.length === 1) return languages[0]!;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let letters = 0;
  for (const ch of sample) if (/\p{L}/u.test(ch) && ++letters >= MIN_LETTERS) break;
  if (letters < MIN_LETTERS) return fallback;
  const code = franc(sample, { only: languages.map((l) => ISO3[l]), minLength: 1 });
  const hit = (Object.keys(ISO3) as Lang[]).find((l) => ISO3[l] === code);
  return hit ?? fallback;
}
