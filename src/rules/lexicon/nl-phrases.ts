// Dutch curse prefixes, curse phrases, threats and group attacks. Phrases are
// patterns expanded at compile time (forms.ts `expand`): "(a|b|)" = a, b or nothing.
import { type CursePrefix, entryMaker, type LexEntry } from './types.ts';

const e = entryMaker('nl');

const MEDICAL = [
  'onderzoek', 'pati', 'fonds', 'bestrijd', 'cel', 'behandel', 'diagnos', 'zorg', 'centr', 'soort', 'risico', 'screen',
  'verwek', 'gezwel', 'afdeling', 'specialis', 'arts', 'verenig', 'prevent', 'medic', 'gen', 'regist', 'instituut', 'ziek',
  'chirurg', 'therap', 'stadi', 'genez', 'uitzaai', 'overlev', 'geval', 'cijfer', 'sterf', 'tumor', 'weefsel', 'vrij',
  'campagne', 'collecte', 'wetenschap', 'opsporing', 'vaccin', 'vorm', 'type', 'ontwikkel', 'groei', 'kliniek', 'expert',
  'verpleeg', 'stichting', 'hulp', 'lotgeno', 'test', 'marker', 'bestral', 'chemo', 'immuno', 'epidem', 'incidentie',
  'bacter', 'uitbraak', 'besmet', 'koorts', 'kwf', 'dag van', 'week', 'maand', 'survivor', 'lijder', 'operat', 'genees',
  'medicat', 'medicijn', 'klinisch', 'poli', 'zieken', 'pijn', 'verpleg', 'nazorg', 'revalid', 'stamcel', 'radiother', 'ingreep',
  'achtig', 'industrie', 'plan', 'beleid', 'probleem', 'proces', 'virus', 'vraagstuk', 'wond', 'programma', 'verloop', 'plek', 'agenda',
];
/** Words for vermin or a rabble that make a slur of a group noun glued before them. */
const RABBLE = ['tuig', 'gespuis', 'gajes', 'geteisem', 'schorem', 'uitschot', 'pack', 'hond', 'honden', 'apen', 'aap', 'ratten', 'rat', 'zwijn', 'zwijnen', 'kakkerlakken', 'ongedierte', 'hoer', 'hoeren', 'wijf', 'wijven', 'streek', 'streken', 'zooi', 'troep'];
const PEJORATIVE_HEADS = ['lijer', 'hoer', 'wijf', 'wijven', 'pokken', 'joch', 'hond', 'honden', 'zooi', 'teef', 'kind', 'lijers', 'hoeren'];

export const NL_PREFIXES: CursePrefix[] = [
  { prefix: 'kanker', kind: 'disease-curse', sureness: 0.9, lang: 'nl', innocentHeads: [...MEDICAL, 'aar'], alt: 'rot' },
  { prefix: 'kk', kind: 'disease-curse', sureness: 0.8, lang: 'nl', alt: 'rot' },
  { prefix: 'kkr', kind: 'disease-curse', sureness: 0.85, lang: 'nl', alt: 'rot' },
  { prefix: 'tering', kind: 'disease-curse', sureness: 0.9, lang: 'nl', innocentHeads: ['tbc', 'tubercul', 'achtig', 'lijd', 'patient', 'sanatorium'], alt: 'rot' },
  { prefix: 'tyfus', kind: 'disease-curse', sureness: 0.9, lang: 'nl', innocentHeads: MEDICAL, alt: 'rot' },
  { prefix: 'tiefus', kind: 'disease-curse', sureness: 0.9, lang: 'nl', alt: 'rot' },
  { prefix: 'kenker', kind: 'disease-curse', sureness: 0.85, lang: 'nl', innocentHeads: MEDICAL, alt: 'rot' },
  { prefix: 'pokken', kind: 'disease-curse', sureness: 0.85, lang: 'nl', innocentHeads: [...MEDICAL, 'virus', 'uitslag', 'prik', 'inent', 'litteken', 'blaas', 'epidemie', 'briefje'], alt: 'rot' },
  // "pokke-" without n, as people say it: "pokkeherrie", "pokkeweer" ("pokken", the disease, starts with n after it).
  { prefix: 'pokke', kind: 'disease-curse', sureness: 0.85, lang: 'nl', innocentHeads: ['n', 'tje'], alt: 'rot' },
  { prefix: 'pleuris', kind: 'disease-curse', sureness: 0.85, lang: 'nl', innocentHeads: [...MEDICAL, 'ies', 'y'], alt: 'rot' },
  // "kleren" (clothes) starts like "klere-": an n right after the prefix is innocent.
  { prefix: 'klere', kind: 'disease-curse', sureness: 0.85, lang: 'nl', innocentHeads: ['n'], alt: 'rot' },
  { prefix: 'kolere', kind: 'disease-curse', sureness: 0.9, lang: 'nl', alt: 'rot' },
  { prefix: 'pest', kind: 'disease-curse', sureness: 0.8, lang: 'nl', onlyHeads: PEJORATIVE_HEADS },
  // Place names and a boat start like "kut-": Kuttekoven, Kuttingen, kutter.
  { prefix: 'kut', kind: 'profanity', sureness: 0.85, lang: 'nl', innocentHeads: ['ter', 'tekoven', 'tingen', 'cha', 'ches'], alt: 'rot' },
  { prefix: 'klote', kind: 'profanity', sureness: 0.7, lang: 'nl', alt: 'rot' },
  // "takkenbos", "takken" (branches) start like "takke-".
  { prefix: 'takke', kind: 'profanity', sureness: 0.8, lang: 'nl', innocentHeads: ['n', 'ling'], alt: 'rot' },
  // A slur glued to a word stays a slur: "nikkermuziek", "mongolenbende", "spastenwerk".
  { prefix: 'nikker', kind: 'slur-racist', sureness: 0.95, lang: 'nl' },
  { prefix: 'mongolen', kind: 'slur-ableist', sureness: 0.85, lang: 'nl' },
  { prefix: 'mongool', kind: 'slur-ableist', sureness: 0.85, lang: 'nl', innocentHeads: ['s', 'se'] },
  { prefix: 'spasten', kind: 'slur-ableist', sureness: 0.85, lang: 'nl' },
  { prefix: 'debielen', kind: 'slur-ableist', sureness: 0.85, lang: 'nl' },
  // A group noun glued to a word for vermin or a rabble is a slur ("zigeunertuig", "jodenhond",
  // "turkengespuis"); with any other word it is neutral ("zigeunermuziek", "jodenbuurt").
  ...['zigeuner', 'zigeuners', 'turken', 'marokkanen', 'mocro', 'mocros', 'joden', 'neger', 'negers', 'moslim', 'moslims', 'polen', 'roemenen', 'bulgaren', 'allochtonen', 'buitenlanders', 'asielzoekers', 'asiel', 'vluchtelingen']
    .map((prefix): CursePrefix => ({ prefix, kind: 'slur-racist', sureness: 0.9, lang: 'nl', onlyHeads: RABBLE })),
];

/** Nouns for groups of people: a curse compound or a sneer before one is discriminatory. */
export const NL_GROUPS =
  'buitenlander|buitenlanders|allochtoon|allochtonen|marokkaan|marokkanen|turk|turken|jood|joden|moslim|moslims|neger|negers|zigeuner|zigeuners|pool|polen|vluchteling|vluchtelingen|asielzoeker|asielzoekers|surinamer|surinamers|antilliaan|antillianen|chinees|chinezen|afrikaan|afrikanen|zwarte|zwarten|arabier|arabieren|gelukzoeker|gelukzoekers|mocro|mocros|roma|bulgaar|bulgaren|roemeen|roemenen';
export const NL_QUEER = "homo|homos|homo's|lesbo|lesbos|lesbienne|lesbiennes|transgender|transgenders|travo|travos|trans";

const CURSE_WORDS = '(kanker|kenker|tering|tyfus|tiefus|klere|kolere|pest|pleuris|pokken|takke|kk|kkr)';
const OP_VERBS = '(kanker|kenker|tering|tyfus|tiefus|klere|kolere|kut|pleur|flikker|sodemieter|lazer|rot|kk|kkr|mieter|tief|tyf|fuck|donder|hoepel)';
const FILL = '(toch|maar|nou|jij|gewoon|lekker|even|effe|allemaal|)';
const WHO = '(je|jou|hem|haar|jullie|die)';
const ADV = '(helemaal|gewoon|echt|nog|zelf|)';

export const NL_PHRASES: LexEntry[] = [
  // Curses.
  e(`(ga|ga toch|ga maar|ga lekker|ga jij|moet je|mag je|kan je|kun je) (de|) ${CURSE_WORDS} krijgen`, 'disease-curse', 0.9, {
    bad: ['Ga toch kanker krijgen met je parkeerbeleid'],
    ok: ['Een op de drie mensen zal kanker krijgen in zijn leven'],
  }),
  e(`krijg ${FILL} (de|het|een|) ${CURSE_WORDS}`, 'disease-curse', 0.9, { bad: ['krijg de tering', 'krijg toch de kanker'] }),
  e(`${OP_VERBS} ${FILL} op`, 'profanity', 0.8, {
    clause: true,
    bad: ['t y f u s op met je spam', 'kanker op man', 'Rot toch op!'],
    ok: ['de invloed van kanker op je werk', 'het onderzoek naar tyfus op Curaçao'],
  }),
  // Dismissals that are idioms, not curses: "ga toch fietsen", "loop toch heen". Only with "toch"
  // and at the start of a clause: "we gaan fietsen" and "ga lekker fietsen vandaag" stay clean.
  e('(ga|loop) toch (lekker|effe|even|gewoon)? (fietsen|heen|naar huis)', 'insult', 0.7, {
    clause: true,
    bad: ['Ga toch fietsen jij, met je gezeur', 'loop toch heen met je reorganisatie'],
    ok: ['Ons team moet gaan fietsen vandaag', 'Ga lekker fietsen vandaag, het is mooi weer'],
  }),
  // "Barst/stik (toch) met je …", "krijg wat met je …": told to drop dead, aimed by "met je". Without
  // "met" these are ordinary ("de ballon barst", "ik stik van de hitte").
  e('(barst|stik|krijg wat|krijg toch wat|krijg de pest) (toch|maar|lekker|nou)? met (je|jullie|jouw|die|dat|dat hele|je hele)', 'insult', 0.75, {
    clause: true,
    bad: ['@sanne_w barst toch met je enquête', 'krijg wat met je spam', 'Stik maar met je bonus'],
    ok: ['De ballon barst met een knal', 'Ik stik van de hitte met die trui aan'],
  }),
  e(`val ${FILL} dood`, 'insult', 0.75, { clause: true, ok: ['ik val bijna dood van de slaap'] }),
  // "Ga je ophangen": telling someone to kill themselves (not hanging up a coat or the washing).
  e('^ (ga|ga toch|ga maar|ga lekker|ga jij|ga gewoon) (je|jezelf) (ophangen|opknopen|van kant maken|verzuipen|doodschieten|voor de trein gooien|voor een trein gooien)', 'threat', 0.85, {
    innocent: ['telefoon', 'jas', 'was', 'schilderij', 'foto', 'lamp', 'verlichting', 'slinger', 'poster', 'vlag', 'kapstok', 'handdoek', 'gordijn'],
    bad: ['Ga je ophangen, niemand mist je', 'ga toch jezelf van kant maken'],
    ok: ['Ga je ophangen of zal ik de telefoon overnemen?'],
  }),
  e('^ (ga|ga toch|ga maar|ga lekker|ga jij|ga gewoon) (dood|sterven|creperen|dood aan kanker|verrekken)', 'threat', 0.8, {
    innocent: ['lachen', 'honger', 'dorst', 'schrik', 'verveling', 'kou', 'hitte', 'slaap', 'moe', 'zenuwen'],
    bad: ['Ga toch dood met je parkeerboetes', 'ga lekker creperen'],
    ok: ['Ik ga dood van de honger', 'Ga maar dood van het lachen bij deze video'],
  }),
  e('(je|jij|jullie) (mag|mogen|moet|moeten|kan|kunnen) (doodvallen|dood neervallen|creperen|verrekken|de tering krijgen|doodgaan)', 'threat', 0.8, { bad: ['Je mag doodvallen'] }),
  // A disease curse written apart from its noun: "wat een kanker weer", "die tering app".
  e(
    "(wat een|echt een|een|die|dat|dit|deze|zo'n|al die|die hele|met je|met jullie|met die|van die|van dat) (kanker|kenker|tering|tyfus|tiefus|kolere|klere|kk|kkr|pokken|pleuris) (dag|week|maandag|zooi|troep|bende|ding|dingen|auto|trein|bus|tram|app|update|systeem|computer|laptop|printer|telefoon|wifi|internet|baan|baas|collega|buurman|buren|buurvrouw|vent|gast|gasten|gozer|wijf|wijven|kind|kinderen|jong|joch|hond|honden|land|mensen|volk|klant|klanten|site|website|regels|file|files|verkeer|school|politie|agent|agenten|boete|club|team|scheids|spel|game|lijer|lijers|hoer|hoeren|lul|mongool|mongolen|homo|homos|flikker|flikkers|neger|negers|jood|joden|marokkaan|marokkanen|turk|turken|tokkie|tokkies|regering|kabinet|belasting|gemeente|ns|zaak|winkel|spam|reclame|herrie|muziek|lawaai|geluid|regen|sneeuw|kou|hitte)",
    'disease-curse',
    0.85,
    // Not "weer" or "werk": "bij wie die kanker weer terugkwam" is about the disease.
    { bad: ['wat een kanker dag vandaag', 'die tering app doet het weer niet', 'ga weg met je kanker reclame'], ok: ['Een kanker die vroeg ontdekt wordt is vaak goed te behandelen', 'bij wie die kanker weer terugkwam'] },
  ),
  // "Weer" and "werk" only after an exclamation: "wat een kanker weer" (weather), not "die kanker weer".
  e('(wat een|zo n|zo\'n|echt|echt een|kut) (kanker|kenker|tering|tyfus|tiefus|kolere|klere|kk|kkr|pokken|pleuris) (weer|weertje|werk|werkdag|klus)', 'disease-curse', 0.85, {
    bad: ['wat een kanker weer vandaag', 'wat een t y f u s werk is dit'],
    ok: ['bij wie die kanker weer terugkwam', 'Wat een kanker weer in de familie, eerst opa en nu tante'],
    innocent: ['familie', 'terug', 'teruggekomen', 'uitgezaaid', 'diagnose', 'chemo', 'behandeling', 'ziek', 'opa', 'oma', 'tante', 'oom', 'vader', 'moeder'],
  }),
  // A crowd of people called incompetent: "stelletje amateurs", "bende prutsers", "bunch of cowboys".
  e('(stelletje|bende|zootje|stel|clubje|bunch of|pack of|load of|gang of) (amateurs|amateurtjes|prutsers|klungels|beunhazen|kneuzen|clowns|cowboys|jokers|muppets|zakkenvullers|oplichters|crooks)', 'insult', 0.7, {
    bad: ['Wat een stelletje amateurs daar bij de gemeente', 'a bunch of cowboys, those builders'],
    ok: ['We zijn maar een stelletje amateurs op het podium, maar wat een lol', 'Een bende amateurs-muzikanten speelde op het plein'],
    innocent: ['podium', 'lol', 'muzikanten', 'koor', 'toneel', 'theater', 'band', 'zelf', 'wij', 'we', 'ourselves', 'choir', 'stage', 'fun'],
  }),
  // A sexual remark about someone's body.
  e('(lekker|lekkere|strak|strakke|geil|geile|mooi|mooie) (kontje|kontjes|kont|reet|tietjes|tieten|billen|billetjes)', 'sexual', 0.7, {
    innocent: ['brood', 'kaas', 'worst', 'baby', 'luier', 'broodje'],
    bad: ['Die nieuwe collega heeft een lekker kontje hoor', 'wat een strakke billen heeft ze'],
    ok: ['Het kontje van het brood is het lekkerst met kaas', 'Lekker billen insmeren bij de baby tegen luieruitslag'],
  }),
  // A colleague called a sexy thing: "die nieuwe stagiaire is echt een lekker ding" (not the espresso machine).
  e('({person}|ze|zij|hij) ~3 (is|was) (echt|toch|wel|me)? (een)? (echt)? (lekker|lekkere|geil|geile) (ding|stuk|wijf|wijfje|mokkel|meid|chick)', 'sexual', 0.7, {
    bad: ['Die nieuwe stagiaire is echt een lekker ding'],
    ok: ['Die nieuwe espressomachine is echt een lekker ding', 'Wat een lekker ding, die nieuwe espressomachine'],
  }),
  // Wanting to have sex with a colleague, said in public: "ik zou haar wel eens willen pakken".
  e('(ik zou|zou ik) (haar|hem|die meid|dat wijf|die griet|die stagiaire) (wel|best|graag)? (eens|een keer)? (willen)? (pakken|neuken|nemen|bespringen|berijden|naaien|knallen|doen|beffen) (willen)?', 'sexual', 0.75, {
    innocent: ['bellen', 'mail', 'vragen', 'helpen', 'uitnodig', 'aannemen', 'contract', 'sollicit', 'team', 'project', 'dienst', 'rooster', 'auto', 'station', 'ophalen', 'taxi', 'vliegveld'],
    bad: ['Ik zou haar wel eens willen pakken, die nieuwe collega'],
    ok: ['Ik zou hem graag willen nemen voor het project', 'Die stagiaire zou ik best willen aannemen'],
  }),
  e('(kontje|kont|billen|tieten|tietjes|benen|lijf|borsten|reet) ~4 (daar|die|haar) zou ik (wel|best|graag)? (eens|een keer)? (wat mee|wel wat mee|op|overheen|in) willen', 'sexual', 0.7, {
    bad: ['Die nieuwe planner heeft wel een lekker kontje hoor, daar zou ik wel wat mee willen'],
    ok: ['Interessante startup, daar zou ik wel wat mee willen doen in ons project'],
  }),
  e('(hou|houd) (toch|nou|nou eens|eens)? (je|jij|jouw) (bek|muil|smoel|waffel|harses|klep|kanker bek|snavel|kanis|tater|bakkes|porem|kop dicht|waffel dicht|snavel dicht)', 'insult', 0.75, { alt: 'stop alsjeblieft', bad: ['hou nou eens je bek'] }),
  // "Hou je kop erbij" and "hou je kop koel" are advice: only "hou je kop" that ends the sentence.
  e('(hou|houd) (toch|nou|nou eens|eens)? (je|jij|jouw) kop (dicht|jij|nou|toch|man|gast)? $', 'insult', 0.75, { bad: ['Hou toch je kop jij!', 'hou je kop'], ok: ['Hou je kop erbij tijdens het examen!', 'Hou je kop koel'] }),
  e('(bek|muil|smoel|kop|snavel|kanis|tater|bakkes|waffel) dicht', 'insult', 0.6, { clause: true, bad: ['Kop dicht, niemand vroeg wat'] }),
  e('(loop|lazer|ga) (toch|maar|lekker)? naar de (hel|duivel|maan|bliksem|pomp)', 'profanity', 0.7, { clause: true, bad: ['Loop naar de hel met je boete'] }),
  // A disease curse on its own, opening the sentence with an interjection: "Kanker zeg, alweer een update".
  e('^ (kanker|tering|tyfus|tiefus|kolere|klere|pleuris|kk|kkr) (zeg|man|joh|jongens|gast|gozer|ey|wtf|hee|hé)', 'disease-curse', 0.85, {
    bad: ['Kanker zeg, alweer een update van het boekhoudpakket'],
    ok: ['Kanker, hart- en vaatziekten en diabetes zijn de grootste doodsoorzaken'],
  }),
  e(
    '(kanker|tering|tyfus|tiefus|kk|kkr|kolere) (irritant|irritante|slecht|slechte|dom|domme|lelijk|lelijke|druk|vaag|saai|traag|duur|vies|chill|mooi|lekker|grappig|koud|raar|gestoord|gek|vet|kapot|lomp|triest|stom|boos|moe|kut|zwaar)',
    'disease-curse',
    0.85,
    { bad: ['wat is dit kanker irritant'], ok: ['Kanker heet officieel een maligne tumor'] },
  ),

  // A disease curse right before a word for a person, without "die" or "wat een": "kanker scheids", "tyfus gast".
  e('(kanker|kenker|tering|tyfus|tiefus|kk|kkr|klere|kolere|pleuris) (scheids|scheidsrechter|gast|gasten|vent|venten|gozer|gozers|wijf|wijven|lijer|lijers|hond|honden|joch|buurman|buren|klant|klanten|baas|agent|agenten|boa|boas|parkeerwacht|hoer|hoeren|mongool|mongolen|homo|homos|turk|turken|marokkaan|marokkanen|jood|joden|neger|negers|flikker|flikkers|lul|idioot|debiel|trut|mensen|volk|tokkie|tokkies|kinderen|jongens)', 'disease-curse', 0.85, {
    innocent: ['diagnose', 'behandel', 'chemo', 'ziekenhuis', 'patient', 'overleden', 'onderzoek', 'genezen', 'bestraling', 'tumor', 'uitgezaaid', 'longkanker', 'borstkanker', 'met kanker', 'aan kanker', 'kwf', 'inloophuis', 'lotgenoten', 'ziek'],
    bad: ['Die scheidsrechter is blind, kanker scheids', 'tyfus gasten bij de helpdesk'],
    ok: ['Onderzoek naar kanker bij kinderen: kanker kinderen krijgen nu betere chemo'],
  }),
  // "Een echte zak", "wat een zak": the word ends the sentence or is said of someone ("zak van een vent"),
  // never a bag of something ("een zak chips", "een grote zak voor de verhuizing").
  e("(wat een|is een|ben een|bent een|jij|jij een|echt een|zo n|zo'n|vuile|stomme|lamme|slappe|ouwe|gore|vette) [(echte|ongelooflijke|ongelofelijke|vuile|vieze|smerige|stomme|lamme|slappe|ouwe|enorme|gore|vette|arrogante|luie|narcistische|egoistische|hypocriete|verwaande|betweterige|gierige|valse|gluiperige|achterbakse|incompetente|onbeschofte|chagrijnige|zeikerige|laffe|smeerlappige|zielige)? zak] $", 'insult', 0.75, {
    bad: ['Die vent is een echte zak', 'Wat ben jij een ongelooflijke zak.', 'Mijn manager is een narcistische zak'],
    ok: ['Wat een zak chips heb jij gekocht', 'Dat is een grote zak, daar past alles in', 'Dit is een echte zak van leer'],
  }),
  e("(wat een|is een|ben een|bent een|jij een|echt een|zo n|zo'n) [(echte|ongelooflijke|ongelofelijke|vuile|vieze|smerige|stomme|lamme|slappe|ouwe|enorme|gore|vette|arrogante|luie|narcistische|egoistische|hypocriete|verwaande|betweterige|gierige|valse|gluiperige|achterbakse|incompetente|onbeschofte|chagrijnige|zeikerige|laffe|smeerlappige|zielige)? zak] (van een|hoor|zeg|man|joh|is die|is dat|is hij|is ze|ben jij|ben je)", 'insult', 0.75, {
    bad: ['Wat een zak is die nieuwe manager', 'Wat een zak van een vent'],
    ok: ['Wat een zak die ik kocht, past alles in'],
  }),
  // A disability thrown at someone as an insult: "ben je gehandicapt ofzo?", "doe niet zo autistisch".
  e('(ben je|ben jij|bent u|is hij|is ze|zijn jullie) (soms|nou|echt|gewoon)? (gehandicapt|autistisch|achterlijk|debiel|mongool|zwakzinnig|spastisch|downie|mongolisch|geestelijk gehandicapt|zwakbegaafd) (of zo|ofzo|ofwat|of wat|of iets)', 'slur-ableist', 0.8, {
    bad: ['Ben je gehandicapt ofzo? Drie keer uitgelegd hoe de kassa werkt'],
    ok: ['Ben je gehandicapt? Dan heb je recht op een aangepaste werkplek'],
  }),
  e('doe (toch|eens|nou)? (niet|nou niet) (zo)? (autistisch|gehandicapt|spastisch|mongolisch|achterlijk|debiel|downie|zwakzinnig)', 'slur-ableist', 0.8, {
    bad: ['Doe niet zo autistisch man, het is maar een vergadering'],
  }),
  // Contempt aimed at the reader: "jij bent niks waard", "je bent een schande", "je verdient het niet om te leven".
  e('(je bent|jij bent|u bent|jullie zijn) (echt|gewoon|helemaal|zo|toch)? (niks waard|niets waard|waardeloos|een nul|een mislukkeling|een mislukking|een schande|nutteloos|walgelijk|een lachertje|een loser|een zielige loser|een waardeloze loser|een vuil stuk vreten|het leven niet waard)', 'insult', 0.7, {
    innocent: ['excel', 'spelling', 'zingen', 'tekenen', 'koken', 'sport'],
    bad: ['Jij bent niks waard', 'Je bent een schande voor je familie', 'Je bent waardeloos'],
    ok: ['Ik ben waardeloos in Excel, wie helpt?'],
  }),
  e('(je|jij) (verdient|bent) het (niet|niet eens) (om te leven|waard om te leven|te leven)', 'threat', 0.8, { bad: ['Je verdient het niet om te leven', 'Je bent het niet waard om te leven'] }),
  // The reader's mother: "je moeder had je moeten wegslikken", "ga je moeder pijpen".
  e('(je|jouw|jullie) moeder (had|hadden) (je|jou|jullie) (maar|beter)? (moeten)? (wegslikken|doorslikken|aborteren|weggeslikt|doorgeslikt|geaborteerd)', 'sexual', 0.85, { bad: ['Je moeder had je moeten wegslikken'] }),
  e('had (je|jouw) moeder (je|jou) (maar|beter)? (moeten)? (geaborteerd|aborteren|weggeslikt|doorgeslikt|wegslikken|doorslikken)', 'sexual', 0.85, { bad: ['Had je moeder je maar geaborteerd'] }),
  e('(ga|ga toch|ga maar|ga lekker) (je|jouw) (moeder|zus|zusje|vader|oma) (pijpen|neuken|naaien|beffen|bespringen)', 'sexual', 0.9, { bad: ['Ga je moeder pijpen'] }),
  // Threats of violence.
  e(`(ik|dan) maak ${WHO} ${ADV} (af|kapot|dood|koud)`, 'threat', 0.9, { bad: ['ik maak je af', 'Ik maak je koud, let maar op'] }),
  e(`maak ik ${WHO} ${ADV} (af|kapot|dood|koud)`, 'threat', 0.9, { bad: ['als je nog één keer aan mijn dochter komt, maak ik je af.'] }),
  e(
    `(ik|dan) (sla|trap|schop|mep|knal|beuk) ${WHO} ${ADV} (verrot|dood|lens|in elkaar|in mekaar|de hersens in|de kop in|kop in|hersens in|smoel in|bek in|het ziekenhuis in|bont en blauw|tot moes|kapot|neer)`,
    'threat',
    0.9,
    { bad: ['Ik sla je kop in'] },
  ),
  e(
    `(sla|trap|schop|mep|knal|beuk) ik ${WHO} ${ADV} (verrot|dood|lens|in elkaar|in mekaar|de hersens in|de kop in|kop in|hersens in|smoel in|bek in|het ziekenhuis in|bont en blauw|tot moes|kapot|neer)`,
    'threat',
    0.9,
    { bad: ['als ik hem zie sla ik hem helemaal verrot'] },
  ),
  e(`(ik|dan) (steek|schiet) ${WHO} ${ADV} (neer|dood|af|overhoop|lek)`, 'threat', 0.9),
  e(`(steek|schiet) ik ${WHO} ${ADV} (neer|dood|af|overhoop|lek)`, 'threat', 0.9),
  e(
    `ik (ga|zal|kom) ${WHO} ${ADV} (afmaken|kapotmaken|vermoorden|doodmaken|neersteken|neerschieten|in elkaar slaan|in elkaar trappen|verrot slaan|lens slaan|de hersens inslaan|de kop inslaan|opknopen|wurgen)`,
    'threat',
    0.9,
    { bad: ['Ik ga je kapotmaken als ik je zie'] },
  ),
  // "die" only with a person after it: "ik vermoord die printer nog eens" is about a machine.
  e('(ik vermoord|vermoord ik) (je|jou|hem|haar|jullie)', 'threat', 0.9, { ok: ['Ik zweer het, ik vermoord die printer nog eens'] }),
  e('(ik vermoord|vermoord ik) (die|dat|deze) {person}', 'threat', 0.9, { bad: ['Als hij nog één keer belt, vermoord ik die vent'] }),
  e('(ik weet|we weten|wij weten) waar (je|jij|u|hij|ze|jullie|jouw kinderen|je kinderen|je vrouw|je dochter|je zoon) (woont|wonen|woon|slaapt|werkt|werken|op school zit|op school zitten|naar school gaat|naar school gaan)', 'threat', 0.85, {
    bad: ['We weten waar je kinderen op school zitten'],
  }),
  e('(ik weet|we weten) (je|jouw) adres', 'threat', 0.7),
  e('ik kom (je|jou|jullie) (halen|opzoeken|pakken)', 'threat', 0.7),
  e('(je|jij) (bent er geweest|gaat eraan|gaat er aan|bent de klos)', 'threat', 0.65, {
    innocent: ['wennen', 'werk', 'denk', 'begin', 'twijfel', 'toevoeg', 'bijdra', 'meedoen', 'meewerk', 'hebben', 'lol', 'plezier'],
    bad: ['Jij gaat eraan', 'ik ga je vinden en dan ben je de klos'],
    ok: ['Je gaat eraan wennen, echt waar.', 'Jij gaat er aan werken vanaf maandag'],
  }),
  e('(dan|en dan) ben (je|jij) (de klos|er geweest|dood)', 'threat', 0.65),
  e('(ik hoop dat|hopelijk) (je|jij|hij|ze|jullie) (doodgaat|doodgaan|sterft|sterven|verrekt|verrekken|crepeert|creperen|kanker krijgt|kanker krijgen|een ongeluk krijgt|verongelukt|verongelukken|ontslagen wordt en doodgaat|stikt|stikken)', 'threat', 0.9, { bad: ['Ik hoop dat je een ongeluk krijgt'] }),

  // Attacks on groups.
  e('(ga|ga toch|rot op|rot toch op|oprotten|opzouten|donder op|flikker op) (terug|) naar (je|jullie|jouw) (eigen|) (land|landje)', 'slur-racist', 0.9),
  e(`(vuile|vieze|smerige|stinkende|kanker|kut|tering|tyfus|domme|achterlijke) (${NL_GROUPS})`, 'slur-racist', 0.9, { bad: ['vuile buitenlanders'] }),
  e(`(vuile|vieze|smerige|stinkende|kanker|kut|tering|tyfus|domme|achterlijke) (${NL_QUEER})`, 'slur-homophobic', 0.9),
  e(`(${NL_GROUPS}) (moeten|horen) (eruit|het land uit|dood|vergast te worden|opgehangen te worden|afgemaakt te worden)`, 'slur-racist', 0.85),
  e('(die|deze|zulke|al die|alle) (mensen|gasten|lui|types|figuren) (moeten|mogen) (allemaal|) (dood|vergast worden|opgehangen worden|afgeschoten worden)', 'threat', 0.8, { bad: ['Die mensen moeten dood'] }),
];
