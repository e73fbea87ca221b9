// Words that only make what follows stronger: adjectives that belong to the insult
// after them ("dikke vette zeug", "stupid b1tch"), and words that aim a noun at a
// person ("wat een", "what a").
import { words } from './inflect.ts';

/** Adjectives that belong to the insult that follows. */
export const INTENSIFIERS = words(
  'stomme domme vuile vieze smerige dikke vette lelijke achterlijke complete totale gore echte vuil vies stom',
  'stupid dumb fat ugly filthy dirty complete total absolute utter fucking bloody little useless pathetic',
);

/** Degree words ("echt", "zo", "really"): skipped between a subject and what is said about it. */
export const DEGREE = words('echt zo heel erg super gewoon allemaal totaal really so very just totally all simply literally');

/** Words that say a statement covers a whole group ("al die", "alle", "all", "always"). */
export const GENERALISERS = words('al alle allemaal die zulke altijd nooit typisch typical all every always never those these such');
