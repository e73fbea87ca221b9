// The phrase pattern language: each construct matches what it says and nothing
// else, over folded text with disguises undone; patterns that could match
// everything or grow too big are refused with a reason and a column.
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../src/rules/lexicon/classes/index.ts';
import { postTokens } from '../../src/rules/lexicon/index.ts';
import { compilePhrases, PhraseSpecError } from '../../src/rules/lexicon/sequence.ts';
import { fold } from '../../src/rules/text/fold.ts';
import { hashRange, mayHave, wordBits, wordHash } from '../../src/rules/lexicon/phrase/word-hash.ts';

const classes = (name: string) => WORD_CLASSES[name];

/** The texts matched by one pattern in one post (its reported part). */
function matches(pattern: string, text: string): string[] {
  const set = compilePhrases([{ pattern, data: 0 }], { classes });
  return set.find(postTokens(text, fold(text)), () => new Map()).map((m) => text.slice(m.focusStart, m.focusEnd));
}

describe('phrase patterns match', () => {
  it.each([
    // [pattern, post, matched texts]
    ['ik werk bij', 'Sinds maart werk ik bij Acme. Ik werk bij Acme!', ['Ik werk bij']],
    ['ik werk bij', 'IK   WERK\nbij', []], // a newline ends the sentence
    ['ik werk bij', 'Ik wérk bij ons', ['Ik wérk bij']], // folded: diacritics and case
    ['ik werk bij', 'ik w3rk bij ons', ['ik w3rk bij']], // disguises undone
    ["i'll be there", 'I’ll be there', ['I’ll be there']],
    ['werk* bij', 'ik werkte bij Acme', ['werkte bij']],
    ['werk* bij', 'ik werk bij Acme', ['werk bij']],
    ['(ik|we) (werk|werken) bij', 'We werken bij Acme', ['We werken bij']],
    ['ik (ben|) trots', 'ik trots en ik ben trots', ['ik trots', 'ik ben trots']],
    ['ik ben? trots', 'ik trots', ['ik trots']],
    ['ik ~2 trots', 'ik ben erg trots', ['ik ben erg trots']],
    ['ik ~2 trots', 'ik ben al heel lang trots', []],
    ['ik ~3 trots', 'ik ben. Morgen trots', []], // a gap never crosses a sentence
    ['ik _ trots', 'ik ben trots', ['ik ben trots']],
    ['ik _ trots', 'ik trots', []],
    ['^ vertrouwelijk', 'Vertrouwelijk: de cijfers', ['Vertrouwelijk']],
    ['^ vertrouwelijk', 'Deel nooit vertrouwelijk materiaal', []],
    ['^ vertrouwelijk', 'Let op. Vertrouwelijk!', ['Vertrouwelijk']],
    ['^ vertrouwelijk', 'Hoera 🎉 Vertrouwelijk nieuws', ['Vertrouwelijk']],
    ['tot morgen $', 'Tot morgen! Echt', ['Tot morgen']],
    ['tot morgen $', 'tot morgen vroeg', []],
    ['{pron-1} (ga|zal) {pron-2-obj} {violent-verb}', 'Ik ga je vermoorden', ['Ik ga je vermoorden']],
    ['{pron-1} (ga|zal) {pron-2-obj} {violent-verb}', 'Ik ga je helpen', []],
    ['{pron-1} !(niet|nooit) slaan', 'ik nooit slaan, we hard slaan', ['we hard slaan']],
    ['#ad', 'Mooie actie #ad', ['ad']],
    ['#ad', 'An ad for our product', []],
    ['proud to [work for] us', 'proud to work for us', ['work for']],
    ['{Name} kiest voor ons', 'Brightwater kiest voor ons', ['Brightwater kiest voor ons']],
    ['{Name} kiest voor ons', 'men kiest voor ons', []],
    ['na {number} jaar', 'na 12 jaar bij Acme', ['na 12 jaar']],
    ['{role} bij', 'ik ben belastingadviseur bij Acme', ['belastingadviseur bij']],
    // The anchor of a pattern that starts with an open class is its first fixed word.
    ['_ _ kiest voor ons', 'nu Acme kiest voor ons', ['nu Acme kiest voor ons']],
  ])('%s in "%s"', (pattern, text, want) => {
    expect(matches(pattern, text)).toEqual(want);
  });

  it('finds the longest match from each start, leftmost first, without reusing words', () => {
    expect(matches('aap (noot|noot mies)', 'aap noot mies aap noot')).toEqual(['aap noot mies', 'aap noot']);
  });

  it('is linear: a long post with many partial matches runs in bounded steps', () => {
    const text = 'ik '.repeat(20000) + 'trots';
    const set = compilePhrases([{ pattern: 'ik ~8 ik ~8 ik ~8 trots', data: 0 }], { classes });
    const tk = postTokens(text, fold(text));
    // Every start runs at most maxLen (≤ 40) words: 20,000 starts, one match at the end.
    expect(set.find(tk, () => new Map()).length).toBe(1);
  });
});

describe('phrase patterns are refused', () => {
  it.each([
    ['', /empty/],
    ['(ik|)', /without any word/],
    ['~3', /without any word/],
    ['ik?', /without any word/],
    ['_ _', /no fixed word/],
    ['!ik trots?', /no fixed word/],
    ['de', /only very common words/],
    ['(the|a) (of|in)', /only very common words/],
    ['ik ~9 bij', /1 to 8 words/],
    ['ik ~8 a ~8 b ~8 c ~8 d ~8', /could be 45 words long/],
    ['we* trots', /three letters before the \*/],
    ['w*rk', /may only end a word/],
    ['{clinet} bij', /unknown class \{clinet\}/],
    ['(ik werk', /not closed/],
    ['ik werk)', /unexpected "\)"/],
    ['[ik] [werk]', /only one \[/],
    ['!(ik werk|we)', /one word/],
  ])('%s', (pattern, reason) => {
    let error: unknown;
    try {
      compilePhrases([{ pattern, data: 0 }], { classes, known: () => Object.keys(WORD_CLASSES) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PhraseSpecError);
    expect((error as PhraseSpecError).reason).toMatch(reason);
  });

  it('says which pattern and which column', () => {
    try {
      compilePhrases([{ pattern: 'ok dan', data: 0 }, { pattern: 'namens {orgg}', data: 1 }], { classes, known: () => ['org', 'client'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PhraseSpecError);
      expect((e as PhraseSpecError).index).toBe(1);
      expect((e as PhraseSpecError).column).toBe(7);
      expect((e as PhraseSpecError).reason).toMatch(/did you mean \{org\}/);
    }
  });
});

// The word-hash filter (phrase/word-hash.ts) only skips lookups: a listed word always passes it,
// whether hashed alone or as a slice of a post, and stems start a search however many share
// their first three letters.
describe('the word filter before a lookup', () => {
  it('lets every listed word through, alone or inside a post', () => {
    const words = ['de', 'idioot', 'klootzak', 'ä', 'x', 'werkgever', 'stom', 'wij'];
    for (const size of [1, 8, 300]) {
      const list = [...words, ...Array.from({ length: size }, (_, k) => `w${k}`)];
      const bits = wordBits(list);
      const post = ` ${list.join(' ')} `;
      let at = 1;
      for (const w of list) {
        expect(mayHave(bits, wordHash(w))).toBe(true);
        expect(hashRange(post, at, at + w.length)).toBe(wordHash(w));
        at += w.length + 1;
      }
    }
  });

  it('keeps stems that share their first three letters, and words that share two letters and a length', () => {
    expect(matches('(kloot*|klootz*) zak', 'een klootzakje zak')).toEqual(['klootzakje zak']);
    expect(matches('(stom|stad|stip) idioot', 'stip idioot, stom idioot')).toEqual(['stip idioot', 'stom idioot']);
  });
});
