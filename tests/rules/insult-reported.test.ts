// Offensive words the author does not aim at anyone (src/rules/lexicon/reported.ts): names the
// author calls themselves, and someone else's words quoted in order to condemn them. Each quiet
// row has a flagged twin, so the signals cannot hide real attacks.
import { describe, expect, it } from 'vitest';
import { insults } from './insult-support.ts';

describe('the author calling themselves names stays quiet', () => {
  it.each([
    'Wat ben ik toch een sukkel, laptoplader thuis laten liggen',
    'Ik ben echt een oen, verkeerde vergaderzaal',
    "I'm such an idiot, left my badge at home on audit day",
    'I am a complete muppet today, sent the deck to the wrong client',
  ])('%s', (s) => expect(insults(s).map((f) => f.text)).toEqual([]));
});

describe('the same words aimed at someone else are flagged', () => {
  it.each([
    'Wat ben jij toch een sukkel, laptoplader thuis laten liggen',
    'Hij is echt een oen, verkeerde vergaderzaal',
    "You're such an idiot, left your badge at home on audit day",
    'Ik ben klaar met die sukkel van de planning',
  ])('%s', (s) => expect(insults(s).length).toBeGreaterThan(0));
});

describe('quoted in order to condemn it stays quiet', () => {
  it.each([
    'Mijn collega noemde een klant een klootzak. Dat accepteren we niet, hij heeft zijn excuses aangeboden',
    "Een bezoeker schold onze receptioniste uit voor 'vuile hoer'. Daar is bij ons geen plek voor",
    "Op de tribune riep iemand 'kankerneger' naar onze spits. Onacceptabel",
    'A client called our receptionist a stupid cow on the phone today; that is not acceptable',
    'Someone shouted "faggot" at our volunteers. We will not tolerate that',
    "Gisteren kreeg een collega op de SEH 'kankerhoer' naar haar hoofd geslingerd. Agressie tegen zorgpersoneel moet stoppen",
    'Onze boa werd uitgemaakt voor vuile mongool. Dat is grensoverschrijdend',
  ])('%s', (s) => expect(insults(s).map((f) => f.text)).toEqual([]));
});

describe('reported without a condemnation, or condemned without reporting, is still flagged', () => {
  it.each([
    'Mijn collega noemde een klant een klootzak, en terecht',
    'A client called our receptionist a stupid cow and honestly she is one',
    'Die klootzak van de overkant. Onacceptabel gedrag weer',
    'Onacceptabel, wat een vuile hoer is die buurvrouw',
    "Gisteren kreeg een collega 'kankerhoer' naar haar hoofd geslingerd, en terecht",
    "Ze zeiden het al: 'vuile mongool', schandalig hoe lelijk die vent is",
  ])('%s', (s) => expect(insults(s).length).toBeGreaterThan(0));
});
