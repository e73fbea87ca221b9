// Innocent readings of words that contain or resemble offensive ones. A false
// alarm is what users hate most (design notes), so these tables are as long as
// the ones that must be flagged.
import { describe, expect, it } from 'vitest';
import { insults } from './insult-support.ts';

describe('Dutch traps stay quiet', () => {
  it.each([
    'De kinderen hebben een hele zak eikels en kastanjes verzameld voor de natuurtafel.',
    'De lampen in de vergaderzaal flikkeren al de hele ochtend.',
    'Het scherm flikkert als je de laptop dichtklapt.',
    'Vandaag liep ik mee met de KWF-collecte. Kanker raakt bijna iedereen.',
    'Mijn moeder heeft in 2019 borstkanker overwonnen. #samentegenkanker',
    'Mijn vader had kanker en is nu gelukkig genezen.',
    'Steun het kankeronderzoek, elke euro telt.',
    'Een op de drie mensen zal kanker krijgen in zijn leven.',
    'Kanker vroeg opsporen redt levens.',
    'De invloed van kanker op je werk is groot.',
    'Morgen is het Wereldkankerdag.',
    'Anne en Margot zijn aan vlektyfus overleden.',
    'Na drie kerstdiners is mijn spijsvertering overbelast.',
    'Je moet de tering naar de nering zetten.',
    'Hoera!! Onze Daan is geslaagd voor zijn zwemdiploma.',
    'Dick Advocaat is nog steeds niet met pensioen.',
    'Gisteren naar de Mongoolse barbecue in Amersfoort geweest.',
    'De Mongolen veroverden onder Dzjengis Khan een groot rijk.',
    'Zo, De Graafschap wint weer eens!',
    'Bij een goed assessment gaat het om het gesprek erna.',
    'Nieuwe kleren gekocht en de klerenkast is vol.',
    'Pesten op de werkvloer pakken we samen aan.',
    'Na de kankeroperatie gaat het gelukkig goed met mijn vader.',
    'Een takkenbos voor de open haard, heerlijk.',
    'File op de A50 richting Arnhem, weer eens.',
    'Kanker, hart- en vaatziekten en diabetes zijn de grootste doodsoorzaken.',
    'Die pestkop op school kreeg eindelijk straf.',
    'De hond van de buren blaft de hele nacht.',
    'De zeug op de boerderij kreeg twaalf biggen.',
    'We zaten gezellig te lullen bij de koffie.',
    'Hij gaat pikken uit de winkel? Nee hoor.',
    'Druk op Ctrl-Alt-Del en start opnieuw.',
    'Hoe gaat het met je? Hoe laat begin je?',
    'Ik ben homo en trots op mijn man.',
    'Die douche in de badkamer lekt.',
    'Ik val bijna dood van de slaap.',
    'Hou je kop erbij tijdens het examen!',
    'Het onderzoek naar tyfus op Curaçao is afgerond.',
    'Shiitake en oesterzwammen uit eigen kweek.',
    'De negerzoen heet nu zoen.',
    'De bitch van de buren heeft pups gekregen.',
    'Die doos moet naar zolder, plakband erop.',
    'Wat een douche in dat hotel!',
  ])('%s', (text) => {
    expect(insults(text).map((f) => f.text)).toEqual([]);
  });
});

describe('English traps stay quiet', () => {
  it.each([
    'Scunthorpe United away this weekend.',
    'A good risk assessment starts with the right questions.',
    'Finally tried that new cocktail bar in Essex.',
    'Our new puppy is a cockapoo called Biscuit.',
    'Still teaching SQL joins in class, some classics never die.',
    'Finally finished reading Moby Dick. Long, but worth it.',
    'A novel by Philip K. Dick.',
    'Garden bird count this morning: two great tits, a robin and a blackbird.',
    'Blue tits nest in the box every spring.',
    'Great read on cancer screening uptake in the Netherlands.',
    'Go get cancer screening done, it saves lives.',
    'We built an idiot-proof checklist for new claims handlers.',
    'Shiitake mushrooms in the risotto tonight.',
    'Run git pull before you push.',
    'The rooster is a cock, the hen lays eggs.',
    'Homo sapiens evolved in Africa.',
    'A prick of the needle and the vaccine is in.',
    'The flame retardant coating passed the test.',
    'Our hooker won the lineout twice in the scrum.',
    'Dykes and polders keep the Dutch dry, the dyke held.',
    'Analysis of the Assyrian empire in class.',
    'Pussy willow blooms early; our cat Pussy loves it.',
    'The hedge trimmer and the garden hoe are in the shed.',
    'Magna cum laude, congratulations!',
    'Watch the Essex Titans game tonight.',
    'I hope you get well soon!',
    'Go back to where you left off in the course.',
    // Crude first halves inside ordinary words, and heads that are no insult.
    'Dickens remains my favourite author for the commute.',
    'Packed my bumbag for the festival.',
    'The knobstick on the old gate is loose.',
    'Our assistant booked the Cockburn Arms for Friday.',
    'Shiitake and buttercup squash soup in the canteen.',
    'Every request carries a random nonce against replay attacks.',
    'Check the oil with the dipstick before the long drive.',
    'Dumbo is still the saddest Disney film.',
  ])('%s', (text) => {
    expect(insults(text).map((f) => f.text)).toEqual([]);
  });
});

describe('the same words, aimed at people, are flagged', () => {
  it.each([
    ['Die eikel in de Tesla sneed me op de A12.', 'eikel'],
    ['Wat een flikker is die presentator.', 'flikker'],
    ['Flikker toch op met je reclame.', 'Flikker toch op'],
    ['Sommige recruiters zijn zulke mongolen.', 'mongolen'],
    ["Don't be such a dick.", 'dick'],
    ['you stupid git', 'stupid git'],
    ['what a loser', 'loser'],
    ['Krijg toch de kanker met je parkeerbeleid.', 'Krijg toch de kanker'],
    ['Dat kanker irritante geluid weer.', 'kanker irritante'],
    ['Ga toch kanker krijgen met je regels.', 'Ga toch kanker krijgen'],
    ['Tering, alweer file.', 'Tering'],
    ['look at those tits', 'tits'],
    ['wat een loser is die manager', 'loser'],
    ['Wat een zielige loser', 'loser'],
    ['fokking irritant dit', 'fokking'],
    ['wat een stomme doos', 'stomme doos'],
    // Adjectives of contempt between the aiming word and the noun.
    ['Whoever parked in the disabled bay is a selfish prick.', 'prick'],
    ['Die klantmanager is een vuile leugenachtige rat.', 'rat'],
    // ("Shut up, you …" is an insult of its own now: en-phrases.ts.)
    ['Sit down, you dipstick.', 'dipstick'],
  ])('%s', (text, flagged) => {
    expect(insults(text).map((f) => f.text)).toEqual([flagged]);
  });
});

describe('words of one language inside words of the other stay quiet', () => {
  it.each([
    'The corslet was made of polished steel.',
    'A horseshoer fixed the loose shoe this morning.',
    'There is a hole in the road outside our office.',
    'The Scunthorpe branch is open again.',
  ])('%s', (text) => {
    expect(insults(text).map((f) => f.text)).toEqual([]);
  });
});

describe('mild curses are notes, not warnings', () => {
  it.each([
    ['Damn, missed the train again.', 'Damn'],
    ['Kloten, trein gemist.', 'Kloten'],
    ['Verdomme, de koffieautomaat is weer stuk.', 'Verdomme'],
    ['Dit is echt klote.', 'klote'],
    ['This bloody printer again.', 'This bloody printer'],
    ['Sod it, I am going home.', 'Sod it'],
    ['Die verrekte printer doet het weer niet.', 'verrekte'],
  ])('%s', (text, word) => {
    expect(insults(text).map((f) => [f.text, f.severity])).toEqual([[word, 'info']]);
  });
});
