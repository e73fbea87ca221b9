// Generalisations about, and exclusion of, a group of people (nationality,
// ethnicity, religion, gender, orientation, disability), in any person: "al die
// gelukszoekers moeten terug naar hun eigen land", "Marokkanen zijn allemaal tuig",
// "women just aren't built for this", "they should go back where they came from".
// Neutral statements about the same groups ("Mijn buren zijn Polen", "Women are
// underrepresented in tech") have no contemptuous, generalising or excluding predicate.
import { BANTER } from './threat-phrases.ts';
import { entryMaker, type LexEntry } from './types.ts';

const nl = entryMaker('nl');
const en = entryMaker('en');

const loose = { loose: true, pos: 'fixed' as const };
/** A match: "De Belgen waren veel te agressief in de halve finale" is sport talk (whole words, not BANTER's stems). */
const SPORT = ['finale', 'final', 'wedstrijd', 'match', 'toernooi', 'tournament', 'competitie', 'league', 'derby', 'scheidsrechter', 'referee', 'ref'];
/** A group: its noun ("Marokkanen"), or an adjective with a noun for people ("Marokkaanse jongeren", "Polish builders"). */
const GROUP = '({group}|{group-adj} {group-people})';

/** What a group is called in contempt: "tuig", "parasites", "allemaal criminelen". */
const CONTEMPT_NL =
  '(tuig|gespuis|uitschot|schorem|dronken|zatlappen|dronkenlappen|asociaal|asocialen|onbeschoft|onbeschaafd|luiaards|idioten|debielen|tokkies|tuig van de richel|ongedierte|parasieten|profiteurs|uitvreters|criminelen|crimineel|dieven|beesten|dieren|' +
  'apen|ratten|kakkerlakken|terroristen|verkrachters|barbaren|minderwaardig|achterlijk|achterlijke|dom|dommer|lui|vies|smerig|gevaarlijk|' +
  'messentrekkers|zakkenrollers|inbrekers|drugsdealers|uitkeringstrekkers|fietsendieven|relschoppers|raddraaiers|hufters|gierig|vals|achterbaks|varkens|zuipers|dronkaards|alcoholisten|klaplopers|nietsnutten|leeglopers|luilakken|oplichters|bedriegers|leugenaars|agressief|primitief|primitieven|onbetrouwbaar|' +
  'agressiever|gewelddadiger|crimineler|luier|dommer|minder beschaafd|van nature agressief|van nature lui|van nature crimineel|minder slim|minder intelligent|minder waard|inferieur|dommer dan wij|een plaag|een pest|een ziekte|een kanker|een kankergezwel|een virus|het probleem|de oorzaak|niks waard|niets waard|zwakzinnig|gestoord|onnozel|tegennatuurlijk|pervers|walgelijk|minderwaardig|tweederangs|geen echte mensen|geen mensen|een gevaar|een gevaar voor de samenleving)';
const CONTEMPT_EN =
  '(scum|vermin|parasites|animals|rats|cockroaches|savages|criminals|thieves|rapists|terrorists|subhuman|inferior|lazy|stupid|dirty|filthy|' +
  'less intelligent|dumber|stupider|lazier|more violent|more criminal|less civilised|less civilized|naturally violent|naturally lazy|pigs|trouble|nothing but trouble|greedy|drunks|drunkards|liars|cheats|crooks|thugs|freeloaders|scroungers|primitive|untrustworthy|violent|useless|' +
  'dangerous|a disease|a plague|a cancer|the problem|worthless|disgusting|sick|mentally ill|freaks|degenerates|invaders|an abomination|abominations|unnatural|perverts|groomers|pedophiles|paedophiles|a threat|a danger|not normal|not human|second class|a burden|leeches|a drain)';

export const GROUP_PHRASES: LexEntry[] = [
  // nl: "X zijn (gewoon) (allemaal) tuig", "typisch X (weer)", "X horen niet in …", "X moeten terug naar hun eigen land"
  // Up to three words may say where the group is: "die Oost-Europeanen op de bouw zijn allemaal zuipers".
  nl(`${GROUP} s? ~3 (zijn|waren|blijven) ~2 (allemaal|altijd|toch|echt|gewoon|stuk voor stuk|nu eenmaal|eenmaal|van nature)? ~1 ${CONTEMPT_NL}`, 'generalisation', 0.85, {
    ...loose,
    noNegation: true,
    innocent: SPORT,
    bad: ['Marokkanen zijn gewoon allemaal tuig', 'Die asielzoekers zijn allemaal profiteurs', 'Zwarte mensen zijn nu eenmaal agressiever', 'Die Oost-Europeanen in de kassen zijn allemaal zuipers', 'Belgen zijn gewoon leugenaars'],
    ok: ['Mijn buren zijn Polen en super aardig', 'Vrouwen zijn ondervertegenwoordigd in de techsector', 'De Oost-Europeanen op de bouw zijn onmisbaar', 'Polen in de bouw zijn vaak slecht beschermd tegen uitbuiting', 'De Belgen waren veel te agressief in de halve finale'],
  }),
  nl(`typisch ${GROUP}`, 'generalisation', 0.8, { ...loose, bad: ['Typisch Turken weer, met z’n twintigen op de gang'] }),
  nl(`${GROUP} s? (horen|moeten|mogen) ~2 (gewoon)? (niet|nooit|geen) ~2 ((in|op|aan|achter|bij|thuis in) (de|het|een|onze|ons)? _|hier|zeuren|zeiken|janken|overdrijven|aanstellen|piepen|klagen|stemmen|trouwen|rijden|leiden|werken|studeren|meedoen|meepraten)`, 'generalisation', 0.75, {
    ...loose,
    bad: ['Vrouwen horen gewoon niet in de raad', 'Homo’s moeten gewoon niet zo zeuren'],
    ok: ['Moslims mogen tijdens de ramadan overdag niet eten'],
  }),
  nl(`(al die|alle|die|deze|zulke|die hele) ${GROUP} ~2 (moeten|horen|mogen) ~2 (terug|weg|eruit|het land uit|oprotten|opzouten|naar huis)`, 'generalisation', 0.9, {
    ...loose,
    bad: ['al die gelukszoekers moeten terug naar hun eigen land'],
  }),
  nl(`${GROUP} s? (moeten|horen) ~2 (terug|weg|eruit|het land uit|oprotten|opzouten) ~4 (land|landje|eigen land|thuisland)?`, 'generalisation', 0.85, {
    ...loose,
    bad: ['Asielzoekers moeten gewoon terug naar hun eigen land'],
  }),
  // "Moffen blijven moffen", "once a thief always a thief" said of a group: the group is its own insult.
  nl('{group} (blijven|blijft) (gewoon|altijd|toch)? {group}', 'generalisation', 0.8, {
    ...loose,
    bad: ['Moffen blijven moffen, nooit te vertrouwen', 'Polen blijven gewoon Polen'],
    ok: ['Polen blijven langer in Nederland dan verwacht'],
  }),
  // Coming only for the benefits: "die gelukszoekers komen hier alleen voor de uitkering".
  nl(`${GROUP} ~3 (komen|kwamen|zijn) (hier|naar nederland|naar hier|naar ons land)? (alleen|enkel|puur|gewoon|maar)? (voor|om) ~2 (uitkering|uitkeringen|bijstand|toeslagen|geld|gratis geld|gratis huizen|woningen|een huis|te profiteren|profiteren|te stelen|te roven|te klaplopen)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Die gelukszoekers komen hier alleen voor de uitkering', 'Roemenen komen hier alleen om te stelen'],
    ok: ['Polen komen hier voor werk in de kassen', 'Statushouders komen hier voor een veilig leven'],
  }),
  en(`${GROUP} (only|just) (come|came) (here|to this country|over here)? (for|to) ~2 (benefits|handouts|free stuff|free housing|our money|steal|scrounge|sponge|leech)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Immigrants only come here for the benefits'],
    ok: ['Refugees only came here for safety'],
  }),
  // Excluded by "zouden niet mogen": "Moslims zouden niet mogen werken in de zorg", "vrouwen zouden geen leiding mogen geven".
  nl(`${GROUP} s? (zouden|zou|mogen|mag) ~3 (niet|geen|nooit) ~3 (mogen)? (werken|stemmen|wonen|trouwen|rijden|lesgeven|studeren|adopteren|leiding geven|leidinggeven|meedoen|meebeslissen|kinderen krijgen|kinderen opvoeden)`, 'generalisation', 0.75, {
    ...loose,
    bad: ['Moslims zouden niet mogen werken in de zorg', 'Vrouwen zouden niet mogen stemmen', 'Buitenlanders mogen wat mij betreft niet stemmen'],
    ok: ['Moslims mogen tijdens de ramadan overdag niet eten', 'Statushouders mogen de eerste maanden niet werken, dat vinden wij een probleem'],
    innocent: ['probleem', 'onterecht', 'oneerlijk', 'jammer', 'helaas', 'ramadan', 'wet', 'regel', 'regels', 'asielprocedure', 'maanden', 'weken'],
  }),
  // Wishing a whole group dead: "foreigners should just die", "al die moslims moeten dood".
  en(`${GROUP} (should|must|need to|deserve to|ought to) (just|all|simply)? (die|be killed|be shot|be gassed|be exterminated|be wiped out|burn|be hanged|be put down)`, 'generalisation', 0.9, {
    ...loose,
    bad: ['Immigrants should all be shot', 'Muslims deserve to die'],
    ok: ['Immigrants should all be welcomed'],
  }),
  // en: "X are all scum", "women just aren't built for", "they should go back where they came from"
  en(`${GROUP} (are|r|were) ~2 (all|always|just|basically|nothing but|simply)? ~1 ${CONTEMPT_EN}`, 'generalisation', 0.85, {
    ...loose,
    noNegation: true,
    innocent: SPORT,
    bad: ['Immigrants are all criminals', 'Muslims are just savages'],
    ok: ['Women are underrepresented in engineering', 'Refugees are welcome here'],
  }),
  en(`${GROUP} (just)? (aren t|arent|are not|can t|cant|cannot|shouldn t|shouldnt|should not) ~2 (built for|made for|cut out for|suited to|suited for|meant for|wired for|capable of|fit for|smart enough|able to lead|allowed to|be allowed to)`, 'generalisation', 0.8, {
    ...loose,
    bad: ["women just aren't built for engineering", 'Gays should not be allowed to adopt', "Women just aren't cut out for engineering"],
  }),
  en(`(all|those|these|the) (those|these|the)? ${GROUP} ~2 (should|must|need to|have to|ought to) ~2 (go back|leave|get out|be deported|be sent back|go home)`, 'generalisation', 0.9, {
    ...loose,
    bad: ['All these migrants should go back home'],
  }),
  en('(they|them|you|you people|these people) (should|must|need to|have to|ought to)? (go|get|be sent) back (to)? (where|wherever) (they|you) (came|come) from', 'generalisation', 0.9, {
    ...loose,
    bad: ['they should go back where they came from'],
  }),
  en(`typical ${GROUP}`, 'generalisation', 0.75, { ...loose, bad: ['Typical immigrants, never on time'] }),
  // "Women are too emotional to lead", "Gay people shouldn't be allowed near kids"
  en(`${GROUP} (people|folks)? (are|r) (just|simply|all|always)? (too|way too|far too) (emotional|weak|stupid|lazy|dumb|slow|hysterical|sensitive|aggressive|primitive) (to|for)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Women are too emotional to lead', 'Immigrants are way too lazy to work'],
    ok: ['Women are too often overlooked for promotion'],
  }),
  en(`${GROUP} (people|folks)? (shouldn t|shouldnt|should not|mustn t|must not) (be allowed|be let|be trusted|be near|be around|work|teach|vote|adopt)`, 'generalisation', 0.8, {
    ...loose,
    innocent: ['without', 'unless', 'visa', 'permit', 'licence', 'license', 'law', 'pay', 'unpaid', 'overtime', 'alone', 'discriminated', 'harassed'],
    bad: ["Gay people shouldn't be allowed near kids", 'Muslims should not be trusted with security jobs'],
    ok: ['Women should not be paid less for the same job', 'Refugees should not work unpaid overtime, the union says'],
  }),
  en(`${GROUP} (people|folks)? (are|r)? (taking|take|steal|stealing|took|stole) (all)? (of)? (our|the) (jobs|houses|homes|benefits|women|country)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Foreigners are taking all our jobs', 'Immigrants steal our jobs'],
  }),
  en('(these|those|such) (people|ones|types|immigrants|migrants|foreigners|refugees) (don t|dont|do not) belong (here|in this country|in our country|in europe|in our street|in our town)', 'generalisation', 0.8, {
    ...loose,
    bad: ["These people don't belong here"],
  }),
  en(`${GROUP} (don t|dont|do not) belong (here|in this country|in our country|in europe|in our street|in our town|in tech|in construction|in engineering|in politics|in the boardroom)`, 'generalisation', 0.8, {
    ...loose,
    bad: ["Women don't belong in construction", "Muslims don't belong in Europe"],
  }),
  en(`no ${GROUP} (on|in) (my|our) (team|street|school|company|shop|store|site|crew|building)`, 'generalisation', 0.8, { ...loose, bad: ['No Muslims on my team, thanks'] }),
  en(`(i d|id|i would|i ll|ill|i will|we d|we would|we ll|we will) never (hire|employ|rent to|promote|work with|trust) (a|an|another|any)? ${GROUP}`, 'generalisation', 0.8, {
    ...loose,
    bad: ["I'd never hire a woman for this job", 'We will never employ an immigrant again'],
  }),
  // nl: "Polen zuipen alleen maar", "Die buitenlanders horen hier niet", "Vrouwen zijn te emotioneel om te leiden"
  nl(`${GROUP} s? (zuipen|liegen|bedriegen|klaplopen|frauderen|stinken) (alleen maar|altijd|allemaal|de hele dag|de hele tijd|gewoon|toch)?`, 'generalisation', 0.8, {
    ...loose,
    innocent: ['niet', 'nooit', 'minder', 'vaker', 'onderzoek', 'vooroordeel', 'vooroordelen', 'cliché', 'cliche', 'stereotype'],
    bad: ['Polen zuipen alleen maar', 'Die Roemenen liegen allemaal'],
    ok: ['Het vooroordeel dat Polen zuipen klopt gewoon niet'],
  }),
  nl(`${GROUP} s? (zijn|blijven) (toch|gewoon|echt)? allemaal (hetzelfde|gelijk) $`, 'generalisation', 0.7, { ...loose, bad: ['Turken zijn allemaal hetzelfde'] }),
  nl(`${GROUP} s? (horen|hoort) (hier|in nederland|in dit land|in europa|in ons land|in onze wijk|in onze straat) (gewoon|echt)? niet (thuis)?`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Die buitenlanders horen hier niet', 'Moslims horen in Nederland gewoon niet thuis'],
  }),
  nl(`${GROUP} s? (zijn|is) (gewoon|echt|allemaal)? (te|veel te|gewoon te) (emotioneel|zwak|dom|lui|traag|hysterisch|gevoelig|agressief|primitief) (om|voor)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Vrouwen zijn te emotioneel om te leiden', 'Marokkanen zijn veel te agressief voor dit werk'],
  }),
  nl(`${GROUP} s? ~2 (leven|teren|vreten|parasiteren|profiteren) (van|op) (onze|ons|mijn|jouw) (centen|geld|belastinggeld|zak|kosten|zakken|portemonnee)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Al die Syriërs leven van onze centen', 'Asielzoekers teren op ons belastinggeld'],
  }),
  nl(`(ik|wij|we) (wil|willen|neem|nemen|huur|huren) (hier)? (geen|nooit|nooit meer|never) (een)? ${GROUP} (meer)? (aan|in|op|bij|naast) ~3`, 'generalisation', 0.8, {
    ...loose,
    innocent: ['discrimineren', 'uitsluiten', 'achterstellen'],
    bad: ['Ik wil geen Marokkanen in mijn team', 'Ik neem nooit meer een vrouw aan'],
  }),
  // nl: "X deugen niet", "X verpesten dit land", "X kunnen niet rijden", "vrouwen horen achter het aanrecht"
  nl(`${GROUP} s? (deugen|deugt) (gewoon|echt|allemaal)? (niet|nooit|voor geen meter|voor geen cent)`, 'generalisation', 0.85, { ...loose, bad: ['Marokkanen deugen niet'] }),
  nl(`${GROUP} s? (verpesten|verzieken|verneuken|vernielen|slopen|belazeren|bestelen|beroven|jatten|stelen|pikken|naaien|overspoelen|verkrachten|teisteren) ~3`, 'generalisation', 0.8, {
    ...loose,
    noNegation: true,
    innocent: BANTER,
    bad: ['Buitenlanders verpesten dit land', 'Die Roemenen jatten alles wat los en vast zit'],
    ok: ['Buitenlanders verrijken onze keuken', 'De meiden slopen de tegenstander in de finale'],
  }),
  nl(`${GROUP} s? (kunnen|kan) (gewoon|echt|nou eenmaal|toch|ook)? (niet|geen|nooit) (rijden|autorijden|inparkeren|koken|rekenen|leiden|leidinggeven|normaal doen|integreren|werken|lezen|denken|tellen|voetballen|tegen kritiek|tegen hun verlies|met geld omgaan)`, 'generalisation', 0.8, {
    ...loose,
    innocent: ['zonder', 'omdat', 'doordat', 'tenzij', 'toegang', 'drempel', 'toegankelijk', 'aanpassing', 'hulpmiddel', 'braille', 'vergunning', 'verzekering', 'rijbewijs', 'wet', 'regel'],
    bad: ['Turken kunnen niet rijden', 'Vrouwen kunnen gewoon niet inparkeren'],
    ok: ['Blinden kunnen niet lezen zonder braille of een voorleesfunctie'],
  }),
  // The group named first and "ze" as the subject: "Vrouwen in de bouw? Ze kunnen gewoon niet tillen."
  nl(`${GROUP} ~8 (maar|want|en)? (ze|zij) (kunnen|kan) (gewoon|echt|nou eenmaal|toch|ook)? (niet|geen|nooit) ~3 (rijden|autorijden|inparkeren|koken|rekenen|leiden|leidinggeven|integreren|werken|tillen|sjouwen|bouwen|programmeren|denken|tegen kritiek|met geld omgaan)`, 'generalisation', 0.75, {
    ...loose,
    innocent: ['zonder', 'omdat', 'doordat', 'tenzij', 'toegang', 'drempel', 'aanpassing', 'hulpmiddel', 'vergunning', 'rijbewijs', 'wet', 'regel', 'zwanger', 'blessure', 'rug'],
    bad: ['Vrouwen in de bouw, leuk idee, maar ze kunnen gewoon geen zware balken tillen', 'Die Polen, ze kunnen echt niet normaal rijden'],
    ok: ['Statushouders willen graag, maar ze kunnen niet werken zonder vergunning', 'Mijn collega is zwanger; vrouwen die zwanger zijn, ze kunnen tijdelijk niet tillen'],
  }),
  nl('(vrouwen|wijven|meiden|vrouw) (horen|moeten|mogen) (gewoon|lekker|maar)? ~2 (achter het aanrecht|in de keuken|aan het aanrecht|thuis blijven|hun mond houden|hun bek houden|hun kop houden|zwijgen)', 'generalisation', 0.85, {
    ...loose,
    bad: ['Vrouwen moeten gewoon achter het aanrecht', 'Wijven horen in de keuken'],
  }),
  nl('{orientation} s? (zijn|is) (gewoon|echt|allemaal)? (ziek|ziek in hun hoofd|gestoord|abnormaal|tegennatuurlijk|pervers|walgelijk|een ziekte|niet normaal|een zonde)', 'generalisation', 0.85, { ...loose, bad: ["Homo's zijn ziek"] }),
  nl('(homoseksualiteit|homofilie|transgenderisme|het homohuwelijk) (is|blijft) (gewoon|echt)? (een ziekte|ziek|tegennatuurlijk|abnormaal|een zonde|walgelijk|pervers|niet normaal)', 'generalisation', 0.85, {
    ...loose,
    bad: ['Homoseksualiteit is een ziekte'],
    ok: ['Homoseksualiteit is sinds 1973 geen ziekte meer volgens de psychiatrie'],
    noNegation: true,
  }),
  nl('(joden|de joden|jood) ~2 (controleren|beheersen|bezitten|hebben|runnen|regeren) ~3 (macht|geld|banken|media|wereld|economie|regering|vingers in de pap|touwtjes in handen)', 'generalisation', 0.85, { ...loose, bad: ['Joden hebben alle macht in handen'] }),
  nl(`${GROUP} s? (krijgen|krijgt) ~2 (alles gratis|alles voor niks|alles cadeau|gratis geld|alles in hun reet|alles in hun kont)`, 'generalisation', 0.75, {
    ...loose,
    bad: ['Asielzoekers krijgen alles gratis en wij betalen'],
  }),
  nl(`${GROUP} s? (kosten|kost) ~3 (alleen maar|alleen|enkel|niks dan|bakken|handenvol|veel te veel) (geld|belastinggeld)`, 'generalisation', 0.75, {
    ...loose,
    bad: ['Gehandicapten kosten alleen maar geld', 'Gehandicapten kosten de maatschappij alleen maar geld'],
    ok: ['Gehandicapten kosten de werkgever niet meer geld dan andere collega’s, blijkt uit onderzoek'],
  }),
  nl(`(altijd|steeds|weer)? hetzelfde met (die|deze|de|al die)? ${GROUP}`, 'generalisation', 0.8, { ...loose, bad: ['Het is altijd hetzelfde met die Marokkanen'] }),
  nl('(echt|zo|weer)? (iets|typisch) voor (een|die|de)? {origin}', 'generalisation', 0.7, { ...loose, bad: ['Echt iets voor een Turk om te laat te komen'] }),
  nl(`(moet|moeten|zou|zouden|gewoon|kunnen) ~3 (die|al die|alle|zulke|de) ${GROUP} ~3 (terugsturen|uitzetten|deporteren|opsluiten|vergassen|afschieten|wegsturen|eruit gooien|eruit schoppen|het land uitzetten|over de grens zetten)`, 'generalisation', 0.85, {
    ...loose,
    bad: ['Ze zouden die asielzoekers allemaal moeten terugsturen'],
  }),
  // en: "X people are lazy", "X are ruining this country", "women can't drive", "women belong in the kitchen"
  en(`${GROUP} (people|folks|folk|guys|men|women|kids) (are|r|were) ~2 (all|always|just|basically|nothing but|simply)? ~1 ${CONTEMPT_EN}`, 'generalisation', 0.85, {
    ...loose,
    noNegation: true,
    bad: ['Black people are lazy', 'Trans people are mentally ill'],
    ok: ['Trans people are welcome on our team', 'Disabled people are not scroungers'],
  }),
  en(`${GROUP} (people|folks)? (are|r)? (ruining|destroying|taking over|invading|stealing|flooding|infesting|polluting|raping|ruin|destroy|invade|infest|steal) ~3`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Immigrants are ruining this country'],
    ok: ['Immigrants are driving growth in the care sector'],
  }),
  en(`${GROUP} (just)? (can t|cant|cannot|can not) (drive|park|lead|cook|do maths|do math|think|be trusted|handle money|integrate|speak english|take criticism)`, 'generalisation', 0.8, {
    ...loose,
    innocent: ['without', 'because', 'unless', 'access', 'barrier', 'accessible', 'licence', 'license', 'law', 'visa', 'permit'],
    bad: ["Women can't drive"],
    ok: ['Refugees cannot drive without a Dutch licence'],
  }),
  en(`${GROUP} (just)? (can t|cant|cannot|can not) (do|handle|run|manage|understand|lift) ~1 (maths|math|logistics|tech|technology|science|engineering|numbers|physics|business|money|construction|this job|the job|the work|leadership|management|logic|computers|heavy|anything|a warehouse|a team|a company)`, 'generalisation', 0.8, {
    ...loose,
    innocent: ['without', 'because', 'unless', 'access', 'barrier', 'accessible', 'licence', 'license', 'law', 'visa', 'permit', 'pregnant', 'injury', 'if', 'unless', 'until'],
    bad: ["Women can't do logistics", 'Immigrants just cannot handle money', "Women can't lift anything heavy"],
    ok: ['Refugees cannot run a business without a permit', "Women can't do engineering if schools keep telling girls it's not for them"],
  }),
  en('(women|woman|girls|females|wives) (belong|should stay|should be|need to stay|must stay|should get back|get back) ~1 (in the kitchen|at home|barefoot|to the kitchen|in the home|quiet)', 'generalisation', 0.85, {
    ...loose,
    bad: ['Women belong in the kitchen'],
  }),
  en('(jews|the jews|jewish people) ~2 (control|run|own|rule) ~2 (the)? (banks|media|world|money|government|hollywood|economy)', 'generalisation', 0.85, { ...loose, bad: ['Jews control the banks'] }),
  en('(those|these) (people|ones|types) (are|r) ~1 (animals|vermin|parasites|rats|savages|scum|subhuman|filth|cockroaches)', 'generalisation', 0.75, { ...loose, bad: ['Those people are animals'] }),
  en(`(they re|theyre|they are) all the same ~3 ${GROUP}`, 'generalisation', 0.8, { ...loose, bad: ["They're all the same, these immigrants"] }),
  // "Buitenlanders eruit", "Moslims het land uit": a group ordered out.
  nl(`(alle|al die|die)? ${GROUP} s? (eruit|het land uit|oprotten|wegwezen|rot op|opzouten|wegwezen) $`, 'generalisation', 0.85, { ...loose, bad: ['Buitenlanders eruit', 'Al die asielzoekers het land uit'] }),
  en(`(all|those)? ${GROUP} (go home|get out|fuck off) $`, 'generalisation', 0.8, { ...loose, bad: ['Muslims go home'] }),
  // The slogan "X out": only plural nouns for people, so a "black-out" stays a power cut.
  en('^ (immigrants|migrants|refugees|muslims|foreigners|asylum seekers|jews|gypsies|poles|romanians|arabs|pakis) out $', 'generalisation', 0.8, { ...loose, bad: ['Immigrants out'], ok: ['Black out tonight across the whole district'] }),
  // A group said to hurt others by nature: "Turkse mannen slaan hun vrouwen", "Muslims beat their wives".
  nl(`${GROUP} s? (slaan|mishandelen|onderdrukken|verkrachten|misbruiken|bedriegen) (allemaal|altijd|gewoon)? (hun|de|onze) (vrouwen|kinderen|dochters|meisjes|vrouw)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Turkse mannen slaan hun vrouwen'],
  }),
  en(`${GROUP} (all|always|just)? (beat|abuse|oppress|rape) (their|our|the) (wives|women|kids|children|daughters|girls)`, 'generalisation', 0.8, { ...loose, bad: ['Muslim men beat their wives'] }),
  // Dehumanising: a group that "breeds like rabbits"; sending people back "where they came from" in any person.
  en(`${GROUP} (people|folks)? ~2 (breed|multiply|spawn) like (rabbits|rats|animals|flies|cockroaches|vermin)`, 'generalisation', 0.85, {
    ...loose,
    bad: ['Romanians breed like rabbits and live off our benefits'],
  }),
  nl(`${GROUP} s? ~2 (fokken|vermenigvuldigen|planten) (zich)? (voort)? (als|zoals) (konijnen|ratten|beesten|vliegen|kakkerlakken)`, 'generalisation', 0.85, {
    ...loose,
    bad: ['Die Marokkanen fokken als konijnen'],
  }),
  en('(send|ship|deport|kick|throw|boot|fly) (them|em|the lot of them) (all)? (back|out) ~1 (where they came from|to where they came from|where they belong|to their own country|to their own countries|to their country|to their shithole)', 'generalisation', 0.9, {
    ...loose,
    bad: ['Ship them all back where they came from'],
  }),
  nl('(stuur|schop|gooi|zet|vlieg|donder) (ze|die lui|dat volk|die mensen) (allemaal)? ~1 (terug|eruit|het land uit) ~1 (naar waar ze vandaan komen|naar hun eigen land|naar hun land|naar hun apenland|naar hun woestijn)', 'generalisation', 0.9, {
    ...loose,
    bad: ['Stuur ze allemaal terug naar hun eigen land'],
  }),
  en('(deport|gas) (them|em|the lot|all of them|every one of them|them all)', 'generalisation', 0.75, { ...loose, bad: ['Deport them all'] }),
  // A group said to be so by nature: "dat zit in hun bloed", "Turken zijn nou eenmaal zo", "it's in their blood".
  nl(`${GROUP} s? ~8 (in hun bloed|in hun genen|in hun aard|in hun dna|in hun cultuur|van nature zo)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Surinamers komen altijd te laat, dat zit in hun bloed', 'Die Polen zuipen, het zit in hun genen'],
    ok: ['Muziek zit Surinamers in het bloed, zei de presentator', 'Joden vieren Chanoeka al eeuwen'],
  }),
  nl(`${GROUP} s? (zijn|is) (nou|nu) eenmaal zo`, 'generalisation', 0.75, { ...loose, bad: ['Turken zijn nou eenmaal zo, altijd vooraan'], ok: ['Turken zijn de grootste groep'] }),
  en(`${GROUP} (people|folks|men|women)? ~8 (in their blood|in their dna|in their nature|in their genes)`, 'generalisation', 0.8, {
    ...loose,
    bad: ["Gypsies steal, it's in their blood"],
    ok: ['Music is in their blood, says the director of the Romanian choir'],
  }),
  // Said never to fit in: "Moslims passen gewoon niet in onze cultuur", "Muslims can never fit into a civilised country".
  nl(`${GROUP} s? (passen|past|horen|hoort) (gewoon|echt|nou eenmaal|nu eenmaal|toch)? (niet|nooit) ~2 (in|bij) ~2 (cultuur|samenleving|maatschappij|land|nederland|europa|het westen|onze normen|onze waarden)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Moslims passen gewoon niet in onze cultuur'],
    ok: ['De nieuwe stoelen passen niet in onze kantine'],
  }),
  en(`${GROUP} (people|folks)? (will|can|could)? never (fit in|fit into|integrate|assimilate|belong)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Muslims can never fit into a civilised country'],
    ok: ['Refugees can never start integrating if they wait years for a permit'],
  }),
  // Here only to drink, steal or take: "Polen komen hier alleen maar zuipen en onze banen inpikken".
  nl(`${GROUP} s? ~3 (alleen maar|alleen|enkel|vooral) (zuipen|stelen|jatten|klaplopen|profiteren|vreten|luieren|rotzooien|overlast geven)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Polen komen hier alleen maar zuipen'],
    ok: ['Polen komen hier vooral werken in de kassen'],
  }),
  nl(`${GROUP} s? ~6 (onze|de) (banen|huizen|woningen|vrouwen|uitkeringen) (inpikken|afpakken|stelen|pikken|jatten|afnemen)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Die buitenlanders komen onze banen inpikken'],
  }),
  // Not wanted in one's street: "Zigeuners zou je gewoon niet in je straat moeten willen".
  nl(`${GROUP} s? (wil|willen|zou|moet|moeten) (je|ik|we|wij|jij) ~2 (niet|nooit|geen) ~4 (straat|buurt|wijk|huis|land|dorp|klas|bedrijf|team|school|flat)`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Zigeuners zou je gewoon niet in je straat moeten willen', 'Turken wil ik niet in mijn team'],
  }),
  // A crowd named in contempt: "al dat buitenlands volk", "dat moslimtuig".
  nl('(al dat|dat|die|al die|zulk) (buitenlands|buitenlandse|vreemd|vreemde|allochtoon|allochtone|islamitisch|islamitische) (volk|tuig|gespuis|gajes|pack|gedoe|rapaille)', 'generalisation', 0.85, {
    ...loose,
    bad: ['Al dat buitenlands volk moet gewoon het land uit'],
    ok: ['Al dat buitenlands talent op de beurs, geweldig'],
  }),
  // Trusting none of them: "ik vertrouw geen enkele Marokkaan meer".
  nl(`(vertrouw|vertrouwen|vertrouwt) ~3 (geen|nooit) (enkele|een|meer)? ${GROUP}`, 'generalisation', 0.8, {
    ...loose,
    bad: ['Eerlijk gezegd vertrouw ik geen enkele Marokkaan meer'],
  }),
  nl('(die|deze|dat soort|zulke) (lui|types|gasten|volk) (deugen|deugt) (gewoon|echt|allemaal)? (niet|nooit|voor geen meter|voor geen cent)', 'generalisation', 0.75, {
    ...loose,
    bad: ['die lui deugen gewoon niet'],
    ok: ['Die lui van de verhuizing waren top'],
  }),
  // Kept away from children: "Gay people shouldn't be anywhere near children".
  en(`${GROUP} (people|folks|men|women)? (shouldn t|shouldnt|should not|must not|mustn t) (be)? (allowed)? (anywhere)? (near|around) (children|kids|our kids|our children|schools|a school)`, 'generalisation', 0.85, {
    ...loose,
    bad: ["Gay people shouldn't be anywhere near children"],
  }),
  en('(send|ship|put|deport|kick|throw|boot) (them|em|the lot|the lot of them) (all)? (back)? (on|onto) (the)? (next|first) (boat|plane|flight|bus|train)', 'generalisation', 0.85, {
    ...loose,
    bad: ['Send them all back on the next boat'],
    ok: ['Put them on the next train to Utrecht, the interns I mean'],
    innocent: ['intern', 'interns', 'parcel', 'parcels', 'samples', 'package', 'packages', 'files', 'forms', 'guests', 'kids'],
  }),
];
