// Disguised words are found, and the finding underlines exactly what was typed
// (UTF-16 offsets into the original, also after emoji and look-alike letters).
import { describe, expect, it } from 'vitest';
import { insults } from './insult-support.ts';

describe('disguises', () => {
  const table: [string, string, string][] = [
    // [kind of disguise, post, flagged text]
    ['spaced letters', 'Die buurman is echt een k l o o t z a k, elke nacht herrie', 'k l o o t z a k'],
    ['spaced capitals', 'I swear if this printer jams one more time... F U C K.', 'F U C K'],
    ['dotted letters', 'Whoever nicked the tin is a s.c.u.m.b.a.g. Shame.', 's.c.u.m.b.a.g'],
    ['spaced letters after an article', 'What a s h i t h e a d', 's h i t h e a d'],
    ['asterisk in an English compound', 'what a sh*tface', 'sh*tface'],
    ['spaced curse + op', 't y f u s op met je spam', 't y f u s op'],
    ['dashed letters', 'wat een i-d-i-o-o-t', 'i-d-i-o-o-t'],
    ['digits for letters', 'wat een kl00tzak', 'kl00tzak'],
    ['digits for letters', 'anyone still using Excel is a r3tard', 'r3tard'],
    ['digit in the middle', "you're a stupid b1tch", 'stupid b1tch'],
    ['digits and a vowel', 'die vieze h03r', 'vieze h03r'],
    ['@ for a', 'Wat een k@nkerdag weer.', 'k@nkerdag'],
    ['@ for a', 'look at this f@ggot in pink', 'f@ggot'],
    ['$ for s', 'what an @$$hole', '@$$hole'],
    ['repeated letters', 'IDIOOOOOT!!', 'IDIOOOOOT'],
    ['repeated letters', 'that referee is a waaaaanker 😂', 'waaaaanker'],
    ['repeated letters', 'Vuile kkkankerrrlijer 😡', 'kkkankerrrlijer'],
    ['repeated letters', 'fuuuuuck this', 'fuuuuuck'],
    ['one asterisk', 'f*cking hell, again', 'f*cking'],
    ['three asterisks', 'a complete f***ing moron', 'complete f***ing moron'],
    ['asterisk in a short curse', 'wat k*t zeg', 'k*t'],
    ['asterisk in a compound', 'Die k*tmarokkanen van het plein', 'k*tmarokkanen'],
    ['hyphenated curse compound', 'wat een kanker-dag', 'kanker-dag'],
    ['Cyrillic look-alikes', 'wat een kаnkerlijer', 'kаnkerlijer'],
    ['Greek look-alike', 'you absolute ιdiot', 'absolute ιdiot'],
    ['accents', 'wat een ídíóót', 'ídíóót'],
    ['hashtag', 'weer file #kankerzooi', '#kankerzooi'],
    ['capitals', 'TERINGZOOI DIT', 'TERINGZOOI'],
    ['after emoji', '🤬🤬 stelletje kankerlijers', 'kankerlijers'],
    ['compound head', 'allemaal randdebielen daar', 'randdebielen'],
    ['compound head "lul", plural', 'Die paardelullen van de gemeente weer', 'paardelullen'],
    ['digits in a compound head', 'Wat een b0erelul', 'b0erelul'],
    ['spaced letters of a compound', 'wat een p a a r d e l u l', 'p a a r d e l u l'],
    ['diminutive plural', 'Die droogklootjes van hiernaast', 'droogklootjes'],
    ['middle finger with a skin tone', 'Maandag 🖕🏽 en de rest van de week ook', '🖕🏽'],
    ['two insults, one span', 'Die minister is gewoon een achterlijke debiel, punt.', 'achterlijke debiel'],
    ['intensifiers before a noun', 'Die dikke vette zeug van de overkant', 'dikke vette zeug'],
  ];
  it.each(table)('%s: %s', (_, text, flagged) => {
    expect(insults(text).map((f) => f.text)).toEqual([flagged]);
  });
});

describe('disguises do not glue innocent words together', () => {
  it.each([
    'Plan A, B of C: ik kies B.',
    'Stap 1 t/m 3 zijn klaar.',
    'Ctrl + Alt + Del werkt niet',
    'M.i. is dit een goed plan, d.w.z. voor nu.',
    'Mail me op k.lul@bedrijf.nl of bel',
    'Zie https://example.com/kanker-onderzoek voor meer',
    '@kutjes_account reageerde',
    'Score: 4-3-3 formatie',
    '*belangrijk* lees dit even',
    'De A-4 en de A-12 staan vast',
  ])('%s', (text) => {
    expect(insults(text).map((f) => f.text)).toEqual([]);
  });
});

describe('spans map back to the original text', () => {
  it.each([
    ['🚒🚒 Die klootzakken 🚒', 'klootzakken'],
    ['Straße en dan die kl00tzak', 'kl00tzak'],
    ['ß ß ß F U C K ß', 'F U C K'],
  ])('%s', (text, flagged) => {
    const [f] = insults(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(flagged);
    expect(f!.text).toBe(flagged);
  });
});
