// Insult words mentioned, not used (src/rules/text/mentioned.ts): the title of a book, film or
// song, a historical epithet, a threat quoted in a court report. The same words aimed at
// someone, or quoted without such a context, are still flagged. From the 2026-12 prose probe.
import { describe, expect, it } from 'vitest';
import { insults } from './insult-support.ts';

describe('titles, epithets and court reports stay quiet', () => {
  it.each([
    "Dostojevski's 'De idioot' gaat over vorst Mysjkin, een goedhartige man.",
    "Dostoevsky's 'The Idiot' follows Prince Myshkin through St Petersburg.",
    "'Idiot Wind' is one of the angriest songs Dylan ever recorded.",
    "'Stupid Cupid' by Connie Francis was a hit in 1958.",
    'Het boek “De idioot” staat al jaren op mijn leeslijst.',
    'William the Conqueror was known in his lifetime as William the Bastard.',
    "De rechter vond de uitspraak 'ik maak je af' in de context van een voetbalwedstrijd niet serieus bedoeld.",
    // A title without quotes, a word named as a word.
    "I'm finally reading The Idiot by Dostoevsky.",
    'The idiot savant is an outdated term for savant syndrome.',
    'Cholera, in de volksmond klere, eiste in 1866 duizenden levens.',
  ])('%s', (text) => {
    expect(insults(text).map((f) => f.text)).toEqual([]);
  });
});

describe('the same words, used, are flagged', () => {
  it.each([
    ["He called me an 'idiot' in front of the whole team.", 'idiot'],
    ['Wat een idioot, die nieuwe manager.', 'idioot'],
    ["'Idioot!' riep hij naar de scheidsrechter.", 'Idioot'],
    ['Tom the Idiot forgot the keys again.', 'Idiot'],
    ['You absolute bastard, you took my parking spot.', 'bastard'],
    ['Reading your email, you idiot, made my day worse.', 'idiot'],
    ['Krijg de klere, jij.', 'klere'],
  ])('%s', (text, word) => {
    expect(insults(text).some((f) => f.text.includes(word))).toBe(true);
  });
});
