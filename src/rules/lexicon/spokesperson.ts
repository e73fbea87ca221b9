// How a post speaks AS the organisation, which protocols leave to designated
// spokespeople: "namens {org}", "on behalf of {org}", "wij van {org} maken bekend",
// "{org} is proud to announce", "our company will …", "Persbericht: …", statements
// about the firm's results, strategy, incidents, reorganisations or a client dispute.
// Not: the firm's published news shared with a personal comment, "we" meaning the
// author's team, "namens" a club, a committee or the family (no {org} there).
// Phrase patterns (sequence.ts) over folded words; "[ ]" marks the part underlined.

/** Verbs of an official statement after the firm (or "we of the firm") as subject. */
const STATEMENT_NL =
  '(maakt|maken|kondigt|kondigen|betreurt|betreuren|ontkent|ontkennen|bevestigt|bevestigen|verwerpt|verwerpen|' +
  'heeft besloten|hebben besloten|besluit|besloot|neemt afstand|nemen afstand|distantieert|biedt excuses|bieden excuses|' +
  'laat weten|laten weten|deelt mee|delen mee|reageert|reageren|wil reageren|willen reageren|wil graag reageren|willen graag reageren|' +
  'wil bekendmaken|willen bekendmaken|zal|zullen|meldt|melden|verwelkomt|verwelkomen)';
const STATEMENT_EN =
  '(announce|announces|announced|has announced|confirm|confirms|confirmed|has confirmed|deny|denies|denied|reject|rejects|rejected|' +
  'regret|regrets|apologise|apologises|apologize|apologizes|has decided|have decided|decided|will|won t|would like to|want to|wish to|' +
  'hereby|responds|respond|is withdrawing|are withdrawing)';
/** "is proud to announce", "zijn verheugd te melden". */
const PLEASED_NL = '(trots|verheugd|blij|vereerd|enthousiast|verheugd)';
const PLEASED_EN = '(proud|pleased|excited|delighted|thrilled|happy|honoured|honored|glad)';
const TELL_NL = '(kondigen|melden|mededelen|mee|bekend|bekendmaken|presenteren|introduceren|verwelkomen|laten)';
const TELL_EN = '(announce|share|introduce|welcome|report|confirm|inform|present|unveil|launch)';
/** The firm as "ours", without its name ({firm}: bedrijf, organisatie, company, firm, …; not the team). */
const OUR_FIRM_NL = '(ons|onze) ({firm}|raad van bestuur)';
const OUR_FIRM_EN = 'our ({firm}|management team)';
/** Results: "our firm has closed 2026 with record revenue", "ons kantoor heeft 2026 afgesloten met een recordomzet". */
const RESULTS = '(record|recordomzet|recordjaar|revenue|turnover|profit|loss|results|omzet|winst|verlies|jaarcijfers|resultaat|groei|growth)';
/** What a reorganisation or a strategy change does. */
const CORPORATE_ACTION_NL =
  '(reorganiseren|stoppen|sluiten|schrappen|ontslaan|verhuizen|overnemen|fuseren|uitbreiden|investeren|saneren|afbouwen|bezuinigen|terugtrekken|verkopen|samenvoegen|banen|ontslagen)';

/** Statements that speak for the firm wherever they occur. */
export const SPOKESPERSON_PATTERNS: readonly string[] = [
  // nl
  'namens {org}',
  // Not "namens het team van {org}" (a thank-you for a cake): the team is the author's own.
  'namens (de|het) (directie|bestuur|management|managementteam|mt|raad van bestuur|college|raad van toezicht|leiding) (van|bij) {org}',
  '(wij|we) (van|bij|als) {org} ~3 ' + STATEMENT_NL,
  '(wij|we) (van|bij|als) {org} (zijn|is) (er)? (ontzettend|erg|zeer|enorm|heel|bijzonder)? ' + PLEASED_NL,
  '{org} ' + STATEMENT_NL,
  '{org} (vandaag|hierbij|officieel|met trots) ' + STATEMENT_NL,
  '{org} (is|zijn) (er)? (ontzettend|erg|zeer|enorm|heel|bijzonder)? ' + PLEASED_NL + ' (om|te|dat|u|jullie|je) ~4 ' + TELL_NL,
  '[' + OUR_FIRM_NL + ' ' + STATEMENT_NL + ']',
  '[' + OUR_FIRM_NL + ' (gaat|wil)] ~6 ' + CORPORATE_ACTION_NL,
  '[' + OUR_FIRM_NL + ' (heeft|had|sloot|boekte|behaalde|realiseerde)] ~6 ' + RESULTS,
  '(reactie|verklaring|standpunt|mededeling) (van|namens) (ons|onze) (kantoor|bedrijf|organisatie|directie|firma|bestuur)',
  '(officiele|formele) (verklaring|mededeling|reactie|aankondiging) (van|namens) ({org}|ons|onze|de directie|het bestuur)',
  // en
  'on behalf of {org}',
  'on behalf of (the|all|everyone|everybody) (board|management|management team|team|staff|employees|colleagues|whole team)? (at|of) {org}',
  '(we|we re|we are|we ve|we have) (at|from) {org} ~2 ' + STATEMENT_EN,
  '(we|we re|we are) (at|from) {org} (are)? (very|so|really|extremely)? ' + PLEASED_EN,
  '(we|we re|we are) (at|from) {org} (are)? (sorry|aware)',
  '{org} (today|officially|hereby)? ' + STATEMENT_EN,
  '{org} (is|are) (very|so|really|extremely)? ' + PLEASED_EN + ' to ' + TELL_EN,
  '[' + OUR_FIRM_EN + ' ' + STATEMENT_EN + ']',
  '[' + OUR_FIRM_EN + ' (is|are) (going to|cutting|closing|withdrawing|leaving|merging|acquiring|reorganising|reorganizing|proud to announce|pleased to announce)]',
  '[' + OUR_FIRM_EN + ' (has|have|had)? (closed|achieved|reported|posted|booked|realised|realized|ended|finished|delivered)] ~5 ' + RESULTS,
  '(statement|response|reply) (from|by|of) (our|the) (company|firm|organisation|organization|board|management)',
  '(official|formal) (statement|response|announcement|reply) (from|by|of|on behalf of) ({org}|our|the board|management)',
];

/**
 * Labels that open an official text ("Persbericht: …", "Official statement – …"): only at the
 * start of a sentence and followed by a colon or a dash (the rule checks the punctuation).
 */
export const STATEMENT_LABELS: readonly string[] = [
  '^ [(persbericht|perbericht|officiele verklaring|officiele mededeling|officiele reactie|verklaring van de directie|mededeling van de directie|' +
    'press release|official statement|official announcement|company statement|statement from the board|statement from management)]',
];
export const LABEL_FOLLOWERS = /^\s*(?:[:–—-])/u;

/** In the same sentence: the author says they do not speak for the firm ("niet namens", "not on behalf of"). */
export const NOT_SPEAKING: readonly string[] = [
  '(niet|geen|nooit|not|never|don t|dont|do not|doesn t|isn t) ~3 (namens|on behalf|spreek|spreken|speak|speaking|woordvoerder|spokesperson|officieel|official)',
];

/**
 * Anywhere in the post: the author shares the firm's own news with a personal comment
 * ("Mooi nieuws van mijn werkgever: …", "Proud of my employer", "Lees het persbericht").
 */
export const SHARING_FRAMES: readonly string[] = [
  '(nieuws|news|update|updates) (van|from|by|at) (mijn|my) (werkgever|employer|bedrijf|company|firm|werk|work)',
  '(trots|proud) (op|of) (mijn|my) (werkgever|employer|bedrijf|company|firm|collega s|colleagues|team)',
  '(lees|read|zie|see|bekijk|check) ~3 (persbericht|press release|aankondiging|announcement|nieuwsbericht|artikel|article)',
];
