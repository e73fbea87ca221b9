// Very frequent Dutch and English words: a pack entry that is one of them would be flagged
// in ordinary posts ("Best", "Team", "Today"), so `pack validate` warns about it (ordinaryIn
// in ordinary.ts). Written for this project; kept small on purpose (function words, the
// commonest verbs, adverbs and workplace nouns). Warnings, not errors: a company can be called "Zeker" on purpose.
import type { Lang } from '../types.ts';

const NL =
  'aan al alle alles als altijd ander andere bedankt bedrijf beste bij blij dag dan dank dat de deze die dit doen doet door ' +
  'een eerste en er even fijn gaan gaat geen gisteren goed groot grote haar had hadden heb hebben heeft heel hem hier hij ' +
  'hoe hun iets ik in is ja jaar je jij jouw jullie kan keer kind klant klanten klein kleine komen komt kunnen land ' +
  'leuk maakt maar maken man mag meer mee men mensen met mij mijn moet moeten mooi mooie morgen na naar nee niet niets ' +
  'nieuw nieuwe nog nooit nu of om onder ons onze ook op over samen sinds soms stad te team tegen tijd toch tot trots ' +
  'tussen u uit vaak van vandaag veel voor vrouw waar waarom wanneer was waren wat we weer week weg wel werd werk ' +
  'wie wij wil willen worden wordt zal ze zegt zeker zeer zij zijn zo zonder zullen';

const EN =
  'a about after again all also always am an and any are as at back be because been before best between business ' +
  'but by can client clients come company could day days did do does down each every first for from get go going ' +
  'good got great had happy has have he help her here his how i if in into is it its just know last like love made ' +
  'make many may me might more most much must my need never new no not of often on one only or other our out over ' +
  'people proud see she should so some team than thank thanks that the their them then there these they think this ' +
  'those through time to today tomorrow two under up us very want was we week were what when where which while who ' +
  'why will with work would year years yes yesterday you your';

export const COMMON_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set(NL.split(' ')),
  en: new Set(EN.split(' ')),
};

