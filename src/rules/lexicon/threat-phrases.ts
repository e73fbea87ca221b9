// Threats in the author's own words: a first person, an intent, a violent act and a
// person, with words in between ("I'll come round to your house and break your
// nose", "wacht maar tot ik je tegenkom", "ik weet je te vinden"). Not "I'll kill it
// on stage", "we gaan ze inmaken zaterdag", "I would never hurt you". Phrase patterns
// over word classes (classes/); `loose`: commas may fall between the words.
import { entryMaker, type LexEntry } from './types.ts';

const nl = entryMaker('nl');
const en = entryMaker('en');

/** Sport, stage and work talk where "kill them", "slopen", "afmaken" are banter. */
export const BANTER = [
  'wedstrijd', 'match', 'game', 'zaterdag', 'zondag', 'pitch', 'veld', 'stage', 'podium', 'presentatie', 'presentation',
  'exam', 'tentamen', 'interview', 'deadline', 'pitch', 'competitie', 'league', 'toernooi', 'tournament', 'finale', 'final',
  'race', 'karaoke', 'quiz', 'pubquiz', 'fifa', 'battle', 'scoreboard', 'spel', 'spelletje', 'schaak', 'chess', 'poker',
];
const loose = { loose: true, noNegation: true, innocent: BANTER, pos: 'fixed' as const };

const WILL_EN = '(ll|will|m going to|m gonna|am going to|gonna|going to|shall|m coming to|will come|ll come|wanna|want to)';
const WILL_NL = '(ga|gaan|zal|zullen|kom|komen|wil|willen)';

export const THREAT_PHRASES: LexEntry[] = [
  // en: "I'll … kill you", "I'm gonna … break your nose", "I'll make sure you end up in hospital"
  en(`{pron-1} ${WILL_EN} ~6 {violent-verb} (the shit|the crap|the hell|the life)? (out of)? {target}`, 'threat', 0.85, {
    ...loose,
    bad: ["I'll come round to your house and kill you", "we're going to hunt you down and hurt you"],
    ok: ["I'll kill it on stage tonight", 'I would never hurt you', "We're going to kill them in the final on Saturday"],
  }),
  en(`{pron-1} ${WILL_EN} ~6 {violent-verb} {target-poss} ~1 {body-part}`, 'threat', 0.85, {
    ...loose,
    bad: ["I'll come round to your house and break your nose"],
  }),
  en(`{pron-1} (ll|will) (make sure|see to it) (that)? {target} ~3 (need|needs|end up|ends up|go to|goes to|in) ~2 (doctor|hospital|ambulance|wheelchair|grave|coffin|morgue|er|icu)`, 'threat', 0.85, {
    ...loose,
    bad: ["Spit at my nurses again and I'll make sure you need a doctor yourself"],
  }),
  en('(wait|just wait) (till|until) {pron-1} (get|see|find|catch|meet) {target}', 'threat', 0.75, { ...loose, bad: ['Just wait till I get you alone'] }),
  en('(you|u|youd|you d) (better|d better) (watch|mind) (your|ur) back', 'threat', 0.7, { ...loose, bad: ['You better watch your back, Tom'] }),
  en('{pron-1} (know|found|found out) where {target} (live|lives|work|works|sleep|sleeps|park|parks)', 'threat', 0.85, { ...loose, bad: ['I found out where you live'] }),
  // nl: "ik ga je … vermoorden", "ik kom naar je huis en sla je neus kapot", "sla ik je verrot"
  nl(`(ik|we|wij|k) ${WILL_NL} ~6 {target} ~3 {violent-verb}`, 'threat', 0.85, {
    ...loose,
    bad: ['Ik ga je morgen gewoon vermoorden', 'ik kom je opzoeken en dan ga ik je helemaal in elkaar slaan'],
    ok: ['Ik ga je nooit slaan', 'we gaan ze inmaken zaterdag'],
  }),
  nl('(ik|we|wij|k) {violent-verb} (je|jou|hem|haar|jullie|ze) ~2 {violent-result}', 'threat', 0.85, { ...loose, bad: ['ik sla je verrot als je dat nog eens doet'] }),
  nl('{violent-verb} (ik|we|k) (je|jou|hem|haar|jullie|ze) ~2 {violent-result}', 'threat', 0.85, { ...loose, bad: ['Dan sla ik je helemaal verrot'] }),
  nl('{violent-verb} (ik|we|k) ~2 {target-poss} {body-part} ~2 (kapot|in|eraf|stuk|dicht|verrot)', 'threat', 0.85, {
    ...loose,
    bad: ['en dan sla ik je neus kapot', 'ik kom naar je huis en dan sla ik je kop in'],
  }),
  nl('(wacht|wacht maar) (tot|totdat) (ik|we) (je|jou|hem|haar|jullie) (tegenkom|tegenkomen|zie|zien|vind|vinden|te pakken krijg|pak)', 'threat', 0.75, {
    ...loose,
    bad: ['wacht maar tot ik je tegenkom'],
  }),
  nl('(ik weet|weet ik|we weten|weten we|wij weten) (je|jou|jullie|hem|haar) (wel|heus|echt)? te vinden', 'threat', 0.75, {
    ...loose,
    bad: ['als je nog één keer m’n collega uitscheldt weet ik je te vinden'],
  }),
  nl('(ik|we) (zorg|zorgen) ~3 dat (je|jij|hij|zij|jullie) ~3 (ziekenhuis|rolstoel|graf|kist) (belandt|belanden|terechtkomt|terechtkomen|ligt|liggen|eindigt|eindigen)', 'threat', 0.85, {
    ...loose,
    bad: ['ik zorg ervoor dat je in het ziekenhuis belandt'],
  }),
  nl('(ik|we) (zorg|zorgen) ~3 dat (je|jij|hij|zij|jullie) (zelf)? (een dokter|een arts|een ambulance|een nieuw gebit) nodig (hebt|heeft|hebben)', 'threat', 0.85, {
    ...loose,
    bad: ['ik zorg er wel voor dat je zelf een dokter nodig hebt'],
  }),
];
