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
  'cup', 'beker', 'playoff', 'knockout', 'derby', 'halve finale', 'semi',
];
/** Messages one "shoots" someone: "I'll shoot you an email", "ik schiet je een berichtje". */
export const MESSAGES = [
  'email', 'mail', 'message', 'messag', 'text', 'note', 'line', 'dm', 'link', 'invite', 'msg', 'pm', 'remind', 'photo', 'pic', 'video',
  'slide', 'deck', 'file', 'doc', 'detail', 'whatsapp', 'sms', 'calendar', 'bericht', 'appje', 'mailtje', 'linkje', 'uitnodiging',
];
/** A meeting or event being opened, found or shown around: "ik trap je af", "we vinden je wel bij de ingang". */
const MEETING = ['introductie', 'presentatie', 'meeting', 'vergadering', 'sessie', 'webinar', 'aftrap', 'seizoen', 'beurs', 'stand', 'congres', 'borrel', 'feest', 'evenement', 'event', 'receptie', 'ingang', 'balie', 'kantine', 'lobby', 'station', 'parkeerplaats'];
const loose = { loose: true, noNegation: true, innocent: BANTER, pos: 'fixed' as const };

const WILL_EN = '(ll|will|m going to|m gonna|am going to|gonna|going to|shall|m coming to|will come|ll come|wanna|want to)';
const WILL_NL = '(ga|gaan|zal|zullen|kom|komen|wil|willen)';

export const THREAT_PHRASES: LexEntry[] = [
  // en: "I'll … kill you", "I'm gonna … break your nose", "I'll make sure you end up in hospital"
  en(`{pron-1} ${WILL_EN} ~6 {violent-verb} (the shit|the crap|the hell|the life)? (out of)? {target}`, 'threat', 0.85, {
    ...loose,
    innocent: [...BANTER, ...MESSAGES],
    bad: ["I'll come round to your house and kill you", "we're going to hunt you down and hurt you"],
    ok: ["I'll kill it on stage tonight", 'I would never hurt you', "We're going to kill them in the final on Saturday", "I'll shoot you an email with the slides after the call"],
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
  nl('(ik|we|wij|k) {violent-verb} (je|jou|hem|haar|jullie|ze) ~2 {violent-result}', 'threat', 0.85, {
    ...loose,
    // "ik trap je af met een introductie": to kick off a meeting.
    innocent: [...BANTER, ...MEETING],
    bad: ['ik sla je verrot als je dat nog eens doet'],
    ok: ['Ik trap je af met een korte introductie'],
  }),
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
  // More threats in own words: a body part of the reader, paying for it, "ik krijg je nog wel".
  nl('(ik|we|k) {violent-verb} {target} ~3 {body-part}', 'threat', 0.8, { ...loose, bad: ['Ik schiet je voor je kop', 'ik trap je tegen je hoofd als je dat nog eens zegt'] }),
  nl('(ik|we|k) {violent-verb} {target-poss} {body-part} ~3 (uit|in|eraf|kapot|stuk|dicht|door|verrot)', 'threat', 0.8, { ...loose, bad: ['Ik sla je tanden uit je bek'] }),
  nl('(ik|we|wij) (krijg|krijgen) (je|jou|jullie|hem|haar) (nog|heus|echt|ooit)? (wel|te pakken|nog wel)', 'threat', 0.75, {
    ...loose,
    innocent: ['zover', 'mee', 'enthousiast', 'overtuigd', 'overgehaald', 'aan de lijn', 'telefoon', 'bellen', 'mail'],
    bad: ['Je zal het nog wel merken, ik krijg je wel', 'Ik krijg je nog wel'],
    ok: ['Ik krijg je niet te pakken aan de telefoon', 'Ik krijg je wel zover dat je meegaat naar de borrel'],
  }),
  nl('(ik|we|wij) (zal|zullen|ga|gaan) (je|jou|jullie|hem|haar) (laten boeten|laten bloeden|laten lijden|wel krijgen|wel vinden|weten te vinden)', 'threat', 0.75, {
    ...loose,
    innocent: [...BANTER, ...MEETING],
    bad: ['Ik zal je laten boeten', 'We zullen je wel vinden, reken maar'],
    ok: ['We zullen je wel vinden op de beurs, stand 12'],
  }),
  nl('(ik|we|wij) (weet|weten) (precies|heel goed|best|heus|donders goed)? waar (je|jij|jouw|jullie|hij|ze) ~2 (woont|wonen|werkt|werken|slaapt|staat|staan|parkeert|parkeren|sport|speelt|spelen|uithangt|uithangen|op school zit|op school zitten)', 'threat', 0.75, {
    ...loose,
    bad: ['Pas maar op, ik weet waar je auto staat'],
  }),
  nl('(nog (een|één|1) keer|waag het|probeer het nog (eens|een keer)) ~4 (je|jij|jullie) ~3 (ziekenhuis|graf|kist|rolstoel|ambulance)', 'threat', 0.8, {
    ...loose,
    bad: ['Nog één keer en je ligt in het ziekenhuis'],
  }),
  nl('als ik (jou|jullie|u) was ~4 (oppassen|uitkijken)', 'threat', 0.65, {
    ...loose,
    innocent: ['zon', 'verbrand', 'glad', 'ijs', 'weg', 'trap', 'fiets', 'regen', 'storm', 'oplichter', 'phishing', 'nep', 'fraude', 'verkeer', 'hitte', 'teken'],
    bad: ['Als ik jou was zou ik maar goed oppassen'],
    ok: ['Als ik jou was zou ik goed oppassen met phishingmails'],
  }),
  // Aimed at a person named by a noun, not a pronoun: "ik ga die klantmanager in elkaar rammen", "ik schiet die gast neer".
  nl(`(ik|we|wij|k) ${WILL_NL} ~4 (die|dat|deze) {person} ~5 {violent-verb}`, 'threat', 0.85, {
    ...loose,
    bad: ['Ik ga die klantmanager echt een keer in elkaar rammen', 'we gaan die scheids na afloop in elkaar slaan'],
    ok: ['Ik ga die klant morgen even bellen', 'Ik ga die collega echt missen'],
  }),
  nl('(ik|we|k) (schiet|steek|sla|knal|trap|schop|mep|beuk|ram) (die|dat|deze) {person} ~4 {violent-result}', 'threat', 0.85, {
    ...loose,
    bad: ['Ik schiet die gast van de belastingdienst gewoon neer'],
    ok: ['Ik sla die klant even over in de planning'],
  }),
  nl('{violent-verb} (ik|we|k) (die|dat|deze) {person} ~4 {violent-result}', 'threat', 0.85, { ...loose, bad: ['Als hij weer belt, sla ik die vent helemaal verrot'] }),
  // Tearing off or twisting a body part: "trek ik z'n kop eraf", "ik draai je nek om", "breek ik al zijn botten".
  nl('(trek|ruk|draai|breek|sla|schop|trap) (ik|we|k) (al|alle)? ({target-poss}|z n|d r) {body-part} ~2 (eraf|uit|om|af|kapot|in|stuk|door|doormidden)?', 'threat', 0.8, {
    ...loose,
    innocent: [...BANTER, 'gevallen', 'schaats', 'ski', 'blessure'],
    bad: ["Als ik die gast nog één keer zie bij m'n auto trek ik z'n kop eraf", 'Als die buurjongen nog één keer aan mijn auto komt, breek ik al zijn botten'],
    ok: ['Gisteren brak ik bij het skiën mijn pols'],
  }),
  nl('(ik|we|k) (trek|ruk|draai) ({target-poss}|z n|d r) {body-part} ~2 (eraf|uit|eruit|om|af|doormidden)', 'threat', 0.8, { ...loose, bad: ['Ik draai je nek om als je dat nog eens zegt', 'Ik trek je strot eruit, vuile verklikker'] }),
  // "ik ram je zo hard dat …": the force spelled out.
  nl('(ik|we|k) {violent-verb} {target} zo hard', 'threat', 0.8, { ...loose, bad: ['Ik ram je zo hard dat je moeder je niet meer herkent'], ok: ['Ik versla je zo hard met Mario Kart'] }),
  nl('{violent-verb} (ik|we|k) {target} zo hard', 'threat', 0.8, { ...loose, bad: ['Zeg dat nog eens en dan sla ik je zo hard dat je omvalt'] }),
  // Thrown against or over something: "ik trek hem over dat hek heen", "dan ram ik hem tegen de muur".
  nl('(ik|we|k) (trek|sleur|gooi|smijt|duw|ram|beuk|knal|mep|sla|schop|trap) (je|jou|hem|haar|jullie) ~3 (over|door|tegen|van|uit|in|onder) ~3 (muur|ruit|trap|raam|hek|gracht|sloot|balkon|grond|vloer|stoep|tafel|deur|auto|bus|trein)', 'threat', 0.8, {
    ...loose,
    innocent: [...BANTER, ...MEETING, 'hulp', 'help', 'mee', 'meenemen', 'loop', 'hand', 'verhuis', 'fiets', 'lift', 'station'],
    bad: ['Ik trek hem persoonlijk over dat hek heen', 'ik gooi je zo door de ruit'],
    ok: ['Ik trek je er wel doorheen met de verhuizing', 'Ik gooi je even af bij het station'],
  }),
  nl('(trek|sleur|gooi|smijt|duw|ram|beuk|knal|mep|sla|schop|trap) (ik|we|k) (je|jou|hem|haar|jullie) ~3 (over|door|tegen|van|uit|onder) ~3 (muur|ruit|trap|raam|hek|gracht|sloot|balkon|grond|vloer|stoep|tafel|deur)', 'threat', 0.8, {
    ...loose,
    innocent: [...BANTER, ...MEETING, 'hulp', 'help', 'mee', 'meenemen', 'hand', 'verhuis', 'lift'],
    bad: ['Als die buurman nog één keer aan mijn bouwhek zit, trek ik hem persoonlijk over dat hek heen.'],
    ok: ['Als het regent, trek ik je wel even door de drukte heen met de auto'],
  }),
  nl('{violent-verb} (ik|we|k) (je|jou|hem|haar|jullie) ~2 (tegen|door|over) (de|het|een|die)? (muur|grond|vloer|ruit|deur|tafel|auto|stoep|lantaarnpaal|hek|raam)', 'threat', 0.8, {
    ...loose,
    bad: ['Dan ram ik hem tegen de muur'],
  }),
  // "Ik sloop je", "ik hang je op", "ik zal je eens een lesje leren".
  nl('(ik|we|k) (sloop|slopen) (je|jou|hem|haar|jullie) $', 'threat', 0.75, { ...loose, bad: ['Zeg dat nog één keer. Ik sloop je.'], ok: ['Ik sloop je huis niet, ik verbouw het'] }),
  nl('(ik|we|k) (hang|knoop) (je|jou|hem|haar|jullie) (nog|zelf|persoonlijk)? op aan (je|jouw|zijn|haar|de|een)', 'threat', 0.75, {
    ...loose,
    innocent: ['telefoon', 'bellen', 'gesprek', 'lijn', 'foto', 'schilderij', 'jas', 'kapstok', 'poster'],
    bad: ['Ik hang je op aan je ballen'],
    ok: ['Ik hang je jas even op aan de kapstok'],
  }),
  nl(`(ik|we|k) ${WILL_NL}? (je|jou|hem|haar|jullie) (eens|wel|nog|even|nog wel eens)? een (lesje|lesje dat|lesje wat|les) (leren|dat|wat)`, 'threat', 0.65, {
    ...loose,
    innocent: [...BANTER, 'excel', 'cursus', 'training', 'bijles', 'taal', 'code', 'schaak', 'koken', 'dans', 'gitaar', 'piano', 'golf', 'tennis', 'zwem', 'rijles', 'spaans', 'engels', 'frans', 'duits'],
    bad: ['Ik zal je eens een lesje leren', 'Ik ga hem een lesje leren dat hij nooit vergeet'],
    ok: ['Ik zal je eens een lesje leren in Excel, draaitabellen zijn makkelijk'],
  }),
  en(`{pron-1} ${WILL_EN} ~2 teach {target} a lesson`, 'threat', 0.65, {
    ...loose,
    innocent: [...BANTER, 'excel', 'course', 'training', 'tutoring', 'language', 'code', 'coding', 'chess', 'cooking', 'dance', 'guitar', 'piano', 'golf', 'tennis', 'swim', 'driving', 'spanish', 'french', 'german', 'history', 'math', 'maths', 'class'],
    bad: ["I'm going to teach him a lesson he won't forget"],
    ok: ["I'll teach you a lesson in Excel pivot tables"],
  }),

  // Wishing someone dead or hurt, with words between: "ik hoop dat je verzuipt in je eigen gezeik",
  // "hopelijk komt hij onder een bus", "I hope you get hit by a truck".
  nl('(ik hoop|hoop|hopelijk|ik wens|ik wil) (dat)? (je|jij|hij|zij|ze|jullie|die {person}) ~3 (verzuipt|verzuipen|verdrinkt|verdrinken|stikt|stikken|verrekt|verrekken|crepeert|creperen|doodgaat|doodgaan|doodvalt|doodvallen|sterft|sterven|wegrot|wegrotten|verbrandt|verbranden|omkomt|omkomen|verongelukt|verongelukken|kapotgaat|onder een (bus|trein|auto|vrachtwagen|tram) (komt|komen|belandt)|aangereden wordt|een hartaanval krijgt|kanker krijgt|kanker krijgen|in de hel brandt)', 'threat', 0.85, {
    ...loose,
    bad: ['Ik hoop dat je verzuipt in je eigen gezeik', 'Ik hoop dat die scheids onder een bus komt', 'Ik hoop dat hij een hartaanval krijgt'],
    ok: ['Ik hoop dat je niet verdrinkt in het werk deze week', 'Ik hoop dat je geniet van je vakantie'],
  }),
  nl('(hopelijk) (verzuip|verzuipt|verdrink|verdrinkt|stik|stikt|crepeer|crepeert|sterf|sterft|verrek|verrekt) (je|jij|hij|ze|jullie)', 'threat', 0.85, { ...loose, bad: ['Hopelijk verzuip je in je eigen gezeik'] }),
  en('(i hope|hope|hopefully|i wish) (that)? (you|u|ya|he|she|they|you all|your family|your kids) ~2 (get|gets|got) ((hit|run over|knocked down) by (a|an|the)? (bus|truck|car|train|lorry|tram|van)|killed|stabbed|shot|raped|beaten up|cancer|aids|hanged|lynched|mauled)', 'threat', 0.85, {
    ...loose,
    bad: ['I hope you get hit by a truck on your way home', 'hope he gets cancer'],
    ok: ['I hope you get the job, good luck', 'Hope you get hit by inspiration this weekend'],
  }),
  en('(i hope|hope|hopefully|i wish) (that)? (you|u|ya|he|she|they|you all|your family|your kids) ~2 (die|dies|drown|drowns|burn|burns|rot|rots|suffer|suffers|choke|chokes|bleed out|starve|starves)', 'threat', 0.85, {
    ...loose,
    innocent: ['laughing', 'laughter', 'embarrassment', 'envy', 'jealousy', 'curiosity', 'boredom'],
    bad: ['I hope you rot, honestly', 'i hope they starve'],
    ok: ['I hope you die laughing at this video'],
  }),
  // What someone "deserves": a bullet, a beating, to be raped.
  nl('(je|jij|jullie|hij|zij|ze|die {person}) (verdient|verdienen|verdien) (het)? ~2 (een kogel|de kogel|een pak slaag|een pak rammel|de doodstraf|de strop|een mes|een klap|een dreun|klappen|kanker|de kanker|te sterven|te creperen|dood te gaan|verkracht te worden|opgehangen te worden|doodgeschoten te worden|afgemaakt te worden|in elkaar geslagen te worden)', 'threat', 0.85, {
    ...loose,
    bad: ['Je verdient een kogel door je kop', 'Die wethouder verdient een pak slaag', 'Jij verdient het om dood te gaan'],
    ok: ['Je verdient een pluim voor dit project', 'Jij verdient een klap op je schouder en een taart'],
    innocent: ['schouder', 'taart', 'applaus', 'bonus', 'compliment', 'pluim'],
  }),
  nl('(verdien|verdient) (je|jij|jullie|hij|zij|ze) (het)? ~2 (een kogel|de kogel|een pak slaag|een pak rammel|de doodstraf|de strop|kanker|te sterven|te creperen|dood te gaan|verkracht te worden|opgehangen te worden)', 'threat', 0.85, { ...loose, bad: ['Eigenlijk verdien je een kogel'] }),
  en('(you|u|he|she|they|you all|that {person}) (deserve|deserves) (to)? (be|get)? (raped|shot|hanged|hung|killed|stabbed|beaten|lynched|tortured|a bullet|a beating|a kicking|cancer|to die|to suffer|to rot|to burn|die|suffer|rot|burn)', 'threat', 0.85, {
    ...loose,
    bad: ['You deserve to be raped for writing that', 'he deserves a bullet', 'that councillor deserves a kicking'],
    ok: ['You deserve a raise after this quarter', 'You deserve to be promoted'],
  }),
  // Killed like an animal: "someone needs to put that councillor down like a rabid dog".
  en('put ~3 down like (a|the)? (rabid|mad|sick|old)? (dog|dogs|animal|animals|horse)', 'threat', 0.8, { ...loose, bad: ['Someone needs to put that councillor down like a rabid dog'] }),
  nl('(afmaken|afschieten|afknallen|neerknallen|doodschieten|ophangen|vergassen|executeren|opknopen) (als|zoals) (een)? (hond|honden|dier|dieren|beest|beesten|rat|ratten)', 'threat', 0.8, { ...loose, bad: ['Die lui moet je afschieten als honden'] }),
  // Calling for someone's death: "ze zouden die kinderverkrachter moeten afschieten".
  nl('(zouden|zou|moeten|moet|mogen|mag) ~2 (die|dat|deze|zo n|zon|zulke|al die|dat soort) {person} ~3 (moeten|mogen)? (afschieten|afknallen|neerknallen|neerschieten|doodschieten|ophangen|opknopen|vergassen|executeren|afmaken|lynchen|castreren)', 'threat', 0.8, {
    ...loose,
    bad: ["Ze zouden die kinderverkrachter moeten afschieten, en z'n advocaat er meteen bij", 'Ze moeten die gasten gewoon ophangen'],
    ok: ['Ze zouden die klant moeten afbellen', 'Ze zouden die collega moeten afschermen van de pers'],
  }),

  // Session 5: more threats in own words (insult-probe-3 and the classes of threat it showed missing).
  nl(`(ik|we|k) ${WILL_NL} ~4 (je|jou|hem|haar|jullie) ~2 (kapot maken|dood maken|af maken|in elkaar slaan|in elkaar trappen|de grond in slaan|de grond in rammen|de grond in trappen)`, 'threat', 0.85, {
    ...loose,
    bad: ['ik ga je kapot maken als ik je zie'],
    ok: ['We gaan je kapot maken met FIFA zaterdag', 'Ik ga je niet kapot maken, rustig maar'],
  }),
  nl('(ik|we|k) {violent-verb} (je|jou|hem|haar|jullie) (de grond in|het ziekenhuis in|de gracht in|tegen de vlakte|knock out|buiten westen|het graf in|de tanden uit je bek|de tanden uit je mond|de hersens in)', 'threat', 0.85, {
    ...loose,
    bad: ['Ik ram je de grond in', 'ik schop je de tanden uit je bek'],
  }),
  nl('(je|jij|jullie|hij|die {person}) (krijgt|krijg|krijgen) (een|de)? (kogel|kogel door je kop|mes tussen je ribben|pak slaag|pak rammel|kopstoot|klap voor je kop|klap voor je harses) ', 'threat', 0.85, {
    ...loose,
    bad: ['Je krijgt een kogel', 'Die scheids krijgt een pak slaag van mij'],
  }),
  nl('(je|jij) bent (een)? (dood man|dode man|lijk|dood vogeltje) ', 'threat', 0.75, { ...loose, bad: ['Je bent een dood man'], ok: ['Je bent geen dood man, je leeft nog na die griep'] }),
  nl('(ik|we|k) (steek|zet|fik|gooi|brand) ~2 ({target-poss}|z n|d r) (huis|auto|zaak|winkel|kantoor|woning|bedrijf|tent|boot|schuur) ~3 (in de fik|in brand|af|in de hens|plat)', 'threat', 0.85, {
    ...loose,
    bad: ['ik steek je huis in de fik', 'Ik zet zijn auto in brand'],
    ok: ['Ik zet je auto even in de schaduw'],
  }),
  nl('(steek|zet|fik|brand) (ik|we) ({target-poss}|z n|d r) (huis|auto|zaak|winkel|kantoor|woning|bedrijf|tent|boot|schuur) ~3 (in de fik|in brand|af|in de hens|plat)', 'threat', 0.85, { ...loose, bad: ['Dan steek ik je huis in de fik'] }),
  nl('(je|jij|jullie|hij|ze) (zult|zal|zullen|gaat|gaan) (hiervoor|ervoor|daarvoor)? (boeten|bloeden)', 'threat', 0.75, { ...loose, bad: ['Je zult boeten', 'Jullie gaan hiervoor bloeden'] }),
  nl('(ik|we) (laat|laten) (je|jou|hem|haar|jullie) ~2 (in elkaar slaan|in elkaar trappen|afmaken|vermoorden|neersteken|neerschieten|doodschieten|lek steken)', 'threat', 0.85, { ...loose, bad: ['Ik laat je in elkaar slaan'] }),
  nl('(ik|we|k) (rij|rijd|rijden) (je|jou|hem|haar|jullie) ~2 (dood|omver|van de weg|plat|ondersteboven|het ziekenhuis in)', 'threat', 0.8, { ...loose, bad: ['ik rij je van de weg', 'Ik rij hem gewoon dood'], ok: ['Ik rij je even naar huis'] }),
  nl('(ik|we|k) (spuug|spuw|pis|zeik|schijt|dans) (op|over) (je|jouw|zijn|haar|hun) graf', 'threat', 0.75, { ...loose, bad: ['Ik spuug op je graf'] }),
  // Damage to someone's property: "ik steek je banden lek", "ik kras je auto kapot", "dan staat je auto in de fik".
  nl('(ik|we|k) (kras|krassen|sloop|slopen|verniel|vernielen|steek|steken|gooi|gooien|trap|trappen) ~2 ({target-poss}|z n|d r) (auto|ruiten|ramen|ruit|raam|banden|band|fiets|lak|spiegels|spiegel|voordeur|brievenbus|bus|busje) ~2 (kapot|lek|in|eraf|in de fik|in brand|aan gort|stuk)', 'threat', 0.8, {
    ...loose,
    bad: ['ik kras je auto helemaal kapot', 'Ik steek je banden lek, let maar op', 'Ik gooi je ruiten in'],
    ok: ['Ik sloop je oude auto voor onderdelen, zoals afgesproken'],
  }),
  nl('(dan|anders|morgen|straks|vannacht) (staat|sta|ligt|zijn|is|staan) ({target-poss}|z n|d r) (auto|huis|zaak|winkel|ruiten|ramen|fiets|bus|busje|schuur) ~2 (in de fik|in brand|ingegooid|aan gort|in de hens)', 'threat', 0.8, {
    ...loose,
    bad: ['Dan sta je auto morgen in de fik', 'Anders zijn je ruiten vannacht ingegooid'],
  }),
  en(`{pron-1} ${WILL_EN} ~2 (slash|slit|puncture|let down) {target-poss} (tyres|tires|tyre|tire)`, 'threat', 0.75, { ...loose, bad: ["I'll slash your tyres"] }),
  en(`{pron-1} ${WILL_EN} ~2 (smash|trash|wreck|torch|key|burn) {target-poss} (car|house|van|shop|windows|place|face) (up|in|down)?`, 'threat', 0.8, {
    ...loose,
    bad: ['I will smash your car up', "I'll torch your house"],
    ok: ["I'll smash your record at the pub quiz"],
  }),
  en(`{pron-1} ${WILL_EN} ~2 (have|get) {target} (done over|done in|sorted out|battered|jumped|stabbed|shot)`, 'threat', 0.8, { ...loose, bad: ["I'll have you done over", "I'm gonna get him battered"] }),
  en('(i ll|ill|i will|i m going to|im gonna|i m gonna) (piss|spit|shit|dance) on {target-poss} grave', 'threat', 0.75, { ...loose, bad: ["I'll piss on your grave"] }),
  en('(you ll|youll|you will|he ll|he will|they ll|they will) get what s coming (to you|to him|to her|to them)?', 'threat', 0.7, {
    ...loose,
    innocent: ['bonus', 'promotion', 'raise', 'reward', 'credit', 'praise', 'karma'],
    bad: ["you'll get what's coming to you"],
  }),
  en('sleep with one eye open', 'threat', 0.7, { ...loose, bad: ['Better sleep with one eye open'] }),
  en('(someone|somebody) (should|needs to|ought to|has to) (knock|kick|smash|punch) {target-poss} (teeth|head|face) (out|in)', 'threat', 0.8, { ...loose, bad: ['Someone should knock your teeth out'] }),
  en('(i hope|hope|i wish) {target-poss} (house|car|shop|family|kids|business) (burns|burn|gets burned|get burned|burns down|dies|die)', 'threat', 0.8, { ...loose, bad: ['I hope your house burns down'] }),
  en('(i wish|wish) (you|u|he|she|they) (were|was) dead', 'threat', 0.8, { ...loose, bad: ['I wish you were dead'] }),
  en('^ (rot|burn) in hell', 'threat', 0.7, { ...loose, bad: ['Rot in hell, you scumbag'] }),
  // en: putting someone in hospital or in the ground, rearranging a face, finding out where someone lives.
  en(`{pron-1} ${WILL_EN} ~3 put {target} (in|into|under|six feet) ~2 (ground|grave|hospital|wheelchair|coffin|morgue|icu|body bag|under|box|hole)`, 'threat', 0.85, {
    ...loose,
    bad: ['Touch my car again and I swear I will put you in the ground', "Keep talking and I'll put you in a wheelchair"],
    ok: ["I'll put you in touch with the hospital's HR team", "I'll put you in the group chat"],
  }),
  en(`{pron-1} ${WILL_EN} ~3 (rearrange|redecorate|mess up|smash in|kick in|cave in|punch in|knock in|bash in|fuck up) {target-poss} (face|head|teeth|skull)`, 'threat', 0.85, {
    ...loose,
    bad: ["Say that to my face and I'll rearrange your face"],
  }),
  en(`{pron-1} ${WILL_EN} ~2 find (out)? where {target} (live|lives|work|works|sleep|sleeps|park|parks)`, 'threat', 0.8, {
    ...loose,
    innocent: ['best', 'desk', 'setup', 'productive', 'comfortable', 'happiest', 'well'],
    ok: ["I'll find out where you work best and set up your desk"],
    bad: ["I'm going to find out where you live and make you regret this"],
  }),
  en(`{pron-1} ${WILL_EN} ~3 make {target} (pay|suffer|bleed)`, 'threat', 0.75, { ...loose, bad: ["I'll make you pay for this"] }),
  en('{pron-1} (m|am|re|are) coming (for|after) {target}', 'threat', 0.7, {
    ...loose,
    innocent: [...BANTER, 'pizza', 'cake', 'coffee', 'beer', 'crown', 'title', 'trophy', 'record', 'weekend', 'party', 'job', 'spot'],
    bad: ["I'm coming for you"],
    ok: ["I'm coming for you, pizza"],
  }),
  en('{pron-1} (know|have|got) {target-poss} (address|home address|number plate|license plate|licence plate|kids school|kids schools)', 'threat', 0.7, {
    ...loose,
    innocent: ['invoice', 'form', 'delivery', 'parcel', 'package', 'shipping', 'order', 'post', 'card', 'send', 'update', 'correct'],
    ok: ['I know your address is on the invoice, no worries'],
    bad: ["You'll regret this, I know your address"],
  }),
  nl('(breek|breken|sla|slaan|trap|trappen|steek|steken) (ik|we|k) {target-poss} {body-part}', 'threat', 0.8, {
    ...loose,
    bad: ['Volgende keer breek ik je benen', 'Dan trap ik je knieën'],
    ok: ['Gisteren brak ik mijn pols bij het voetballen'],
  }),
  nl('(ik|we|k) (geef|geven|verkoop|verkopen) (je|jou|hem|haar|jullie|ze) (een|een paar|zo n|er)? (klap|klappen|dreun|dreunen|hoeken|knal|knallen|mep|meppen|kopstoot|oplawaai|pak slaag|pak rammel)', 'threat', 0.75, {
    ...loose,
    innocent: ['schouder', 'rug', 'high five', 'compliment', 'applaus', 'bal', 'tennis', 'boks', 'bokstraining', 'kussen'],
    bad: ['Ik geef hem een klap voor zijn kop als ik hem zie', 'ik verkoop je een dreun'],
    ok: ['Ik geef je een klap op je schouder, goed gedaan!'],
  }),
  nl('(krijgt|krijg|krijgen|krijg je|krijgt ie) (een|een paar|zo n)? (klap|klappen|dreun|dreunen|hoeken|knal|mep|meppen|kopstoot|oplawaai|pak slaag|pak rammel) van (me|mij|ons)', 'threat', 0.75, {
    ...loose,
    bad: ['Die gast krijgt een paar hoeken van me'],
  }),
  en('(you ll|youll|you will|you re gonna|youre gonna|you are going to|he ll|hell|he will|he s gonna) (end up|wake up|be|land) (in)? (hospital|the hospital|a wheelchair|the morgue|a coffin|a body bag|intensive care|the er|a and e|a&e)', 'threat', 0.75, {
    ...loose,
    innocent: ['visiting', 'visit', 'nurse', 'doctor', 'shift', 'work', 'job', 'volunteer', 'tomorrow', 'appointment', 'surgery', 'operation', 'checkup', 'x ray', 'scan'],
    bad: ["Keep it up and you'll end up in hospital"],
    ok: ["You'll be in the hospital for your shift at 7, right?"],
  }),
  en(`{pron-1} ${WILL_EN} ~2 make {target-poss} life (hell|a living hell|miserable|a misery)`, 'threat', 0.7, { ...loose, bad: ["I'm going to make your life hell"] }),
  en('{violent-verb} every bone in {target-poss} body', 'threat', 0.85, { ...loose, bad: ["I'll break every bone in your body"] }),
  en('(you re|youre|ur|you are) (so)? (dead|dead meat|a dead man|a dead woman|toast)$', 'threat', 0.6, { ...loose, bad: ["You're dead."], ok: ["You're dead right about that"] }),
  en('(you ll|youll|you will|you re gonna|youre gonna|you are going to) pay for (this|that)', 'threat', 0.7, {
    ...loose,
    innocent: ['coffee', 'lunch', 'round', 'beer', 'drinks', 'dinner', 'pizza', 'ticket', 'next', 'bill', 'tab', 'later'],
    bad: ["You'll pay for this"],
    ok: ["You'll pay for this coffee next time, deal?"],
  }),
  // Idioms of what the victim will be left doing: "dan kan hij zijn tanden bij elkaar rapen",
  // "you'll be eating through a straw".
  nl('(tanden|kiezen|tandjes) (bij elkaar|bijeen|van de grond|van de straat|van de stoep) (rapen|zoeken|vegen|schrapen)', 'threat', 0.75, {
    ...loose,
    bad: ['dan kan hij zijn tanden bij elkaar rapen'],
  }),
  en('(you|he|she|they) (ll|will|d|would) be (eating|drinking|fed) (through|with) a straw', 'threat', 0.75, {
    ...loose,
    bad: ["Say that to my face and you'll be eating through a straw for a month"],
    ok: ['After the dentist you will be drinking with a straw for a day'],
    innocent: ['dentist', 'tandarts', 'surgery', 'operation', 'braces', 'wisdom'],
  }),
  en('(pick|picking) (up)? (your|his|her|their) teeth (up)? (off|from) the (floor|ground|pavement|street)', 'threat', 0.75, { ...loose, bad: ["you'll be picking your teeth up off the floor"] }),
  // A body part named after the one threatened: "Ik sla die vent van de overkant echt zijn kop in".
  nl('(ik|we|k) {violent-verb} (die|dat|deze|je|jou|hem|haar) ~5 ({target-poss}|z n|d r) (kop|hoofd|kanis|smoel|bek|schedel|gezicht|tanden|neus|kaak|harses) (in|kapot|eraf|stuk|dicht|verrot|uit)', 'threat', 0.85, {
    ...loose,
    innocent: [...BANTER],
    bad: ['Ik sla die vent van de overkant echt zijn kop in'],
    ok: ['Ik breek die puzzel van de overkant nog eens mijn hoofd over'],
  }),
];
