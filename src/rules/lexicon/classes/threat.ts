// Word classes of the clause-level threat judgement (threat-clause.ts): what the author
// intends to do to someone, in their own words. A threat is a speaker with an intent, an
// act of harm and a person; these classes name the acts, the results that make an ordinary
// verb an act of harm ("ik maak je kapot"), what a person owns or lives from ("your little
// shop", "je baan"), the acts of seeking someone out that threaten only with a warning
// beside them ("ik weet je te vinden", "I'll find you … you'll regret it"), and the warnings.
import { enVerb, words } from './inflect.ts';
import { BODY_PARTS } from './body.ts';
import { KIN } from './work.ts';
import { VIOLENT_VERBS } from './violence.ts';

/** The author as the one who acts: "ik", "we"; English "I" needs an intent word after it (INTENT_EN). */
export const SPEAKERS = words('ik k we wij i');

/** English intent after "I"/"we": I'll, I will, I'm going to/gonna, I'm coming, I wanna; "m"/"re"/"am"/"are" are skipped. */
export const INTENT_EN = words('ll will shall gonna going wanna coming gon');
export const INTENT_SKIP = words('m re am are just really swear so');

/** Acts of harm beyond the violent verbs: wringing a neck, laying someone out, ruining a career, doing someone something. */
export const HARM_VERBS = words(
  VIOLENT_VERBS,
  'timmer timmeren rag ragt aandoen aandoet wurg nek opensnijden ',
  ['wring', 'flatten', 'ruin', 'cripple', 'maim', 'jump', 'lay', 'wipe'].flatMap(enVerb),
  'laid',
);

/** Results that make an ordinary verb an act of harm: "ik maak je kapot", "ik sla ze tegen de grond", "in tweeën" (its three e's fold to "twen"). */
export const HARM_RESULTS = words(
  'kapot dood verrot lens overhoop moes bont tweeen twen kist graf grond ziekenhuis rolstoel elkaar mekaar pulp gort ' +
    'cold unconscious pulp ground hospital grave coffin wheelchair',
);

/** Acts of seeking someone out: a threat only with a warning in reach ("I'll find you. You'll regret this"). */
export const APPROACH = words(
  'kom komen vind vinden opzoeken opzoek zoek pak pakken krijg krijgen tegenkom tegenkomen wacht wachten weet weten genoteerd opgeschreven ' +
    ['find', 'track', 'hunt', 'catch', 'get', 'wait', 'know', 'visit', 'come', 'settle'].flatMap(enVerb).join(' '),
  'found caught got knew came noted',
);

/** What a person owns or lives from: harm to it is harm to them ("I'll burn your shop", "je baan ben je kwijt"). */
export const POSSESSIONS = words(
  BODY_PARTS,
  KIN,
  'huis auto zaak winkel bedrijf bedrijfje baan werk carriere leven gezin familie kinderen kids vrouw man dochter zoon ruiten ramen banden fiets kenteken adres school ' +
    'house home car van shop store business job career life family kids children wife husband daughter son windows tyres tires bike address school plate',
);

/**
 * Warnings that turn seeking someone out into a threat: "pas maar op", "wacht maar",
 * "you'll regret", "see what happens", "lock your doors". Multi-word, matched word by word.
 */
export const WARNINGS: readonly string[] = [
  'spijt', 'merken', 'beleven', 'pas maar op', 'pas op jij', 'kijk maar uit', 'wacht maar', 'reken maar', 'let maar op', 'laatste waarschuwing', 'gewaarschuwd', 'er zwaait wat', 'zwaait er wat', 'waar je ook',
  'regret', 'sorry', 'see what happens', 'you re done', 'youre done', 'lock your doors', 'watch your back', 'watch yourself', 'just you wait', 'mark my words', 'think about that', 'last warning', 'be warned', 'or else', 'dark alley', 'wherever you',
];

/** Sport, games, stage and work talk: "kill it", "slopen", "destroy them" there are banter. */
export const BANTER_WORDS = words(
  'wedstrijd match game zaterdag zondag pitch veld stage podium presentatie presentation exam tentamen interview deadline competitie league toernooi tournament finale final ' +
    'race karaoke quiz pubquiz fifa battle scoreboard spel spelletje schaak chess poker cup beker playoff knockout derby semi tegenstander tegenstanders opponent opponents ' +
    'catan monopoly mario kart gym sportschool training marathon target targets record quarter kwartaal concurrentie competition sales',
);

/** Words after someone that make them the receiver of a gift or a message: "I'll shoot you an email", "ik schiet je een appje". */
export const GIVEN = words('een a an some wat');

/** What is "given" in a threat: "ik geef je een klap", "you're getting a bat to the knees". */
export const HARM_NOUNS = words('klap klappen dreun dreunen mep kogel kopstoot pak oplawaai knal mes beating bullet bat knife kicking punch slap hiding');
