// How a post labels its OWN content as confidential ("Vertrouwelijk: …", "dit is
// nog niet openbaar maar …", "under embargo until …", "don't tell anyone but …"),
// as opposed to talking ABOUT confidentiality ("deel nooit vertrouwelijke
// informatie", "our webinar on handling confidential data", a quoted e-mail
// footer). Phrase patterns (sequence.ts); "[ ]" marks the words underlined.

/** Phrases that only make sense about the post's own content: flagged wherever they occur. */
export const SELF_LABELS: readonly string[] = [
  // nl
  '(niet|nooit) (verder|door) (vertellen|vertelt|zeggen|vertelt)',
  // Separable verbs are one word in the infinitive: "Nog even niet doorvertellen hoor".
  '(niet|nooit) (doorvertellen|doorvertelt|doorzeggen|verdervertellen)',
  '(alleen|enkel|uitsluitend) voor (jouw|jullie|uw|je) ogen',
  'zeg (het|dit)? (maar)? niet (verder|door)',
  '(tussen|onder) ons gezegd',
  // The same verbs split in a main clause: "vertel het niet door", "houd het nog even stil";
  // and who may not know yet: "dit mag nog niemand weten".
  '(vertel|vertelt|vertellen|zeg|zegt) (het|dit|dat)? ~2 (niet|niks|niets) (door|verder)',
  // Only the object and small words between: "we houden het werk stil" is a stoppage, not a secret.
  '(hou|houd|houdt|houden) (het|dit|dat) (nog|maar|wel|graag)? (even|eventjes|voorlopig|nog)? (stil|geheim|binnenskamers|voor jezelf|onder ons)',
  '(mag|mogen) (nog)? niemand ~2 (weten|horen)',
  '(moet|moeten|blijft|blijven) ~3 binnenskamers',
  // "Mag eigenlijk nog niks zeggen, maar …" labels what follows; "verder/meer mag ik niks
  // zeggen" closes a post that has said what it may.
  '^ [mag ~2 (nog)? (niks|niets|geen) ~3 (zeggen|vertellen|delen|kwijt)]',
  '!(verder|meer|daarover|erover) [mag ~2 (nog)? (niks|niets|geen) ~3 (zeggen|vertellen|delen|kwijt)]',
  '(dat|dit|het) (heb|hebt|heeft) (je|jij|u|jullie) niet van (mij|me)',
  '^ [(mag|mogen) (ik|we|wij) ~3 niet ~3 (zeggen|vertellen|delen|bekendmaken)]',
  '!(verder|meer|daarover|erover) [(mag|mogen) (ik|we|wij) ~3 niet ~3 (zeggen|vertellen|delen|bekendmaken)]',
  '(wordt|worden) pas ~4 (bekendgemaakt|aangekondigd|openbaar gemaakt|gecommuniceerd) ~3 maar',
  '(nog|even) ~1 (geheimhouden|stilhouden|onder de pet houden)',
  '(uitgelekt|gelekt) (uit|van) (de|het|onze|ons) (vergadering|directie|memo|overleg|mail|presentatie|managementoverleg|ondernemingsraad|kwartaalmeeting|personeelsbijeenkomst)',
  '(uit|kijkje in) (de|het|onze|ons) (interne|internal) (nieuwsbrief|memo|cijfers|dashboard|presentatie|roadmap|planning|mail|documenten|stukken)',
  '(dit|dat|het) (blijft|moet ~2 blijven) (tussen|onder) (ons|jou en mij)',
  '(ik|we|wij) (mag|mogen) (dit|het|er)? ~2 (nog)? niet ~3 (zeggen|vertellen|delen|over hebben)',
  'nog (niet|geen) (openbaar|publiek|officieel|aangekondigd|naar buiten)',
  'nog (niet|geen) (openbaar|publiek) (gemaakt|bekend)',
  'niet voor (publicatie|verspreiding|extern gebruik|externe verspreiding|de buitenwereld)',
  '(alleen|uitsluitend) (voor)? intern (gebruik)?',
  'voor intern gebruik',
  '(onder|under) embargo',
  'embargo (tot|until)',
  'embargoed',
  'off the record',
  '(onder|under|getekend|signed|sign|signing|tekenen|teken|tekende|ondertekend) (een|an|a|de|the|our|onze|my|mijn)? [(nda|geheimhoudingsverklaring|non disclosure agreement)]',
  // "NDA signed, kickoff Monday", "Moest vandaag een NDA tekenen": an NDA the author signed.
  // "Read the NDA before you sign it" is advice (DISCUSSION); "A good NDA protects both sides" talk.
  '[(nda|geheimhoudingsverklaring)] ~3 (getekend|tekenen|ondertekend|signed|tekende)',
  'onder geheimhouding',
  'strikt (vertrouwelijk|vertrouwelijke|geheim)',
  '(topgeheim|top secret)',
  'nog geheim',
  '(vertel|vertelt|zeg) (het|dit)? (aan|tegen)? niemand',
  '(officieel|officially) ~3 (nog)? (niet|geen|not) (bekend|bekendgemaakt|aangekondigd|known|announced)',
  'nog (niet|geen) officieel (bekend|bekendgemaakt|aangekondigd)',
  '(binnenkort|straks|volgende week|volgende maand|pas) ~3 (bekend|bekendgemaakt|aangekondigd|officieel|openbaar) ~2 maar',
  '(intern|interne|internal) (memo|mail|e mail|stuk|document|notitie|rapport|presentatie|email|report|deck) ~2 (gelekt|uitgelekt|leaked)',
  '(hou|houd|houden|houdt) ~3 onder de pet',
  '[(geheim|vertrouwelijk|secret|confidential) (tot|until)] _',
  '(strictly|strikt) (between|tussen) (us|ourselves|ons)',
  // en
  '(don t|dont|do not) tell (anyone|anybody|a soul|the boss|my boss|my manager|hr|them)',
  '(keep|keeping) (this|it) (to yourself|to yourselves|between us|quiet|under wraps|hush hush|on the down low|on the dl)',
  'between you and (me|i)',
  'for your eyes only',
  // "Hush hush, but …", "it's all very hush-hush": said of what the post is about to tell.
  '^ hush hush',
  '(very|all|pretty|bit|still|nog|heel|erg) hush hush',
  '(you|u) (didn t|didnt|did not) hear (it|this|that) from me',
  '^ not (supposed|allowed) to (say|share|tell|post) (this|it|that)',
  '(can t|cant|cannot|can not) (officially)? (say|share|tell|announce) (this|it|that|you)? (yet|officially)',
  'officially (i|we) (can t|cant|cannot|can not) (say|share|tell|announce)',
  '(hasn t|hasnt|has not|haven t|havent|have not) been (announced|made public|published|communicated) yet',
  '(leaked|leak) (from|of) (our|the) (all hands|meeting|memo|board meeting|management meeting|town hall|slides|deck|email|internal)',
  '(from|at) (our|the) internal (roadmap|dashboard|figures|sales figures|numbers|memo|newsletter|slides|deck|documents|presentation|email|wiki|all hands)',
  '(this|it) (stays|has to stay|must stay) between (us|you and me)',
  '(not|isn t|isnt|aren t|arent) (public|official|announced) yet',
  'not yet (public|official|announced)',
  '(i m|im|i am|we re|we are) not (supposed|allowed) to ~2 (say|share|tell|talk|post|announce)',
  '(for)? internal (use)? only',
  'not for (publication|distribution|external use|external distribution)',
  '(still)? under wraps',
];

/**
 * Words that are a label only in a label's position: opening a sentence before ":",
 * ",", "!" or "hoor/maar/but", or said of something ("dit is vertrouwelijk, maar").
 * The rule checks the punctuation after a sentence-opening one.
 */
export const LABEL_WORDS = '(vertrouwelijk|confidentieel|geheim|intern|officieus|confidential|secret|internal|nda)';
/** Words between "dit is" and the label that keep it one ("Dit is eigenlijk geheim, maar"); no negation. */
const LABEL_ADVERBS =
  '(echt|nog|wel|strikt|strictly|still|eigenlijk|officieel|formeel|natuurlijk|stiekem|actually|technically|officially|formally|really|kinda|sort of|nog steeds|nog altijd)';
export const OPENING_LABELS: readonly string[] = [
  `^ (strikt|strictly|highly)? [${LABEL_WORDS}]`,
  // "Intern document, maar te mooi om niet te delen", "Internal memo: …", "Confidential figures!"
  `^ (strikt|strictly|highly)? [(intern|interne|internal|vertrouwelijk|vertrouwelijke|confidential|geheim|geheime|secret) (document|documentje|memo|stuk|stukje|mail|mailtje|bericht|nieuws|nieuwtje|info|informatie|cijfers|cijfertjes|news|information|figures|numbers|update|scoop)]`,
];
/** A label word in brackets, closing them or followed by a comma or a short word: "(confidential, please don't share)", "(vertrouwelijk hè!)". */
export const BRACKET_LABELS: readonly string[] = [`[${LABEL_WORDS}]`];
export const BRACKET_BEFORE = /[([]\s*$/u;
export const BRACKET_AFTER = /^\s*(?:[,;:!)\]]|(?:hè|he|hé|hoor|ok|oké|okay|please|pls|dus|so)(?![\p{L}\p{N}]))/iu;
/** Labels only before a colon or a dash: "Uitgelekt: de begroting is rond" (not "het gas is gelekt"). */
export const COLON_LABELS: readonly string[] = ['^ [(uitgelekt|gelekt|leaked)]'];
export const COLON_FOLLOWERS = /^\s*[:–—-]/u;
export const PREDICATE_LABELS: readonly string[] = [
  `(dit|deze|het|dat|this|these|it|that) ~2 (is|zijn|are|s) ${LABEL_ADVERBS}? [${LABEL_WORDS}] (maar|but|dus|so|hoor|though|for now|voorlopig)`,
];
/** "it's a secret: …", "Het is geheim!": a predicate label, followed by LABEL_FOLLOWERS. */
export const PREDICATE_STOP_LABELS: readonly string[] = [
  `(dit|het|dat|this|it|that) (is|s) ${LABEL_ADVERBS}? (a|an|een)? [${LABEL_WORDS}]`,
];

/** Words after a sentence-opening label word that make it a label ("Vertrouwelijk hoor, maar"). */
export const LABEL_FOLLOWERS =
  /^\s*(?:[:!–—-]|,|\)|\]|hoor\b|maar\b|but\b|though\b|for now\b|voorlopig\b|dus\b|hè(?![\p{L}])|$)/iu;

/** Sentences that discuss confidentiality (training, policy, instructions) or quote a footer: no label. */
export const DISCUSSION: readonly string[] = [
  '(nooit|never) (deel|delen|share|sharing|post|posten|plaats|plaatsen|vergeet)',
  '(deel|share|post|plaats|zet) (nooit|never|geen|no)',
  '(hoe|how) (je|to|you|ga|ge|we|om)',
  '(webinar|workshop|training|cursus|course|sessie|session|beleid|policy|policies|gedragscode|richtlijn|richtlijnen|guidelines|tips|checklist|lezing|talk|podcast)',
  '(omgaan|handling|handle|beschermen|protect|protecting|bescherming|protection|beveiligen|securing)',
  '(intended|bestemd|geadresseerde|addressee|recipient|ontvanger) ',
  '(e mail|email|bericht|message|berichten|attachments|bijlagen) ~4 (is|are|zijn|kan|may|can) ~2 (vertrouwelijk|confidential)',
  // Advice to the reader about signing: "read the NDA before you sign it", "teken er nooit een".
  '(you|je|jij|u) (sign|signs|teken|tekent|ondertekent)',
  '(always|altijd|nooit|never) ~3 (sign|teken|tekenen|lees|read)',
  // News about an embargo that has ended: "The report was under embargo until Thursday and is
  // now available", "bleef tot vanochtend onder embargo", "the embargo was lifted".
  '(was|were|had been|bleef|bleven|lag|lagen|stond|stonden) ~3 (onder|under) embargo',
  'embargo ~3 (lifted|opgeheven|verlopen|expired|ended|afgelopen|voorbij)',
  // People in general signing one: "Should startups make every candidate sign an NDA?",
  // "freelancers tekenen bij ons altijd een geheimhoudingsverklaring".
  '(freelancers|kandidaten|candidates|employees|medewerkers|werknemers|leveranciers|suppliers|contractors|iedereen|everyone|mensen|people|companies|bedrijven|startups|stagiairs|interns|investors|investeerders) ~4 (sign|tekenen|ondertekenen)',
  // A question about signing one: "Kun je een NDA tekenen voordat je begint?", "Do I need an NDA?"
  '(kun|kan|moet|moeten|hoef|hoeven|mag|should|do|does|must|can|need) (je|jij|u|you|i|ik|we|wij) ~4 (tekenen|ondertekenen|sign|need|nodig)',
  // How journalism works: "Journalisten krijgen het persbericht onder embargo", "press releases under embargo".
  '(journalisten|journalist|reporters|reporter|verslaggevers|redacties|newsrooms|persberichten|press releases|pers|press) ~6 embargo',
  'embargo ~6 (journalisten|journalists|reporters|verslaggevers|redacties|newsrooms)',
  // Labels as a practice of organisations: "Why do companies stamp 'Internal use only' on everything?"
  '(companies|bedrijven|organisaties|organisations|organizations|everyone|iedereen|people|mensen) ~3 (stamp|stamps|mark|marks|label|labels|stempelen|stempelt|markeren|markeert|zetten|zet)',
  // Someone else's words in a report: "Off the record, zei de minister, …".
  '(zei|zegt|said|says|aldus) (de|het|the|een|a)? (minister|woordvoerder|spokesperson|spokesman|politicus|politician|official|ambtenaar|bron|source|burgemeester|mayor|premier|president)',
];

/**
 * Sentences whose secret is the author's private life, not work: "Don't tell anyone but I
 * actually enjoy Monday mornings", a surprise party, a recipe. Compliance is about work.
 */
export const PRIVATE_SECRETS: readonly string[] = [
  '(but|maar) (i|ik) (heb|have|ve|ben|am|m)? (stiekem|actually|secretly|kinda|totally|honestly|eerlijk gezegd)',
  '(but|maar) (i|ik) (enjoy|enjoyed|love|loved|like|liked|hate|miss|missed|cried|vind|vond|hou|houd|mis|miste|geniet|genoot|huilde|ate|eet|at)',
  '(verrassing|verrassingsfeest|surprise|surprise party|cadeau|cadeautje|present|gift|verjaardag|birthday|aanzoek|proposal|recept|recipe|sinterklaas|kerstcadeau)',
  // Kitchen and corner-shop secrets: "the secret ingredient in my grandmother's pie", "the best croissants".
  '(ingredient|ingredients|ingrediënt|ingrediënten|pie|cake|taart|stew|stoofpot|soup|soep|croissant|croissants|bakery|bakkerij|grandma|grandmother|grandpa|oma|opa|oma s|grandmother s)',
  '(best|beste|lekkerste) (coffee|koffie|pizza|croissants|bakery|bakkerij|friet|fries|burger|ice cream|ijs) ~3 (in town|van de stad|in de stad|around|ever)?',
];

/**
 * Sentences that open as a question ("Is dit nog niet openbaar of zoek ik verkeerd?", "Is the law
 * still under embargo?"): with a "?" at their end (the rule checks it) they ask, they do not label.
 * "Don't tell anyone, OK?" opens otherwise and stays a label.
 */
export const QUESTIONS: readonly string[] = [
  '^ (is|zijn|was|waren|wordt|worden|weet|weten|heeft|hebben|mag|mogen|kan|kun|kunnen|zou|moet|hoe|waarom|wanneer|wie|wat|klopt|are|were|has|have|does|do|did|can|could|would|should|why|how|when|who|what|isn t|aren t)',
];
