// Role nouns: what people call their job ("ik ben adviseur bij", "I'm a senior
// developer at"). Dutch glues roles into compounds ("belastingadviseur",
// "teamleider"), so the common heads also match as word endings.
import { words } from './inflect.ts';

export const ROLES = words(
  // nl
  'adviseur medewerker werknemer collega partner eigenaar directeur stagiair stagiaire teamleider manager leidinggevende ' +
    'consultant trainee specialist verpleegkundige verpleger arts huisarts chirurg verzorgende begeleider docent leraar ' +
    'ontwikkelaar programmeur developer ambtenaar beleidsmedewerker beleidsadviseur projectleider coordinator assistent ' +
    'accountant controller boekhouder jurist advocaat notaris administrateur analist onderzoeker architect ontwerper ' +
    'monteur chauffeur planner verkoper inkoper recruiter teamlead tester engineer secretaresse receptionist vrijwilliger ' +
    'student promovendus zzper freelancer ondernemer oprichter medeoprichter bestuurder wethouder raadslid griffier ' +
    'woordvoerder communicatieadviseur hoofd lid schadebehandelaar makelaar acceptant therapeut apotheker fysiotherapeut ' +
    'verloskundige doktersassistent teamcoach copywriter strateeg redacteur journalist fotograaf vormgever marketeer ' +
    'contentmaker producer animator illustrator ' +
    // trades, shops, schools, transport and hospitality: the jobs most people have
    'timmerman timmerlieden metselaar stukadoor tegelzetter schilder loodgieter elektricien installateur uitvoerder ' +
    'werkvoorbereider calculator opzichter voorman vakman leerling bouwvakker machinist kraanmachinist lasser dakdekker ' +
    'hovenier vakkenvuller caissiere kassier verkoopster winkelmedewerker filiaalmanager bedrijfsleider ' +
    'magazijnmedewerker orderpicker bezorger koerier kok chef barista ober serveerster kapper schoonmaker beveiliger ' +
    'leerkracht juf meester mentor concierge onderwijsassistent rector conrector schoolleider ' +
    'brandweerman politieagent agent buschauffeur conducteur machinist piloot stewardess steward tandarts psycholoog ' +
    'jongerenwerker orthopedagoog pedagoog logopedist ergotherapeut dietist ' +
    // temporary and shop-floor work: the jobs people hold for a summer or a Saturday
    'bakker banketbakker broodbakker slager keukenhulp afwasser uitzendkracht invalkracht oproepkracht flexwerker ' +
    'vakantiekracht werkstudent bijbaner coassistent anios aios portier ' +
    // higher education
    'decaan lector hoogleraar examinator docente studiecoach',
  // en
  'advisor adviser employee colleague partner owner director intern trainee manager lead head consultant specialist ' +
    'nurse doctor physician surgeon teacher lecturer developer engineer programmer designer architect analyst researcher ' +
    'accountant auditor controller bookkeeper lawyer attorney solicitor paralegal officer administrator coordinator ' +
    'assistant recruiter tester scientist founder cofounder ceo cto cfo coo vp president member volunteer student ' +
    'contractor freelancer salesperson rep representative associate clerk writer editor spokesperson underwriter broker handler ' +
    'agent adjuster planner technician operator therapist pharmacist paramedic midwife caregiver carer ' +
    // trades, shops, schools, transport and hospitality
    'carpenter joiner bricklayer plasterer plumber electrician installer fitter welder roofer foreman surveyor estimator ' +
    'apprentice modeller modeler labourer laborer mechanic driver courier cashier merchandiser buyer shopkeeper ' +
    'storekeeper stocker clerk chef cook baker butcher barista waiter waitress bartender cleaner janitor caretaker ' +
    'guard tutor principal headteacher counsellor counselor librarian firefighter officer pilot steward stewardess ' +
    'dentist psychologist coach trainer instructor receptionist secretary copywriter strategist marketer marketeer ' +
    'journalist reporter photographer videographer producer animator illustrator temp temps porter resident ' +
    'professor dean provost postdoc',
);

/**
 * Roles in the plural too, for {role} only ("wij zoeken verpleegkundigen", "onze bakkers",
 * "hiring nurses"): Dutch -s, -en, -n and English -s, -es. Not for {person}: a threat's target
 * stays the singular list.
 */
export const ROLE_FORMS: ReadonlySet<string> = new Set(
  [...ROLES].flatMap((w) => [w, `${w}s`, `${w}es`, w.endsWith('e') ? `${w}n` : `${w}en`]),
);

/** Endings of Dutch role compounds ("belastingadviseur", "salesmanager", "zorgmedewerker"). */
export const ROLE_ENDINGS = [
  'adviseur', 'medewerker', 'manager', 'leider', 'consultant', 'specialist', 'kundige', 'ontwikkelaar', 'directeur',
  'coordinator', 'assistent', 'engineer', 'developer', 'analist', 'verpleegkundige', 'arts', 'begeleider', 'officer',
  'controller', 'accountant', 'planner', 'architect', 'designer', 'secretaris', 'functionaris', 'houder', 'lead',
  'monteur', 'installateur', 'voorbereider', 'verkoper', 'inkoper', 'leerkracht', 'docent', 'chauffeur', 'timmerman',
];

/** Seniority and kind words that may come before a role ("senior", "junior", "nieuwe"). */
export const ROLE_MODIFIERS = words('senior junior medior lead principal hoofd nieuwe nieuw new trainee interim freelance zelfstandig');
