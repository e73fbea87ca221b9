// One word of the skeleton with the context fields the judging needs (capital,
// start of a sentence, the characters before it), computed on first use.
import { classAt } from './chars.ts';

const SENTENCE_END = '.!?\n';
const NOT_SENTENCE_END = ',;:-\'"()&/+=';

/** What the lazy token fields read from. */
export interface Source {
  t: string;
  skeleton: string;
  masked: Uint8Array | null;
  original: string;
  map: Int32Array;
}

/**
 * A word of the post as the insult rules see it. Context fields are computed on
 * first use: only the few words around a hit ever need them.
 */
export class Token {
  constructor(
    /** Skeleton offsets [s, e). */
    readonly s: number,
    readonly e: number,
    /** Letters were repeated ("IDIOOOOOT") and collapsed to one. */
    readonly collapsed: boolean,
    /** Folded offset of the word and of the end of the previous word. */
    private readonly a: number,
    private readonly prevEnd: number,
    private readonly src: Source,
  ) {}

  /** The word after undoing disguises. */
  get word(): string {
    return this.src.skeleton.slice(this.s, this.e);
  }

  /** The characters between the previous token and this one. */
  get gap(): string {
    return this.src.t.slice(this.prevEnd, this.a);
  }

  /** Original text starts with a capital letter. */
  get cap(): boolean {
    const ch = this.src.original[this.src.map[this.a]!] ?? '';
    return ch !== ch.toLowerCase();
  }

  /** First word of a sentence (or of the post): after . ! ? a newline or an emoji; not after a comma, quote or bracket. */
  get sentStart(): boolean {
    const { t, masked } = this.src;
    let b = this.a - 1;
    while (b >= 0 && (t[b] === ' ' || t[b] === '\t')) b--;
    return b < 0 || SENTENCE_END.includes(t[b]!) || (classAt(t, b) === 0 && !masked?.[b] && !NOT_SENTENCE_END.includes(t[b]!));
  }
}
