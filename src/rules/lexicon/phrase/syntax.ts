// The phrase pattern language, parsed into a small tree. One syntax for the
// built-in lexicons and for admins' `phrase` rules:
//
//   word        a word form, matched on the folded text ("namens", "i'll" = i + ll)
//   werk*       any word starting with "werk" (at least three letters before the *)
//   #ad         the word written as a hashtag
//   {name}      a word class ({pron-1}, {group}, {violent-verb}) or a pack list ({org}, {client})
//   (a|b c|)    alternatives; an empty alternative makes the group optional
//   x?          x may be left out
//   _           any one word
//   ~4          up to four words of any kind (a bounded gap)
//   ^  $        start / end of a sentence
//   !x          one word that is not x (a word, a class or a group of single words)
//   [ ... ]     the part of the match that is reported (default: all of it)
//
// Errors carry the column, so `pack validate` can point at the character.

export type Node =
  | { t: 'word'; w: string; tag?: boolean }
  | { t: 'prefix'; p: string }
  | { t: 'class'; name: string; at: number }
  | { t: 'not'; of: Node }
  | { t: 'any' }
  | { t: 'gap'; max: number }
  | { t: 'bos' }
  | { t: 'eos' }
  | { t: 'alt'; alts: Node[][] }
  | { t: 'opt'; of: Node }
  | { t: 'mark'; seq: Node[] };

export class PhraseError extends Error {
  constructor(
    message: string,
    /** 0-based column in the pattern. */
    readonly column: number,
  ) {
    super(message);
  }
}

/** The longest gap one `~N` may span; longer gaps would join unrelated parts of a sentence. */
export const MAX_GAP = 8;

const SPECIAL = '()|[]{}~^$!?_#';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n';

/** Folds a literal and splits it where the post's tokeniser splits words ("i'll" → i, ll). */
export type WordSplitter = (literal: string) => string[];

export function parse(pattern: string, split: WordSplitter): Node[] {
  let i = 0;
  let marks = 0;
  const fail = (message: string, at = i): never => {
    throw new PhraseError(message, at);
  };
  const skip = () => {
    while (i < pattern.length && isSpace(pattern[i]!)) i++;
  };

  function literal(): string {
    const from = i;
    while (i < pattern.length && !isSpace(pattern[i]!) && !SPECIAL.includes(pattern[i]!)) i++;
    return pattern.slice(from, i);
  }

  function wordNodes(raw: string, at: number, tag: boolean): Node[] {
    if (raw.endsWith('*')) {
      const stem = split(raw.slice(0, -1));
      if (stem.length !== 1 || stem[0]!.length < 3 || raw.slice(0, -1).includes('*'))
        fail(`"${raw}": a word with * needs at least three letters before the * and no other * (e.g. "werk*")`, at);
      return [{ t: 'prefix', p: stem[0]! }];
    }
    if (raw.includes('*')) fail(`"${raw}": * may only end a word (e.g. "werk*")`, at);
    const words = split(raw);
    if (words.length === 0) fail(`"${raw}" has no letters or digits`, at);
    return words.map((w, k) => ({ t: 'word', w, ...(tag && k === 0 ? { tag: true } : {}) }) as Node);
  }

  /** One element, or several for a literal that splits into words. */
  function element(): Node[] {
    const at = i;
    const c = pattern[i]!;
    let nodes: Node[];
    if (c === '(') {
      i++;
      nodes = [group()];
    } else if (c === '[') {
      if (++marks > 1) fail('only one [ ... ] may mark the reported part');
      i++;
      const seq = sequence(']');
      if (pattern[i] !== ']') fail('"[" is not closed with "]"', at);
      i++;
      if (seq.length === 0) fail('"[ ]" marks nothing', at);
      return [{ t: 'mark', seq }];
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) fail('"{" is not closed with "}"');
      const name = pattern.slice(i + 1, end).trim();
      if (!/^[A-Za-z][\w-]*$/.test(name)) fail(`"{${name}}" is not a class name`);
      i = end + 1;
      nodes = [{ t: 'class', name, at }];
    } else if (c === '~') {
      i++;
      const m = /^\d+/.exec(pattern.slice(i));
      if (!m) fail('"~" needs the most words it may skip, e.g. "~3"', at);
      const max = Number(m![0]);
      i += m![0].length;
      if (max < 1 || max > MAX_GAP) fail(`"~${max}": a gap may skip 1 to ${MAX_GAP} words`, at);
      return [{ t: 'gap', max }];
    } else if (c === '_') {
      i++;
      nodes = [{ t: 'any' }];
    } else if (c === '^' || c === '$') {
      i++;
      return [{ t: c === '^' ? 'bos' : 'eos' }];
    } else if (c === '!') {
      i++;
      const inner = element();
      const single = (n: Node): boolean =>
        n.t === 'word' || n.t === 'prefix' || n.t === 'class' || (n.t === 'alt' && n.alts.every((a) => a.length === 1 && single(a[0]!)));
      if (inner.length !== 1 || !single(inner[0]!) || (inner[0]!.t === 'alt' && inner[0]!.alts.some((a) => a.length === 0)))
        fail('"!" must be followed by one word, one {class} or a group of single words, e.g. "!(niet|geen)"', at);
      nodes = [{ t: 'not', of: inner[0]! }];
    } else if (c === '#') {
      i++;
      const raw = literal();
      if (!raw) fail('"#" must be followed by a word, e.g. "#ad"', at);
      nodes = wordNodes(raw, at, true);
    } else if (c === ')' || c === '|' || c === ']' || c === '}' || c === '?') {
      return fail(`unexpected "${c}"`);
    } else {
      nodes = wordNodes(literal(), at, false);
    }
    if (pattern[i] === '?') {
      i++;
      const inner: Node = nodes.length === 1 ? nodes[0]! : { t: 'alt', alts: [nodes] };
      return [{ t: 'opt', of: inner }];
    }
    return nodes;
  }

  function group(): Node {
    const at = i - 1;
    const alts: Node[][] = [];
    for (;;) {
      alts.push(sequence('|)'));
      if (pattern[i] === '|') i++;
      else if (pattern[i] === ')') {
        i++;
        break;
      } else fail('"(" is not closed with ")"', at);
    }
    const empty = alts.filter((a) => a.length === 0).length;
    const full = alts.filter((a) => a.length > 0);
    if (full.length === 0) fail('"()" has nothing to match', at);
    const node: Node = { t: 'alt', alts: full };
    return empty > 0 ? { t: 'opt', of: node } : node;
  }

  function sequence(stops: string): Node[] {
    const out: Node[] = [];
    for (;;) {
      skip();
      if (i >= pattern.length || stops.includes(pattern[i]!)) return out;
      out.push(...element());
    }
  }

  const seq = sequence('');
  if (i < pattern.length) fail(`unexpected "${pattern[i]}"`);
  return seq;
}
