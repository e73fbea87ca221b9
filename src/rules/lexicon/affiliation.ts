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
  // The author's own internship, not "mijn zoon loopt stage bij X".
  `{pron-1} ~3 (stage|afstudeerstage|bijbaan|bijbaantje|vakantiebaan|leerwerkplek|bbl|internship|apprenticeship|placement|traineeship) ~3 (bij|voor|at|with) ${ORG}`,
  `(^|{pron-1-poss}) (stage|afstudeerstage|bijbaan|bijbaantje|vakantiebaan|leerwerkplek|internship|apprenticeship|placement|traineeship) ~3 (bij|voor|at|with) ${ORG}`,
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
  '(voor|in|bij|naar|met|with) (mijn|m n|ons|my) (hele|gehele)? (team|afdeling|ploeg|filiaal|winkel)',
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
  `(teamuitje|teamdag|heidag|personeelsfeest|personeelsuitje|bedrijfsuitje|kerstborrel|afdelingsuitje|kerstdiner|teambuilding|eindejaarsfeest|nieuwjaarsborrel|personeelsdag|personeelsborrel|staff party|staff christmas party|staff day) ~4 ${ORG}`,
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
  // Own words the patterns above missed (probe of new-job, farewell and promotion posts, 2026-12):
  // a role after a date ("ik ben per 1 januari de nieuwe teamleider van X"), a new job, colleagues
  // with an adjective, farewell thanks, leaving, signing on, leading a team, promotions.
  `{pron-1} (ben|word|was|werd) (per|vanaf|sinds|met ingang van|nu|inmiddels|officieel) ~3 (de|het|een)? ~2 {role} ~3 (bij|van|voor|in) ${ORG}`,
  `(nieuwe|eerste|vaste) (baan|job|functie|rol|werkplek|uitdaging|stageplek|stageplaats) ~2 (bij|voor) ${ORG}`,
  `{pron-1} (heb|had|have|ve got|got|landed) ~3 (baan|job|functie|contract|stageplek|stageplaats|position|role|offer|internship|job offer) (bij|voor|at|from|with) ${ORG}`,
  `{pron-1} (heb|had) (bij|voor) ${ORG} ~3 (baan|job|functie|contract|stageplek|stageplaats)`,
  `(mijn|m n|onze|my|our) ~2 (collega s|collegas|teamgenoten|colleagues|coworkers|co workers|teammates) (bij|van|at|from|of) ${ORG}`,
  `(dank|bedankt|dankjewel|dankjulliewel|thanks|thank you) ~3 (iedereen|allemaal|everyone|everybody|all|collega s|collegas|colleagues) (bij|van|at|of|from) ${ORG} ~5 (jaren|jaar|maanden|tijd|years|months|time|journey|ride|chapter)`,
  `(welkom|welcome) (bij|to|at) (het team van|team|the team at|the team of)? ${ORG} {Name}`,
  `(welkom|welcome) {Name} ~2 (bij|to|at) (het team van|team|the team at|the team of|the)? ${ORG}`,
  `^ (vandaag|net|zojuist|eindelijk|officieel)? getekend (bij|voor) ${ORG}`,
  `{pron-1} ~4 (getekend|tekende|teken) (bij|voor) ${ORG}`,
  `(signed|sign|signing) (my|the)? (contract|offer|employment contract) ~2 (with|at) ${ORG}`,
  `(verlaat|verliet|verlaten) (ik|k|we|wij) ~2 ${ORG}`,
  `{pron-1} ~3 ${ORG} (verlaten|verlaat|vaarwel|gedag)`,
  `(zeg|zeggen|zei) (ik|k|we|wij) ~2 ${ORG} (vaarwel|gedag|dag|adieu)`,
  `^ (goodbye|bye|farewell|vaarwel|doei|tot ziens|so long) ${ORG}`,
  `(moving on|move on|moved on|stepping away|step away|stepped away|stepping down|departing|leave|leaving|left) (from)? ${ORG}`,
  `(bij|voor) ${ORG} (ben|was|word|werd) (ik|k|we|wij) ~4 ({role}|verantwoordelijk|werkzaam|in dienst|begonnen|gestart|aan de slag|aangenomen)`,
  `(bij|voor) ${ORG} (werk|werkte|werken|begin|start|begon|startte|blijf|loop|zit) (ik|k|we|wij)`,
  `(leiden|leid|leidde|aansturen|versterken|versterk|lead|leading|run|running|head|heading|manage|managing|join|joining) ~3 (team|afdeling|department|unit|studio|desk) ~3 (van|bij|at|of) ${ORG}`,
  `(team|afdeling|department|unit|studio) ~2 (van|bij|at|of) ${ORG} ~2 (leiden|aansturen|versterken|lead|run|manage|join)`,
  `{pron-1} ~3 (work|worked|working|werk|werkte) ~4 (team|afdeling|department|unit) (of|van) ${ORG}`,
  `{pron-1} ~3 (benoemd|appointed|promoted|gepromoveerd|named) ~5 (at|bij|van|of|tot|to|within|binnen) ~4 ${ORG}`,
  `^ (promoted|gepromoveerd|just promoted) (to|tot|naar) ~4 (at|bij|van|of|with|in) ${ORG}`,
  `(as|als) (a|an|the|de|een)? ~2 {role} (at|with|for|in|bij|van|voor|of) ${ORG}`,
  // Work only an insider has there: shifts, a working day, a job anniversary, one's own job,
  // promotion or colleagues near the name ("Nachtdienst bij X zit erop", "Best part of my job at X",
  // "mijn collega's op de afdeling van X"); not a customer's "afspraak" or "the team at X" who helped.
  `(nachtdienst|avonddienst|dagdienst|weekenddienst|dienst|diensten|shift|shifts|night shift|late shift|early shift|werkdag|werkdagen|werkweek|workday|work week|first shift|last shift) ~2 (bij|at|in|op|with) ${ORG}`,
  `(jubileum|dienstjubileum|jarig jubileum|anniversary|work anniversary) ~3 (bij|at|with) ${ORG}`,
  `{pron-1-poss} ~1 (job|baan|werk|work|rol|role|functie|position|promotion|promotie|carriere|career|loopbaan|pensioen|retirement|werkdag|werkweek|dienst|shift) ~4 (bij|at|with|for|within|binnen|in|op) ${ORG}`,
  // The firm after a preposition ("my colleagues in the claims team of X"), not as an object: "our team loves X".
  `{pron-1-poss} ~2 (collega s|collegas|collega|team|teamgenoten|afdeling|werkgever|baas|leidinggevende|manager|colleagues|coworkers|co workers|teammates|department|employer|boss) ~4 (bij|van|at|of|in|op|from|with|within|binnen|voor|for) ${ORG}`,
  `(mooie|fijne|geweldige|prachtige|leerzame|bijzondere|wonderful|amazing|great|incredible|fantastic|happy)? (jaren|jaar|years|maanden|months) (bij|at|with) ${ORG}`,
  `(been|zit|zat) (with|at|bij) ${ORG} (since|sinds|for|al)`,
  `${ORG} (has been|was|is|is al|blijft) ~1 (my|mijn) ~1 (home|thuis|family|familie|werkplek)`,
  `${ORG} ~3 (has given|gave|has taught|taught) (me|us)`,
  `${ORG} ~3 heeft (me|mij|ons) ~4 (geleerd|gegeven|kansen|kans|vertrouwen)`,
  `(kansen|opportunities|kans|chance|vertrouwen|trust) ~4 (ik|i|me|mij) ~3 (bij|at|from|van) ${ORG}`,
  `(stapte|stap|kwam|begon|begin|start|startte|liep|loop) (ik|k) ~4 (bij|op|in|at|van) ${ORG}`,
  `(werken|working|work) (bij|at|for|voor) ${ORG} ~5 (mij|me|ik|i|my|mijn)`,
  `^ (werken|working) (bij|at|for|voor) ${ORG} (betekent|means|is|was|geeft|gives)`,
  `^ {role} (bij|at|with|voor|for) ${ORG}`,
  `(wij|we) van (de|het|team|the) ~3 (bij|van|in|at|of) ${ORG}`,
  `(my|mijn) ~2 (promotion|promotie) (to|tot|naar) ~4 (at|bij|within|binnen|with) ${ORG}`,
  // The name glued to what is one's own there: "mijn Noordlicht-collega's", "Onze X-stand", "Team X won".
  `(mijn|m n|onze|ons|my|our) ${ORG} (collega s|collegas|collega|colleagues|coworkers|teammates|teamgenoten|team|crew|squad|ploeg|afdeling|department|kantoor|office|{workplace}|familie|family|stand|booth|kerstborrel|personeelsfeest|kerstpakket|teamuitje)`,
  `^ team ${ORG}`,
  `(met|with) (de|the)? (collega s|collegas|colleagues|coworkers|teamgenoten) (van|bij|at|from|of) ${ORG}`,
  `on the ${ORG} (payroll|team|staff)`,
  // General own-words signals (2026-12 disclaimer probe, a bakery chain): the author's own
  // workplace, station or role, tenure told in the first person, joining a team, temping or
  // interning. Each is cancelled in its sentence by an outsider's words (OUTSIDER_PATTERNS).
  // "onze nieuwe winkel", "our shop", "ons filiaal" (a team is the author's only near the name, above).
  '{pron-1-poss} {role-modifier}? {workplace}',
  // "bij ons op de bakkerij", "bij ons in de winkel", "at our shop"
  'bij ons (op|in) (de|het)? _? {workplace}',
  // Where only staff stand: "(ik sta) achter de toonbank", "behind the counter".
  // (Not "de jongen achter de balie": someone else stands there.)
  '^ ~6 (weer|terug|again|back) (achter|behind) (de|het|the) {station}',
  '^ (achter|behind) (de|het|the) {station}',
  '{pron-1} ~4 (achter|behind) (de|het|the) {station}',
  '(sta|stond|staan|stonden|zit|zat|zitten) (ik|k|we|wij) ~3 (achter|behind) (de|het|the) {station}',
  // A role of one's own: "Als uitzendkracht sta ik …", "As a delivery driver for X I …", "20 jaar bakker bij X".
  '^ als {role-modifier}? _? {role} ~8 {pron-1}',
  '^ as (a|an) _? _? {role} ~8 {pron-1}',
  `{number} (jaar|jaren|years|maanden|months) (als|as)? (a|an|een)? {role-modifier}? _? {role} (bij|at|with|for|voor|van|of|in) ${ORG}`,
  // Tenure in the first person: "After 11 years I'm hanging up my apron at X", "Five years ago I walked into X".
  `(after|na) {number} (years|year|jaar|jaren|maanden|months) ~2 ({pron-1}|{pron-1-poss}) ~6 ${ORG}`,
  `{number} (years|jaar) (ago|geleden) ~3 {pron-1} ~8 ${ORG}`,
  // One's own shifts and working days: "my first shift", "mijn laatste dienst".
  '{pron-1-poss} (eerste|laatste|first|last|final) (dienst|diensten|shift|shifts|werkdag|werkweek|nachtdienst|working)',
  // Recruiting for one's own team: "Wie komt ons team versterken?", "Come work with me".
  '(kom|komt|komen) ~2 (ons|onze|mijn|m n) (team|ploeg|afdeling|winkel|filiaal) (versterken|versterking)',
  '(come|kom) (work|werken) (with|met|naast|bij) (me|us|mij|ons)',
  `join (me|us) (at|bij) ${ORG}`,
  // Dutch inversion after the firm: "Bij X leer ik het vak", "Voor X rijd ik elke ochtend".
  `^ (bij|voor) ${ORG} _ (ik|k|we|wij)`,
  `{pron-1} (mocht|mag|mochten|mogen) (voor|namens) ${ORG}`,
  `(mocht|mag|mochten|mogen) (ik|k|we|wij) (voor|namens) ${ORG}`,
  `{pron-1} ~8 ${ORG} ~2 (versterken|versterk|komen versterken)`,
  // Temping, interning, volunteering there: "Temping at X's distribution centre".
  `(interning|temping|volunteering|freelancing|shadowing) ~4 (at|for|with|in) ${ORG}`,
  `{pron-1} ~2 (intern|temp|volunteer) (at|for|with) ${ORG}`,
  // In a team of the firm: "I'm in X's finance team", "I'm interning in the marketing team at X".
  `{pron-1} ~3 (in|on|op|bij) (the|het|de)? ~2 (team|department|afdeling|unit|crew|squad|ploeg|desk) (at|of|van|bij) ${ORG}`,
  `{pron-1} ~3 (in|on|op|bij) ${ORG} ~2 (team|department|afdeling|unit|crew|squad|ploeg|desk)`,
  `(part of|deel van|onderdeel van) (the|de|het)? ${ORG} _? (family|team|crew|familie)`,
  `(collega s|collegas|colleagues) (van|bij|at|from) (het|de|the)? ${ORG}`,
  // Shifts worked there, also with the ward in between: "avonddiensten op de geriatrie van X",
  // "Night shift on the X maternity ward", "dienst gedraaid op de SEH van X".
  `(nachtdienst|nachtdiensten|avonddienst|avonddiensten|dagdienst|dagdiensten|weekenddienst|weekenddiensten|dubbele dienst|vroege dienst|late dienst|night shift|night shifts|late shift|early shift|double shift|shift|shifts) ~6 ${ORG}`,
  '(dienst|diensten|nachtdienst|avonddienst|dagdienst|shift|shifts|dubbele dienst) (gedraaid|draaien|draai|draaide|draaiden|gewerkt|worked|pulled|done)',
  // One's own unit: "voor onze IC", "op mijn afdeling", "on our ward".
  '(voor|in|bij|naar|op|on|for|at) (onze|our|mijn|my|m n) _? (afdeling|ic|icu|ok|seh|ward|wards|unit|department|polikliniek|poli|praktijk|vestiging|filiaal)',
  `bij ons (in|op) (de|het|the)? ${ORG}`,
  // "Ik mag me vanaf vandaag teamleider … noemen"
  '{pron-1} (mag|mocht|mogen|mochten) (me|mij|mezelf|ons|onszelf) ~4 {role}',
  // One's own placement or permanent contract.
  `{pron-1-poss} (stage|stageplek|stageplaats|afstudeerplek|afstudeerstage|internship|placement|werkplek) ~8 ${ORG}`,
  '(vast|vaste) (contract|aanstelling|dienstverband) (getekend|gekregen|binnen)',
  '(permanent contract|permanent position) (signed|offered)',
  // "my first sprint at X", "mijn laatste klus bij X" (a visit or an order is a customer's: OUTSIDER_PATTERNS).
  `{pron-1-poss} (first|last|final|eerste|laatste) _ (at|bij|with|in|op|for|voor) ${ORG}`,
  // "met het hele X-team", "with the whole X crew"; "ons bedrijf X", "our company X".
  `(met|with) (het|the) (hele|gehele|whole|entire) ${ORG} (team|crew|squad|ploeg|bedrijf|company|kantoor|office)`,
  `{pron-1-poss} (bedrijf|company|organisatie|organisation|organization|firma|firm|onderneming|business) ~1 ${ORG}`,
  // "Inmiddels werk ik er 2 jaar", "werk ik hier al tien jaar"
  '(werk|werkte|werken|werkten) (ik|k|we|wij) (er|daar|hier)',
  `(dag 1|dag een|dag één) (bij|in|op) ${ORG}`,
  // "Bij X werken betekent …"; addressing one's colleagues at a farewell; a team day; working late at the office there.
  `^ (bij|at) ${ORG} (werken|working) (betekent|means|is|was|geeft|gives)`,
  '^ (lieve|beste|dear|fijne)? (collega s|collegas|colleagues|teamgenoten) (bedankt|dank|thank|thanks)',
  '(bedankt|dank|thanks|thank you) (voor|for) (het|the|my|mijn) (mooie|fijne|warme|geweldige|lovely|great|wonderful)? (afscheid|afscheidsfeest|farewell|send off|sendoff|leaving do)',
  `(team day|teamdag|team outing|offsite|away day|company outing|bedrijfsfeest|teamuitje|heidag) (with|met|bij|at) ${ORG}`,
  `(working|work|werken|werk) ~2 (at|in|op|bij) (the|het|de)? ${ORG} (office|kantoor|{workplace}|hq|lab|ward|afdeling)`,
  // Tenure in one's own work there, with the work itself between ("Ik poets al 23 jaar de kantoren
  // aan de Stationsweg voor X", "Been cleaning hospitals for X since 2019"); a customer's or a
  // relative's years are cancelled by OUTSIDER_PATTERNS.
  `{pron-1} ~4 {number} (jaar|jaren|years|maanden|months) ~8 (voor|bij|for|at|with) ${ORG}`,
  `(voor|bij|for|at|with) ${ORG} (since|sinds) {number}`,
  // The job itself done there ("Ik geef les bij X", "I teach data science at X", "Teaching at X is …",
  // "tentamens nakijken voor X"), the people in one's charge ("mijn studenten van X", "our students
  // at X"); a customer's, a student's or a relative's words are cancelled by OUTSIDER_PATTERNS.
  `{pron-1} ~2 ({job-verb}|geef les|gaf les|geven les) ~6 (bij|voor|aan|at|for|in) ${ORG}`,
  `({job-verb}|les geven|les gegeven) (bij|voor|aan|at|for) ${ORG}`,
  `{pron-1-poss} ~1 {charges} (van|bij|aan|op|at|from|of|in) ${ORG}`,
  `{pron-1} ~4 {role} (zijn|to be|being)? (aan|at) ${ORG}`,
  `^ {role} (zijn|worden|being) (bij|aan|at|voor|for) ${ORG}`,
  `^ ${ORG} (collega s|collegas|collega)`,
  `(mijn|m n|my) (eerste|laatste|first|last|final) _ (gegeven|gehad|gedraaid|given|taught|held)? (aan|at|bij) ${ORG}`,
  `^ (back|terug|weer) ~4 (at|bij|op|aan) ${ORG}`,
  `(shipped|launched|released|built|delivered|opgeleverd|gelanceerd|gebouwd) (our|onze|ons) ~4 (at|bij) ${ORG}`,
  // The firm announcing something as "ours": "X is proud to announce our partnership", "X is trots
  // om onze nieuwe vestiging te openen" — the author speaks as the firm (spokesperson), which
  // makes the tie plain. Not "X is blij met onze machines" (a supplier): only before what is told.
  `^ ${ORG} (is|are|zijn) ~2 (proud|pleased|excited|delighted|thrilled|happy|honoured|honored|trots|verheugd|blij|vereerd) (to|om|te|dat) ~8 (our|onze|ons|we|wij|us)`,
  `^ ${ORG} (announces|presents|introduces|welcomes|launches|unveils|opens|kondigt|presenteert|introduceert|verwelkomt|lanceert|opent) ~3 (our|onze|ons)`,
];

/**
 * An outsider's words: a relative's or a friend's job ("mijn zoon heeft een bijbaantje bij X",
 * "my daughter started her first job at X"), a purchase or an application ("we halen gebak
 * bij X", "our team ordered lunch from X", "applied for a role at X"), a customer ("a loyal X
 * customer"), working *with* the firm from outside. An affiliation match in the same sentence
 * does not count: the tie it describes is someone else's, or not a job.
 */
export const OUTSIDER_PATTERNS: readonly string[] = [
  '{pron-1-poss} {kin}',
  '(hij|zij|ze|he|she) ~2 (werkt|werkte|works|worked|begint|begon|starts|started|joined|is begonnen)',
  `{customer-verb} ~6 ${ORG}`,
  `${ORG} ~1 {customer}`,
  '(trouwe|vaste|tevreden|loyal|regular|happy|satisfied) {customer}',
  `{pron-1} ~2 (ben|am|m|was|been|ve been) ~3 {customer} (bij|van|of|at)`,
  // A course, a talk or a workshop the author followed there: "Our team had a workshop from X".
  `(workshop|workshops|training|trainingen|cursus|webinar|lezing|presentatie|talk|demo|rondleiding|tour) (from|by|van|door|at|bij|of) ${ORG}`,
  `(gevolgd|followed|attended|bijgewoond|gekregen|received) ~4 (bij|from|by|van|at|door) ${ORG}`,
  // A student or an alumnus: "Ik studeer sinds vorig jaar bij X", "afgestudeerd aan X", "an alumna of X".
  `{pron-1} ~3 (studeer|studeerde|studeerden|studeren|study|studied|studying|afgestudeerd|graduated)`,
  `(alumnus|alumna|alumni|oud student|oud studente|afgestudeerd|graduated|graduate) ~3 (van|aan|of|from|at) ${ORG}`,
  `(worked|work|working|werkte|werkten|samengewerkt|samenwerken|samenwerking|partnered|partnering|partnership|collaborated|collaborating|collaboration) (with|met|samen met) ${ORG}`,
];

/**
 * An advertising label counts as a disclosure only as a tag or a label of its own
 * ("#ad", "(advertentie)", "Gesponsord:"), not as the verb in "X sponsored the run".
 */
export const AD_LABEL =
  /#(?:ad|advertentie|advertorial|sponsored|gesponsord|spon|partner|samenwerking|paidpartnership)\b|(?:^|[\n([])\s*(?:advertentie|advertorial|gesponsord|sponsored|ad|reclame|paid partnership|betaalde samenwerking|in samenwerking met)\s*(?:[)\]:]|$)/imu;
