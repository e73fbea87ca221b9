// What a generalisation pins on a group (generalise.ts): conduct and character,
// in Dutch and English, by how much context each needs to read as a judgement.
// Single words and short fixed phrases ("een last", "free houses"); word forms
// are written out, so matching is a lookup per word.
//
// - VICE: a judgement on its own when said of a group as subject ("Roemenen zijn
//   zakkenrollers", "Disabled people milk the system"). A negation cancels it
//   ("Migrants are not criminals").
// - WEAK: ordinary words that only judge a whole group with a generalising word
//   ("Surinamers zijn altijd te laat", "women are always so emotional").
// - NEGATED: judge only when denied ("Roemenen zijn niet te vertrouwen", "Africans
//   have no work ethic", "Vrouwen horen niet op een heftruck").
// - EXCLUDE: exclusion only after a modal of opinion ("Foreigners should be banned",
//   "Die statushouders moeten het land uit"), not as a fact ("are banned in some countries").
// - BAR: barring, with a modal and a negation ("Women should never be in charge").
// - DEHUMAN: the subset of VICE (and EXCLUDE) strong enough for a bare "those people" / "zulke mensen".
import { VICES } from './vice.ts';
import { words } from './inflect.ts';

export const VICE = words(
  VICES,
  // nl: crime, fraud, idleness, dirt, violence, dehumanising nouns, burden
  'dealen dealers drugsdealers drugs criminaliteit zakkenrollers zakkenrollen inbreken inbrekers roven beroven overvallen ' +
    'oplichten frauderen fraude fraudeurs bedriegen bedonderen belazeren stinken stinkt ranzig werkschuw ' +
    'uitkeringstrekkers uitvreten teren misbruiken terreur haten onderdrukken aanranden messentrekkers rellen ' +
    'relschoppers overlast rotzooi vervuilen verpauperen plaag pest debiel zwakzinnig abnormaal ' +
    'barbaars onbeschaafd apen ratten kakkerlakken zuiplappen dronken gierig inhalig hebberig crimineler luier ' +
    'agressiever gewelddadiger gevaarlijker puinhoop vuilnisbelt zwijnenstal beerput presenteerblaadje omvolking islamiseren',
  // en
  'pickpockets pickpocket burglars muggers dealers drugs gangs gangsters stabbings knives fraud fraudsters ' +
    'cheats cheating scammers spongers menace troublemakers retarded ' +
    'workshy smelly stink stinking stinks extremists groomers predators paedophiles pedophiles perverts degenerates ' +
    'unnatural freaks invaders invasion swarm swarming flood flooding wreck wrecking robbing muggings drunk drunks drunken ' +
    'shithole breed breeding pigs apes cockroaches rats',
);

/** Fixed phrases of VICE strength ("een last", "milk the system"). */
export const VICE_PHRASES = [
  'een last', 'een kostenpost', 'een gevaar', 'een bedreiging', 'het probleem', 'de oorzaak', 'de schuld', 'als gekken', 'als beesten',
  'als konijnen', 'als ratten', 'als idioten', 'zwart werken', 'werken zwart', 'gratis huizen', 'alles gratis', 'krijgen alles',
  'krijgt alles', 'onze banen', 'onze huizen', 'onze woningen', 'onze vrouwen', 'ons geld', 'onze centen', 'ons belastinggeld',
  'onze uitkeringen', 'op onze kosten', 'van de uitkering', 'van uitkeringen', 'de baas spelen', 'hun regels', 'de sharia', 'niks waard',
  'niets waard', 'in de war', 'alles kapot',
  'free houses', 'free housing', 'free homes', 'free money', 'free stuff', 'handouts', 'on benefits', 'live off', 'living off',
  'our jobs', 'our houses', 'our homes', 'our women', 'our money', 'our taxes', 'milk the system', 'milking the system',
  'abuse the system', 'game the system', 'a burden', 'a drain', 'the problem', 'take over', 'taking over', 'men in dresses',
  'like animals', 'like rabbits', 'like rats', 'like maniacs', 'like idiots', 'mentally ill', 'no good', 'a threat', 'a danger', 'a plague',
  'a cancer', 'a dump', 'een plaag', 'een pest',
];

export const WEAK = words(
  'emotioneel emotionele hysterisch luidruchtig lawaai herrie klagen zeuren zeiken janken problemen gedoe onbeleefd brutaal ' +
    'arrogant opdringerig traag zwak drinken zuipen pakken inpikken afpakken opleggen overnemen ' +
    'emotional hysterical loud noisy rude whine whining complain complaining moan moaning problems trouble arrogant pushy slow ' +
    'weak drink drinking late useless incompetent impose',
);
export const WEAK_PHRASES = ['te laat', 'always late', 'too emotional', 'te emotioneel'];

/** Judgements only when denied: trust, respect, fitting in, belonging, manners, competence. */
export const NEGATED = words(
  'vertrouwen vertrouw vertrouwd respecteren respecteert respect integreren integreert aanpassen passen horen hoort ' +
    'deugen deugt snappen snapt manieren fatsoen opvoeding beschaafd normaal rijden autorijden inparkeren wassen douchen ' +
    'trusted integrate assimilate belong belongs manners ethic civilised civilized drive wash',
);
export const NEGATED_PHRASES = ['willen werken', 'want to work', 'fit in', 'te vertrouwen', 'be trusted'];

/** Exclusion, after a modal of opinion (should, moeten …). */
export const EXCLUDE = words(
  'terug weg eruit oprotten opzouten opsodemieteren oppleuren vertrekken terugsturen teruggestuurd uitzetten uitgezet deporteren ' +
    'gedeporteerd opsluiten opgesloten verbannen verboden binnenshuis vergast afgeschoten ' +
    'leave deported deport banned ban expelled locked gassed exterminated sterilised sterilized',
);
export const EXCLUDE_PHRASES = [
  'land uit', 'de grens over', 'naar huis', 'in de kast', 'eigen land',
  'go back', 'sent back', 'send back', 'go home', 'sent home', 'stay out', 'get out', 'kept out', 'keep out', 'kicked out', 'thrown out',
  'stay at home', 'stay home', 'thuis blijven', 'own country',
];
/** Barred from a role or right, with a modal and a negation ("should never be in charge"). */
export const BAR = words('charge leiding leidinggeven allowed toegelaten hired aangenomen vote stemmen adopt adopteren teach lesgeven trouwen marry');

/** Cues strong enough after a bare demonstrative ("zulke mensen", "these people"). */
export const DEHUMAN = words(
  'tuig gespuis uitschot schorem ongedierte parasieten beesten ratten apen kakkerlakken barbaren fokken ' +
    'vermin parasites animals savages scum subhuman rats cockroaches breed breeding invaders ' +
    'horen hoort thuis belong belongs integreren integrate',
);
