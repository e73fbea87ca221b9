// Words that place the author inside a workplace or outside it, for the disclaimer
// rule's own-words affiliation (affiliation.ts): "onze winkel", "achter de toonbank",
// "our shop" say the author works there; "mijn zoon", "my daughter" say someone else
// does, and "kopen", "ordered", "gesolliciteerd" say the author is a customer or an applicant.
import { enVerb, words } from './inflect.ts';

/**
 * Places of a workplace that staff call their own ("onze winkel", "ons filiaal", "our shop",
 * "bij ons op de werkvloer"). Not places customers also call "ours" in their own life (school,
 * club, café, keuken, kitchen, office, lab), nor teams ("our team ordered lunch from X"): those
 * count only near the employer's name (affiliation.ts).
 */
export const WORKPLACES = words(
  // nl (and every "-erij": bakkerij, drukkerij, slagerij, brouwerij, through the class's suffix)
  'winkel winkels filiaal filialen vestiging vestigingen werkplaats werkvloer magazijn distributiecentrum fabriek ' +
    'productiehal bouwplaats showroom hoofdkantoor',
  // en
  'shop shops store stores branch branches warehouse factory workshop showroom depot headquarters bakery bakeries',
);

/** Dutch workshops and trades: bakkerij, slagerij, drukkerij, brouwerij, kwekerij. */
export const WORKPLACE_ENDINGS = ['erij'];

/** Where only staff stand: "achter de toonbank", "behind the counter". */
export const STATIONS = words(
  'toonbank kassa balie bar tap receptie oven ovens fornuis counter till desk reception stove',
);

/**
 * Someone else whose job, visit or purchase the author reports: "mijn zoon heeft een bijbaantje
 * bij X", "my daughter started her first job at X", "mijn buurman werkt bij X".
 */
export const KIN = words(
  // nl
  'zoon zoons dochter dochters broer broers zus zussen zusje broertje vader moeder pa ma papa mama man vrouw partner ' +
    'vriend vriendin vrienden vriendinnen vriendje vriendinnetje schoonvader schoonmoeder schoonzoon schoondochter ' +
    'zwager schoonzus neef nicht neefje nichtje oom tante opa oma kleinzoon kleindochter buurman buurvrouw buren ' +
    'buurjongen buurmeisje kind kinderen kids dochtertje zoontje verloofde echtgenoot echtgenote',
  // en
  'son sons daughter daughters brother brothers sister sisters dad father mum mom mother husband wife partner ' +
    'boyfriend girlfriend friend friends fiance fiancee cousin nephew niece uncle aunt grandma grandpa granddaughter ' +
    'grandson neighbour neighbor neighbours neighbors kid kids child children stepson stepdaughter',
);

/** What customers do with a firm: buy, order, fetch, eat, visit, stay there; and applicants: apply, interview. */
export const CUSTOMER_VERBS = words(
  // nl
  'koop koopt kopen kocht kochten gekocht haal haalt halen haalde haalden gehaald bestel bestelt bestellen bestelde ' +
    'bestelden besteld eet eten aten gegeten drink drinken dronk gedronken scoor scoren scoorde gescoord ' +
    'solliciteer solliciteerde solliciteren gesolliciteerd sollicitatie sollicitatiegesprek ' +
    // a visit, a stay, an appointment: what a customer, guest or patient has there
    'bestelling aankoop bezoek bezocht bezoeken afspraak verblijf overnacht overnachting logeerden gelogeerd ' +
    'lunch lunchen geluncht diner dineren gedineerd ontbijt brunch',
  // en
  enVerb('buy'),
  'bought',
  enVerb('order'),
  enVerb('purchase'),
  enVerb('grab'),
  'eat eats ate eaten',
  enVerb('apply'),
  'application interview interviewed interviewing visit visited visiting appointment stay stayed staying',
  'lunch lunched dinner dined breakfast brunch',
);

/** The author as a customer or a visitor: "trouwe klant", "loyal customer", "as a guest". */
export const CUSTOMER_NOUNS = words(
  'klant klanten klantje gast gasten bezoeker bezoekers patient customer customers client guest guests visitor visitors patron regular regulars',
);

/**
 * Doing the job itself, as the author tells of their own work there ("lesgeven bij X", "I teach
 * data science at X", "Teaching at X is a labour of love", "tentamens nakijken voor X"). Not
 * advising or selling, which suppliers and consultants also do *for* a firm from outside.
 */
export const JOB_VERBS = words(
  // nl: infinitives, present and past (ik geef les: "les" follows in the pattern)
  'lesgeven lesgaf doceren doceer doceert doceerde nakijken kijk verplegen verpleeg poetsen poets poetste schoonmaken ' +
    'programmeren programmeer programmeerde coderen codeer ontwerpen ontwerp bezorgen bezorg bezorgde ' +
    'begeleiden begeleid begeleidde verzorgen verzorg onderzoek onderzoeken lesgegeven gedoceerd begeleid',
  // en
  'teach teaches teaching taught lecture lectures lecturing lectured tutor tutoring tutored mentor mentoring mentored ' +
    'nurse nursing nursed grade grading graded mark marking code coding coded program programming programmed ' +
    'clean cleaning cleaned research researching researched deliver delivering design designing designed',
);

/**
 * The people in the author's charge at work, whom only staff call "mine" ("mijn studenten van X",
 * "our students at X", "onze eerstejaars"): a parent says "my son", a client "my adviser".
 */
export const CHARGES = words(
  'studenten student leerlingen cursisten deelnemers eerstejaars tweedejaars derdejaars vierdejaars afstudeerders ' +
    'stagiairs promovendi klas klassen mentorklas mentorleerlingen pupillen ' +
    'students pupils learners trainees interns apprentices graduates freshmen freshers undergrads undergraduates ' +
    'postgrads phd class classes tutees mentees',
);
