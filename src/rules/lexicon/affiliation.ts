// How people say in their own words that they work somewhere: new-job and
// farewell posts ("Sinds vandaag werk ik bij X", "I've joined X as …", "na 12 jaar
// bij X"), roles ("ik ben adviseur bij X", "I'm a nurse at X"), the team ("my team
// at X", "mijn collega's bij X"). Any of these is a disclosure: the reader can see
// the author is not independent. Phrase patterns (sequence.ts); {org} is the employer.

/** The employer, also after an article ("at the Municipality of X"). */
const ORG = '(the|de|het)? {org}';

/** Patterns that disclose the author works there, with or without naming it. */
export const AFFILIATION_PATTERNS: readonly string[] = [
  // nl: working there
  '{pron-1} ~3 (werk|werkte|werken|werkten|werkzaam) ~5 (bij|voor)',
  '(werk|werkte|werken|werkten) (ik|we|wij|k) ~5 (bij|voor)',
  '(bij|voor) (dit|dat|ons|het) (kantoor|bedrijf|team|ziekenhuis|organisatie) (werk|werken|werkzaam)',
  `sinds ~4 (bij|voor) ${ORG}`,
  `na {number} (jaar|jaren|maanden|mooie|fantastische|prachtige) ~3 (bij|voor|van) ${ORG}`,
  // "na 3 jaar Stevens Bouwgroep", "terug bij X", "stage lopen bij X", "per 1 maart versterk ik X"
  `na {number} (jaar|jaren|maanden) ${ORG}`,
  `(terug|weer terug|back) (bij|at|with) ${ORG}`,
  `(stage|afstudeerstage|bijbaan|bijbaantje|vakantiebaan|leerwerkplek|bbl|internship|apprenticeship|placement|traineeship) ~3 (bij|voor|at|with) ${ORG}`,
  `(versterk|versterken) (ik|we|wij) ~3 ${ORG}`,
  `in dienst (getreden|gekomen|gegaan) (bij|van) ${ORG}`,
  `na (een|{number})? (mooie|fijne|leerzame|geweldige|prachtige|bijzondere|fantastische|lange|intensieve)? (tijd|periode) (bij|van) ${ORG}`,
  `(mijn|m n|my|our) (werkplek|werkgever|nieuwe werkgever|employer|workplace|new employer) ~1 ${ORG}`,
  `${ORG} ~3 (waar|where) (ik|i|we|wij) ~4 (werk|werken|werkte|werkten|work|worked|working)`,
  `^ (lieve|beste|dear|fijne)? (collega s|collegas|colleagues|teamgenoten) (van|bij|at|from) ${ORG}`,
  `(onze|mijn|m n) (leerlingen|stagiairs|monteurs|timmerlieden|mensen|jongens|personeel|medewerkers|verpleegkundigen|docenten|chauffeurs|vakmensen) (van|bij) ${ORG}`,
  `{pron-1} ~2 (bij|voor) ${ORG} (mag|mocht|mogen|ga|ging|gaan|blijf|blijven)? (werken|werk|werkte|werkzaam zijn)`,
  `(mijn|m n) (contract|arbeidscontract|vaste contract|vast contract|handtekening) ~3 (bij|voor) ${ORG}`,
  '(we|wij) (zoeken|zoeken nog|zijn op zoek naar|zijn nog op zoek naar) ~2 (een|nieuwe|twee|drie|{number})? ~2 ({role}|collega|collegas|collega s|versterking|stagiair|stagiairs|teamgenoot|teamgenoten|vakkrachten|vakmensen)',
  '(voor|in|bij|naar) (mijn|m n|ons) (team|afdeling|ploeg|filiaal|winkel)',
  '(bij|op|naar|in) (onze|ons) (stand|kraam|booth|werkplaats|bouwplaats|keet|kantine|filiaal|winkel|magazijn|distributiecentrum|fabriek|praktijk)',
  `(begonnen|gestart|begin|start|starten|startte|begon|beginnen|begint) ~6 (bij|voor|in) ${ORG}`,
  '(bij|in) {org} (begonnen|gestart|aan de slag|in dienst)',
  `(aan de slag|in dienst|werkzaam) (bij|voor) ${ORG}`,
  'trots ~6 te werken',
  `(mijn|m n|onze|ons) (collega s|collegas|collega|team|teamgenoten|afdeling|werkgever|werkplek|baas|leidinggevende|manager|club) ~3 (bij|van|in|op) ${ORG}`,
  `{pron-1} (ben|was) ~3 {role} ~3 (bij|van|voor|in) ${ORG}`,
  `als {role-modifier}? {role} (bij|van|voor|in) ${ORG}`,
  `(wij|we) (van|bij|als) ${ORG}`,
  `hier (bij|in) ${ORG}`,
  `namens ~4 ${ORG}`,
  `(laatste|eerste) (werkdag|dag|week|dienst|maand) ~3 (bij|voor|in) ${ORG}`,
  `(afscheid|vertrek|vertrokken) ~4 (bij|van) ${ORG}`,
  '{org} (is|was|wordt) (mijn|onze) (nieuwe|oude)? (werkgever|werkplek|club)',
  // nl: hired, anniversaries, farewells, the team, recruiting as an insider
  `(ik|k|we|wij) ~5 (aangenomen|jubileum|dienstjubileum|aan de slag gegaan) ~3 (bij|van|voor) ${ORG}`,
  `(mijn|m n|ons) ~2 (jubileum|dienstjubileum) ~3 (bij|van) ${ORG}`,
  `(mijn|m n) (tijd|jaren|periode|avontuur|loopbaan|carriere|stage|baan|werk|functie|rol|dienstverband|eerste|laatste) ~2 (bij|van|voor|in) ${ORG}`,
  `(versterk|versterken|versterkt|versterkte|kom ~2 versterken) ~3 (het|ons)? team (van|bij) ${ORG}`,
  `{pron-1} ~4 (het|ons)? team (van|bij) ${ORG}`,
  `(ben|was|word|werd) (ik|k) ~4 {role} ~3 (bij|van|voor|in) ${ORG}`,
  `(deel|onderdeel) ~2 (uitmaken|uitmaak|uit|zijn|ben|worden) ~2 (van)? ${ORG}`,
  `(ons|onze) (team|kantoor|stand|afdeling|vestiging|bedrijf|directie|werkvloer|kantine|werkplaats|bouwplaats|keet|winkel|filiaal|winkels|filialen|magazijn|distributiecentrum|dc|school|ploeg|fabriek|praktijk) (van|bij|in) ${ORG}`,
  `(met|aan|voor) (mijn|m n|onze|de|het) (collega s|collegas|collega|teamgenoten|team) (van|bij) ${ORG}`,
  `(mijn|m n|onze|al mijn|alle) (collega s|collegas|teamgenoten|oud collega s|oud collegas)`,
  `(bij|voor) ${ORG} (zoeken|werken|bouwen|maken|ontwikkelen|helpen|geloven|streven|groeien|hebben|zijn|staan) (we|wij) ~4 (een|nieuwe|collega|collegas|collega s|versterking|vacature|stagiair|stagiairs|{role}|altijd|elke|samen|klaar|trots)?`,
  `(we|wij) (zoeken|zijn op zoek naar) ~3 (collega|collegas|collega s|versterking|teamgenoot|stagiair|stagiairs|{role}) ~3 (bij|voor|in) ${ORG}`,
  '(we|wij) (zoeken|zijn op zoek naar) ~3 (nieuwe collega|een collega|versterking|een teamgenoot)',
  `(we|wij) (zoeken|zijn op zoek) (bij|voor) ${ORG}`,
  '(mag|mogen) ~4 collega (noemen|zijn)',
  `kom (werken|stage lopen|solliciteren|ons team versterken) (bij|voor) ${ORG}`,
  `(teamuitje|teamdag|heidag|personeelsfeest|personeelsuitje|bedrijfsuitje|kerstborrel|afdelingsuitje|kerstdiner|teambuilding) ~4 ${ORG}`,
  `${ORG} ~4 (teamuitje|teamdag|heidag|personeelsfeest|personeelsuitje|bedrijfsuitje|afdelingsuitje|teambuilding)`,
  `{number} (jaar|jaren|maanden) (bij|in dienst bij|voor) ${ORG}`,
  '(alle|lieve|fijne|toffe|geweldige|beste|mijn oud) (collega s|collegas)',
  '(onze) (klanten|patienten|clienten|inwoners|bewoners|cliënten|leerlingen|relaties)',
  '(mijn|m n) (patienten|nachtdienst|avonddienst|dagdienst|diensten|dienst op|klanten|clienten|cliënten|dossiers|portefeuille)',
  '(bij|met) ons (op kantoor|op de zaak|op de afdeling|in het team|op de werkvloer)',
  '(ons|onze) (kantoor|vestiging|afdeling|kantoren|vestigingen) (in|aan|op)',
  `(jaar|jaren) ${ORG} (vandaag|erop|zit erop|alweer|gevierd)`,
  `{pron-1} ~3 (bij|voor) ${ORG} ~6 (gewerkt|werkzaam|in dienst|begonnen|gestart)`,
  // en: joining, offers, anniversaries, hiring for one's own team
  `(joining|to join|will join|be joining|am joining|m joining) (the)? ${ORG}`,
  `(accepted|accept|new|starting|start|started|begin|beginning) ~3 (offer|position|role|job|chapter) ~2 (from|at|with) ${ORG}`,
  `(years|year|months|decade|anniversary) (at|with) ${ORG}`,
  `{pron-1} (ve been|have been|ve spent|spent|ve worked|have worked) ~3 (at|with|for) ${ORG}`,
  '(we re|we are|were|i m|im|i am) (hiring|recruiting)',
  'join (my|our) (team|squad|crew|department|unit|group)',
  '(my|our) (colleagues|coworkers|co workers|teammates|patients)',
  '(amazing|great|wonderful|fantastic|best|lovely|brilliant) (colleagues|coworkers|co workers|teammates)',
  'my (shift|night shift|rota|ward|clients|caseload|portfolio)',
  'our (office|offices) (in|on|at)',
  '(my|our) (team|department|unit) (is|are) (hiring|growing|recruiting|looking for)',
  `working (at|for) ${ORG}`,
  `life at ${ORG}`,
  `(my|our) ${ORG} (colleagues|team|teammates|coworkers|family|crew|friends)`,
  `${ORG} (colleagues|coworkers|teammates)`,
  `{pron-1} (lead|run|manage|head|support|coordinate) ~4 (at|of|for) ${ORG}`,
  `(we ve|we have|we) (built|achieved|shipped|delivered|accomplished|done|created|launched) ~4 (at|with) ${ORG}`,
  `(day one|day 1|first day|first week|week one|first month|last day|final day) (at|with|in) ${ORG}`,
  `new (job|role|position|chapter|adventure) ~3 ${ORG}`,
  // en
  '{pron-1} ~3 (work|worked|working|works) ~5 (at|for|with)',
  `{pron-1} ~2 (joined|joining|join|rejoined) (the)? ${ORG}`,
  `{pron-1} ~2 (joined|started|starting|start|began|begun|joining) ~2 (as|my) ~5 (at|with|in|for) ${ORG}`,
  `{pron-1} ~2 (started|starting|start|began|begun) (working|work)? (at|with|in) ${ORG}`,
  `(new|first|last|final) (job|role|position|day|week|chapter|shift) ~3 (at|with|in) ${ORG}`,
  `(my|our) (team|teams|colleagues|coworkers|co workers|employer|company|department|manager|boss|workplace|unit|ward|lab|crew|staff|people|apprentices|trainees|interns|engineers|nurses|teachers|drivers|carpenters) ~3 (at|from|of|in) ${ORG}`,
  `(part of|member of|joined|joining|join|welcome to) ${ORG} (family|team|crew|community)`,
  `(my|our) (time|journey|years|tenure|stint|chapter|adventure) (at|with) ${ORG}`,
  `(incredible|amazing|wonderful|great|fantastic|unforgettable) (journey|years|chapter|tenure|stint) (at|with) ${ORG}`,
  `^ (joined|rejoined|started at|started with) ${ORG}`,
  `{pron-1} (m|am|was|ve been|have been) ~3 {role} ~3 (at|with|for|in|of) ${ORG}`,
  `as (a|an|the)? {role-modifier}? {role} (at|with|for|in) ${ORG}`,
  `(after|for) {number} (years|months|wonderful|amazing|great|incredible) ~3 (at|with|of|in) ${ORG}`,
  `proud to ~4 (work|working|be part|be a part|belong) ~5 ${ORG}`,
  `(we|us) (at|from) ${ORG}`,
  `here at ${ORG}`,
  `on behalf of ~3 ${ORG}`,
  `(leaving|left|farewell to|goodbye to) ${ORG}`,
  '{org} (is|was) my (new|old)? (employer|workplace)',
];

/**
 * An advertising label counts as a disclosure only as a tag or a label of its own
 * ("#ad", "(advertentie)", "Gesponsord:"), not as the verb in "X sponsored the run".
 */
export const AD_LABEL =
  /#(?:ad|advertentie|advertorial|sponsored|gesponsord|spon|partner|samenwerking|paidpartnership)\b|(?:^|[\n([])\s*(?:advertentie|advertorial|gesponsord|sponsored|ad|reclame|paid partnership|betaalde samenwerking|in samenwerking met)\s*(?:[)\]:]|$)/imu;
