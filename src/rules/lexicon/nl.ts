// Dutch offensive words, written for Think Twice (no public list copied: the
// public Dutch list flags "balen" and "asbak" and misses "kankerlijer"). Sureness
// is how likely the word is meant offensively without context; ambiguous words
// need a word aimed at a person next to them (`person`) or stay quiet near their
// innocent reading (`innocent`). Curse prefixes and phrases live in nl-phrases.ts.
import { entryMaker, type LexEntry } from './types.ts';

const e = entryMaker('nl');

export const NL_WORDS: LexEntry[] = [
  // Insults aimed at people.
  e('klootzak', 'insult', 0.95, { head: true, alt: '|mensen', bad: ['Die klootzakken van de overkant', 'wat een kl00tzak', 'een k l o o t z a k'] }),
  e('lul', 'insult', 0.75, { notForms: ['lullen'], forms: ['lulhannes'], bad: ['@pietjepuk wat ben jij een lul zeg'], ok: ['we zaten wat te lullen bij de koffie'] }),
  e('eikel', 'insult', 0.35, {
    person: true,
    innocent: ['kastanje', 'eik', 'bos', 'eekhoorn', 'herfst', 'natuur', 'boom', 'bomen', 'verzamel', 'wandel', 'zaad', 'noot', 'noten', 'dennenappel', 'varkens'],
    bad: ['Die eikel in de Tesla sneed me', 'Wat een eikel ben jij'],
    ok: ['een hele zak eikels en kastanjes voor de natuurtafel', 'De eekhoorn begroef een eikel onder de boom'],
  }),
  e('idioot', 'insult', 0.8, { head: true, alt: '|mensen', bad: ['wie dit bedacht is een complete idioot', 'IDIOOOOOT', 'wat een verkeersidioot'] }),
  e('debiel', 'insult', 0.85, { head: true, pos: 'noun', forms: ['debiele', 'debielo'], bad: ['Die minister is een achterlijke debiel', 'randdebielen allemaal'] }),
  e('imbeciel', 'insult', 0.85, { head: true, forms: ['imbeciele'] }),
  e('achterlijk', 'insult', 0.6, { pos: 'adj', alt: 'onhandig|onhandige', bad: ['wat een achterlijke regel'] }),
  e('halvegare', 'insult', 0.75, { pos: 'fixed', forms: ['halve gare', 'halvegaren'] }),
  e('sukkel', 'insult', 0.55, { bad: ['die sukkel vergat de sleutels weer'] }),
  e('hufter', 'insult', 0.9, { head: true }),
  e('schoft', 'insult', 0.8, { }),
  e('smeerlap', 'insult', 0.85, { }),
  e('rotzak', 'insult', 0.9, { }),
  e('etterbak', 'insult', 0.85),
  e('klojo', 'insult', 0.8),
  e('klootviool', 'insult', 0.85, { forms: ['kloothommel', 'kloothommels'] }),
  e('engerd', 'insult', 0.6),
  e('doos', 'insult', 0.05, { person: true, innocent: ['karton', 'verhuis', 'pakket', 'schoen', 'inpak', 'plakband', 'opberg'], bad: ['wat een stomme doos'], ok: ['die doos moet naar zolder'] }),
  e('vetzak', 'insult', 0.85),
  e('dikzak', 'insult', 0.75),
  e('lamzak', 'insult', 0.8),
  e('zeikzak', 'insult', 0.85),
  e('slijmbal', 'insult', 0.75),
  e('zeikerd', 'insult', 0.65),
  e('mafkees', 'insult', 0.6),
  e('vuilak', 'insult', 0.85),
  e('matennaaier', 'insult', 0.8),
  e('aso', 'insult', 0.6, { forms: ['asos'] }),
  e('tokkie', 'insult', 0.6),
  e('stuk vreten', 'insult', 0.9),
  e('stuk stront', 'insult', 0.9),
  e('stuk ongeluk', 'insult', 0.75),
  e('zak hooi', 'insult', 0.8),
  e('tuig van de richel', 'insult', 0.8),
  e('trut', 'insult', 0.85, { head: true, bad: ['stomme trut'] }),
  e('wijf', 'insult', 0.55, { head: true, bad: ['Wat een kutwijf bij die klantenservice'] }),
  e('kreng', 'insult', 0.3, { person: true }),
  e('teef', 'insult', 0.35, { person: true, innocent: ['pup', 'nest', 'reu', 'fok', 'kennel', 'hond', 'loops', 'dekken', 'ras'], bad: ['vuile teef'], ok: ['onze teef kreeg zes pups'] }),
  e('zeug', 'insult', 0.3, {
    person: true,
    innocent: ['big', 'varken', 'stal', 'boer', 'fok', 'worp', 'beer', 'hok'],
    bad: ['Die dikke vette zeug van de overkant'],
    ok: ['De zeug op de boerderij kreeg twaalf biggen'],
  }),
  e('varken', 'insult', 0.1, { person: true, innocent: ['boer', 'stal', 'vlees', 'big', 'hok', 'dier'], bad: ['vuil varken dat je bent', 'vuile varkens'] }),
  e('hond', 'insult', 0.05, { person: true, innocent: ['uitlaten', 'riem', 'puppy', 'blaf', 'dier', 'ras', 'baas'], bad: ['vuile hond'], ok: ['die hond blaft de hele nacht'] }),
  e('rat', 'insult', 0.05, { person: true, bad: ['vuile rat'] }),
  e('aap', 'insult', 0.05, { person: true, innocent: ['dierentuin', 'apen', 'oerwoud', 'banaan'], bad: ['stomme aap'] }),
  e('koe', 'insult', 0.05, { person: true, innocent: ['weiland', 'boer', 'melk', 'stal', 'kalf', 'gras'], bad: ['dikke koe'] }),
  e('oen', 'insult', 0.3, { person: true }),
  e('kneus', 'insult', 0.3, { person: true }),

  // Ableist slurs.
  e('mongool', 'slur-ableist', 0.9, {
    head: true,
    name: true,
    alt: '|mensen',
    innocent: ['mongolie', 'dzjengis', 'khan', 'steppe', 'rijk', 'ulaanbaatar', 'joert', 'nomade'],
    bad: ['Sommige recruiters zijn echt zulke mongolen.', 'kankermongool'],
    ok: ['De Mongolen veroverden onder Dzjengis Khan half Azië', 'naar de Mongoolse barbecue'],
  }),
  e('downie', 'slur-ableist', 0.9),
  e('spast', 'slur-ableist', 0.9, { forms: ['spasticus', 'spastici'] }),
  e('zwakzinnig', 'slur-ableist', 0.55, { pos: 'adj', innocent: ['instelling', 'zorg', 'historisch', 'vroeger'] }),

  // Racist slurs.
  e('neger', 'slur-racist', 0.85, { forms: ['negerin', 'negerinnen'] }),
  e('nikker', 'slur-racist', 0.98),
  e('zwartjoekel', 'slur-racist', 0.98),
  e('roetmop', 'slur-racist', 0.98),
  e('bosneger', 'slur-racist', 0.98),
  e('makak', 'slur-racist', 0.6, { innocent: ['dierentuin', 'aap', 'apen', 'soort', 'primaat', 'apenheul', 'java', 'berber'] }),
  e('spleetoog', 'slur-racist', 0.95, { forms: ['spleetogen'] }),
  e('tatta', 'slur-racist', 0.85),
  e('geitenneuker', 'slur-racist', 0.98),
  e('kameelneuker', 'slur-racist', 0.98),
  e('poepchinees', 'slur-racist', 0.9, { forms: ['poepchinezen'] }),
  e('jodenstreek', 'slur-racist', 0.85),
  e('zigeuner', 'slur-racist', 0.4, { person: true }),
  e('mof', 'slur-racist', 0.3, { person: true, innocent: ['oorlog', 'bezetting', '1940', '1945', 'verzet'] }),

  // Homophobic slurs.
  e('flikker', 'slur-homophobic', 0.85, {
    bad: ['Wat een flikker is die nieuwe presentator', 'vuile flikkers'],
    ok: ['De lampen flikkeren al de hele ochtend', 'het scherm flikkert'],
  }),
  e('homo', 'slur-homophobic', 0.0, { person: true, bad: ['vuile homo'], ok: ['Mijn broer is homo en trots'] }),
  e('mietje', 'slur-homophobic', 0.6),
  e('lesbo', 'slur-homophobic', 0.55),
  e('reetkever', 'slur-homophobic', 0.95),
  e('bruinwerker', 'slur-homophobic', 0.9),

  // Sexual insults.
  e('hoer', 'sexual', 0.9, { head: true, forms: ['hoerenzoon', 'hoerenjong', 'hoerenloper'], bad: ['die vieze h03r', 'kankerhoer'], ok: ['Hoera!! Onze Daan is geslaagd'] }),
  e('slet', 'sexual', 0.9, { head: true }),
  e('sloerie', 'sexual', 0.9),
  e('snol', 'sexual', 0.85),
  e('del', 'sexual', 0.1, { person: true, bad: ['vieze del'], ok: ['druk op ctrl-alt-del'] }),
  e('kutje', 'sexual', 0.8, { pos: 'fixed', forms: ['kutjes'] }),
  e('lekker wijf', 'sexual', 0.7, { forms: ['lekkere wijven', 'geil wijf', 'geile wijven'] }),
  e('neuk', 'sexual', 0.6, { pos: 'verb', forms: ['neuker', 'neukers'] }),
  e('tieten', 'sexual', 0.65, { pos: 'fixed', forms: ['tietjes'] }),

  // Profane curses.
  e('kut', 'profanity', 0.8, { pos: 'fixed', forms: ['kutten'], alt: 'jammer', bad: ['kut, trein gemist'] }),
  e('klote', 'profanity', 0.6, { pos: 'fixed', alt: 'jammer' }),
  e('godverdomme', 'profanity', 0.85, { pos: 'fixed', forms: ['godverdomse', 'goddomme', 'godsamme', 'godverdegodver', 'gotverdomme'], alt: 'balen', bad: ['godverdomme, alweer een storing'] }),
  e('godver', 'profanity', 0.8, { pos: 'fixed', forms: ['godskolere', 'godsklere'], alt: 'balen' }),
  e('verdomme', 'profanity', 0.55, { pos: 'fixed', forms: ['verdomd', 'verdomde'], alt: 'balen' }),
  e('gvd', 'profanity', 0.75, { pos: 'fixed' }),
  e('schijt', 'profanity', 0.55, { pos: 'fixed', forms: ['schijthoofd', 'schijtlijster', 'schijterd'], bad: ['schijt aan jullie'] }),
  e('zuig (mijn|m\'n|me) (lul|pik|ballen)', 'sexual', 0.9),
  e('pijp (mijn|m\'n|me) (lul|pik)', 'sexual', 0.9),
  e('sodemieter', 'profanity', 0.6, { pos: 'fixed', forms: ['sodemieteren'] }),

  // Disease curses standing alone. "kanker" itself is a disease first: only
  // its curse phrases and compounds are flagged (nl-phrases.ts).
  e('tering', 'disease-curse', 0.6, { pos: 'fixed', innocent: ['nering', 'tbc', 'tuberculose', 'ziek', 'dodelijk', 'long', 'besmet', 'sanatorium', 'patient'], ok: ['de tering naar de nering zetten'] }),
  e('tyfus', 'disease-curse', 0.55, {
    pos: 'fixed',
    forms: ['tiefus'],
    innocent: ['epidem', 'ziekte', 'vaccin', 'bacter', 'overled', 'besmet', 'uitbraak', 'typhus', 'koorts', 'kamp', 'oorlog', 'patient', 'onderzoek', 'arts', 'dokter', 'medisch', 'behandel', 'symptom', 'infectie'],
    bad: ['t y f u s op met je spam'],
    ok: ['Anne en Margot zijn aan vlektyfus overleden', 'een uitbraak van tyfus in het kamp'],
  }),
  e('kkr', 'disease-curse', 0.8, { pos: 'fixed' }),
  e('lijer', 'disease-curse', 0.9, { headOnly: true, head: true, bad: ['een stelletje kankerlijers', 'Welke teringlijer', 'klerelijer'] }),
];
