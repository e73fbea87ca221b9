// Words that, said of a whole group, pin a vice on it: bad character or conduct
// ("tuig", "lui", "stelen", "verpesten", "criminals", "ruin", "bleeding … dry").
// Only the conduct the group is accused of, not what happens to it: "harassment",
// "discriminatie", "armoede" are not here, so "Trans people face harassment" stays
// neutral; nor "dangerous", which more often describes a route or a job than a people. Used by the generalisation cue in group-phrases.ts, which needs the group
// to open the sentence as its subject.
import { words } from './inflect.ts';

export const VICES = words(
  // nl: nouns and adjectives of character, verbs of conduct (present plural and singular)
  'tuig gespuis uitschot schorem crimineel criminelen dieven oplichters profiteurs parasieten uitvreters klaplopers ' +
    'luiaards nietsnutten zuipers leugenaars bedriegers verkrachters terroristen barbaren beesten ongedierte ' +
    'lui vies smerig dom dommer achterlijk gestoord agressief gewelddadig onbetrouwbaar achterbaks vals primitief ' +
    'onbeschoft asociaal minderwaardig tegennatuurlijk pervers walgelijk ' +
    'stelen steelt jatten jat liegen liegt zuipen zuipt verpesten verpest verzieken verziekt slopen sloopt ' +
    'vernielen vernielt verkrachten profiteren profiteert parasiteren klaplopen teisteren terroriseren ' +
    'intimideren bedreigen overspoelen verloederen verloederd',
  // en
  'scum vermin parasites criminals thieves liars rapists terrorists savages animals freeloaders scroungers leeches thugs ' +
    'lazy dirty filthy stupid violent untrustworthy primitive subhuman inferior disgusting degenerate ' +
    'steal steals stealing ruin ruins ruining destroy destroys destroying invade invading infest infesting ' +
    'bleed bleeding leech leeching scrounge scrounging sponge sponging rape raping terrorise terrorize terrorising ' +
    'terrorizing loot looting',
);
