// The sentence-level judgement of generalisations (src/rules/lexicon/generalise.ts): a group
// as the subject of its clause and a predicate judging its conduct or character, in free word
// order. Invalid rows must be found by the judgement itself (not only by a phrase pattern) and
// flagged by insult-slur; valid rows are the same groups in neutral, defending, reported,
// statistical or sporting sentences, and stay quiet in every insult rule.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { postSkeleton, postTokens } from '../../src/rules/lexicon/index.ts';
import { generalisations } from '../../src/rules/lexicon/generalise.ts';
import { fold } from '../../src/rules/text/fold.ts';
import { COMPANY_PACK } from './rule-tester.ts';

/** [post, a part of the post the finding must cover] by the cue that decides it. */
const INVALID: [string, string][] = [
  // vice: conduct or character said of the group
  ['Die Bulgaren in onze flat stinken een uur in de wind, echt waar.', 'Die Bulgaren in onze flat stinken'],
  ['Somaliers in Rotterdam-Zuid dealen allemaal, kijk maar om je heen.', 'Somaliers in Rotterdam-Zuid dealen'],
  ['Nigerians are scammers, every one of them.', 'Nigerians are scammers'],
  ['Gypsies are pickpockets and everyone knows it.', 'Gypsies are pickpockets'],
  ['Syrians live off benefits and laugh at us.', 'Syrians live off'],
  ['Moslims zijn een gevaar voor onze vrijheid.', 'Moslims zijn een gevaar'],
  // weak: an ordinary word with a generalising word
  ['Italianen komen toch altijd te laat op een afspraak.', 'te laat'],
  ['Women are always so emotional in meetings.', 'Women are always so emotional'],
  // negated: a judgement only when denied
  ['Afghanen kun je gewoon niet vertrouwen, zeg ik uit ervaring.', 'Afghanen'],
  ['Pakistanis never integrate, look at Bradford.', 'Pakistanis never integrate'],
  ['Chinezen hebben geen manieren, ze duwen overal voor.', 'Chinezen hebben geen manieren'],
  // exclude: after a modal of opinion
  ['Albanezen moeten allemaal het land uit.', 'Albanezen moeten allemaal het land uit'],
  ['Die Oost-Europeanen maken hier alles kapot.', 'Die Oost-Europeanen maken hier alles kapot'],
  ['Immigrants are bleeding this country dry.', 'Immigrants are bleeding'],
  ['Transgenders zijn gewoon in de war.', 'Transgenders zijn gewoon in de war'],
  ['Muslims should be banned from teaching.', 'Muslims should be banned'],
  // bar: a modal and a negation
  ['Women should not be hired as site managers.', 'Women should not be hired'],
  // pointed groups take only dehumanising or excluding cues
  ['Zulke mensen horen hier gewoon niet.', 'Zulke mensen horen hier gewoon niet'],
];

const VALID = [
  // neutral and positive about the same groups
  'Bulgaarse collega’s doen super goed werk in de kassen.',
  'Women in tech meetup on Thursday, all welcome!',
  'Polen werken vaak in de bouw en de logistiek.',
  'Migranten hebben vaak geen vertrouwen in de politie.',
  "Women don't get the respect they deserve on site.",
  // the group is not the subject
  'Racism against Nigerians is still everywhere in hiring.',
  'Als Marokkaanse vrouw word ik vaak als lui weggezet.',
  'De vrouw van de buurman steelt de show op elk feest.',
  // negation cancels a vice, a circumstance explains a "can't"
  'Migrants are not criminals, whatever the tabloids say.',
  'Asielzoekers stelen niet vaker dan andere mensen.',
  'Refugees cannot drive without a Dutch licence.',
  // defences and counter-speech
  'Het is een fabel dat Polen alleen maar zuipen.',
  'Stop saying that immigrants are lazy, it is simply untrue.',
  // the group as the one wronged (Dutch passive), statistics, sport
  'Marokkanen worden vaker verdacht van fraude, blijkt uit het rapport.',
  'Immigrants are more often victims of crime than perpetrators.',
  'De Belgen waren veel te agressief in de halve finale.',
  // reported, not claimed
  'Een klant zei dat Turken niet te vertrouwen zijn. Hij kreeg een winkelverbod.',
  // a modal without exclusion, exclusion as a fact
  'Statushouders moeten soms jaren wachten op een huis.',
  'Foreigners are banned from buying land in some countries.',
  'Refugees should feel at home here.',
  // "those people" with an ordinary complaint is no group judgement
  'Those people at the helpdesk never answer the phone.',
];

const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
const judged = (text: string) => {
  const f = fold(text);
  const tk = postTokens(text, f);
  return generalisations(tk, postSkeleton(text, f)).map((g) => text.slice(tk.start(g.first), tk.end(g.last)));
};

describe('generalisation judgement', () => {
  it.each(INVALID)('invalid: %s', (text, part) => {
    const found = judged(text);
    expect(found.some((s) => s.includes(part) || part.includes(s)), found.join(' | ')).toBe(true);
    const slur = linter.lint(text).filter((f) => f.ruleId === 'insult-slur');
    expect(slur.some((f) => f.start <= text.indexOf(part) + part.length && f.end >= text.indexOf(part))).toBe(true);
  });
  it.each(VALID)('valid: %s', (text) => {
    expect(judged(text)).toEqual([]);
    expect(linter.lint(text).filter((f) => f.category === 'insult').map((f) => f.text)).toEqual([]);
  });
});
