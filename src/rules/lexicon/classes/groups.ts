// Nouns for groups of people by nationality, ethnicity, religion, gender,
// orientation or disability, Dutch and English, singular and plural. A sneer,
// a curse compound or a generalising predicate on one of these is discrimination;
// the nouns themselves are neutral ("Mijn buren zijn Polen").
import { words } from './inflect.ts';

/** Origin, nationality, ethnicity and migration status. */
export const ORIGIN_NL = words(
  'buitenlander buitenlanders allochtoon allochtonen marokkaan marokkanen turk turken pool polen surinamer surinamers ' +
    'antilliaan antillianen chinees chinezen afrikaan afrikanen zwarte zwarten arabier arabieren mocro mocros roma ' +
    'bulgaar bulgaren roemeen roemenen zigeuner zigeuners neger negers vluchteling vluchtelingen asielzoeker asielzoekers ' +
    'gelukzoeker gelukzoekers gelukszoeker gelukszoekers migrant migranten immigrant immigranten statushouder statushouders ' +
    'oostblokkers syriers somaliers eritreeers afghanen indonesiers aziaten ' +
    'oosteuropeaan oosteuropeanen europeanen polakken belg belgen duitser duitsers moffen fransen engelsen britten ' +
    'amerikanen russen oekrainers ghanezen nigerianen kaapverdianen hindoestanen molukkers italianen spanjaarden portugezen ' +
    'grieken albanezen koerden iraniers irakezen pakistanen indiers vietnamezen filipijnen',
);
export const ORIGIN_EN = words(
  'immigrant immigrants foreigner foreigners migrant migrants refugee refugees arab arabs pole poles ' +
    'gypsy gypsies mexican mexicans african africans asian asians black blacks chinese indian indians romanian romanians ' +
    'pakistani pakistanis turk turks somali somalis syrian syrians afghan afghans nigerian nigerians illegals aliens ' +
    'brits germans yanks russians ukrainians europeans gypos italians spaniards albanians kurds iranians iraqis greeks ' +
    'jamaicans bangladeshis filipinos vietnamese koreans japanese irish scots',
);
export const RELIGION = words(
  'moslim moslims moslima islamiet islamieten jood joden christen christenen katholiek katholieken hindoe hindoes ' +
    'muslim muslims jew jews christian christians catholic catholics hindu hindus sikh sikhs',
);
export const GENDER = words(
  'vrouw vrouwen meid meiden mannen moeders ' + 'women woman girls females men mothers',
);
export const ORIENTATION = words(
  "homo homos lesbo lesbos lesbienne lesbiennes transgender transgenders travo travos trans transpersonen " +
    'gay gays lesbian lesbians queer queers tranny trannies transgenders bisexuals',
);
export const DISABILITY = words(
  'gehandicapten gehandicapte autisten autist invaliden blinden doven ' + 'disabled autistics autists cripples retards',
);

/** Every group noun: the class {group} of phrase patterns. */
export const GROUPS = words([...ORIGIN_NL, ...ORIGIN_EN, ...RELIGION, ...GENDER, ...ORIENTATION, ...DISABILITY]);
/** Nouns for gay, lesbian and transgender people: a slur on them is homophobic, not racist. */
export const QUEER = ORIENTATION;

/**
 * Adjectives of origin, religion, orientation or disability that make a group with a noun for
 * people after them: "Marokkaanse jongeren", "Turkse mannen", "Jewish people", "Polish builders".
 */
export const GROUP_ADJ = words(
  'marokkaanse turkse poolse roemeense bulgaarse surinaamse antilliaanse afrikaanse arabische syrische somalische eritrese ' +
    'afghaanse chinese aziatische oosteuropese joodse islamitische islamistische moslimse zwarte buitenlandse allochtone ' +
    'homoseksuele homofiele lesbische transgender biseksuele gehandicapte autistische vrouwelijke mannelijke ' +
    'jewish polish turkish moroccan romanian bulgarian islamic eastern foreign immigrant migrant black asian african arab ' +
    'mexican muslim gay lesbian trans disabled autistic indian pakistani chinese nigerian somali syrian female male asylum',
);
/** Nouns for people that follow a group adjective ("Turkse mannen", "Polish builders"). */
export const GROUP_PEOPLE = words(
  'mensen mannen vrouwen jongeren jongens meiden lui gasten families gezinnen types kinderen bouwvakkers chauffeurs ' +
    'people men women guys folks kids lads girls builders drivers workers families',
);
