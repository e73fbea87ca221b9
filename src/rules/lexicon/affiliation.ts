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
  `(begonnen|gestart|begin|start|starten|startte|begon|beginnen|begint) ~6 (bij|voor|in) ${ORG}`,
  '(bij|in) {org} (begonnen|gestart|aan de slag|in dienst)',
  `(aan de slag|in dienst|werkzaam) (bij|voor) ${ORG}`,
  'trots ~6 te werken',
  `(mijn|m n|onze|ons) (collega s|collegas|collega|team|teamgenoten|afdeling|werkgever|werkplek|baas|leidinggevende|manager|club) ~3 (bij|van|in|op) ${ORG}`,
  `{pron-1} (ben|was) ~3 {role} ~3 (bij|van|voor|in) ${ORG}`,
  `als {role-modifier}? {role} (bij|van|voor|in) ${ORG}`,
  `(wij|we) (van|bij) ${ORG}`,
  `hier (bij|in) ${ORG}`,
  `namens ~4 ${ORG}`,
  `(laatste|eerste) (werkdag|dag|week|dienst|maand) ~3 (bij|voor|in) ${ORG}`,
  `(afscheid|vertrek|vertrokken) ~4 (bij|van) ${ORG}`,
  '{org} (is|was|wordt) (mijn|onze) (nieuwe|oude)? (werkgever|werkplek|club)',
  // en
  '{pron-1} ~3 (work|worked|working|works) ~5 (at|for|with)',
  `{pron-1} ~2 (joined|joining|join|rejoined) (the)? ${ORG}`,
  `{pron-1} ~2 (joined|started|starting|start|began|begun|joining) ~2 (as|my) ~5 (at|with|in|for) ${ORG}`,
  `{pron-1} ~2 (started|starting|start|began|begun) (working|work)? (at|with|in) ${ORG}`,
  `(new|first|last|final) (job|role|position|day|week|chapter|shift) ~3 (at|with|in) ${ORG}`,
  `(my|our) (team|teams|colleagues|coworkers|co workers|employer|company|department|manager|boss|workplace|unit|ward|lab|crew) ~3 (at|from|of|in) ${ORG}`,
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
