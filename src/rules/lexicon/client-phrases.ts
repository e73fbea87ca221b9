// How posts disclose a new client without the word "klant": welcoming an
// organisation aboard, "X kiest voor ons", "we signed X", "proud to welcome X".
// Phrase patterns (sequence.ts); {orgname} is a run of capitalised words read as an
// organisation's name, the part that is reported.

/** Strong: the phrase itself says a business relationship began. */
export const CLIENT_DEAL_PATTERNS: readonly string[] = [
  // nl
  '[{orgname}] (kiest|koos|kozen) (weer|opnieuw)? voor (ons|onze|{org})',
  '[{orgname}] heeft (weer|opnieuw)? (voor ons|voor {org}) gekozen',
  '[{orgname}] (stapt|stapte) over naar (ons|{org})',
  '(we|wij) (mogen|mochten) [{orgname}] ~5 rekenen',
  '(we|wij) hebben [{orgname}] (binnengehaald|binnen|getekend|als klant)',
  '(getekend|tekenden|tekende|tekenen) (met|bij) [{orgname}]',
  '(welkom|welcome) [{orgname}] als (nieuwe|vaste)? (klant|opdrachtgever|partner)',
  // en
  '(proud|excited|thrilled|happy|delighted|pleased) to (welcome|announce|have) [{orgname}] as (a|an|our)? (new)? (client|customer|partner)',
  '(we|we ve|we have|just) (signed|onboarded|landed|won|welcomed) [{orgname}]',
  '[{orgname}] (chose|chooses|picked|has chosen|selected|has selected) (us|{org})',
  '[{orgname}] (signed|signs|has signed) (with us|with {org})',
  '(signed|closed) (a|the|our)? ~3 (contract|deal|agreement) with [{orgname}]',
  // "We've been appointed by Castlegate Homes to advise on …"
  '(we|we ve|we have|we re|we are|we were) (been|just)? (appointed|hired|engaged|retained|commissioned) by [{orgname}]',
  // "Landed a new account today: X", "Nieuwe klant binnengehaald: X", "X zit nu bij ons in de portefeuille"
  '(landed|won|signed|scored) (a|an|another|our)? (new|big|huge|first)? (account|client|customer) (today|vandaag|this week|this morning|yesterday)? [{orgname}]',
  '(nieuwe|grote|eerste) (klant|opdrachtgever) (binnen|binnengehaald|getekend|erbij) (vandaag|deze week)? [{orgname}]',
  '[{orgname}] ~4 (bij ons|bij {org}) in (de|onze) (portefeuille|klantenkring)',
];

/**
 * Weak: a welcome, which is a client disclosure when it names an organisation (not a new
 * colleague: "Welkom aan boord, Lisa!") or a client word is close by.
 */
export const CLIENT_WELCOME_PATTERNS: readonly string[] = [
  '(welkom|welcome) (aan boord|bij de club|bij ons|bij ons kantoor|in de familie|aboard|on board|to the family|to the team)? [{orgname}]',
  '(we|wij) (mogen|mochten) [{orgname}] ~3 verwelkomen',
  '(we|wij) (verwelkomen|begroeten) [{orgname}]',
  '(proud|excited|thrilled|happy|delighted|pleased) to welcome [{orgname}]',
  // The firm working for an organisation: "Vanaf vandaag werken we voor Woonstichting Eemland",
  // "Sinds deze maand adviseren we ook Bakkerij Hoogeveen" (not "werk ik bij", the author's employer).
  '(werken|adviseren|begeleiden|ondersteunen|ontzorgen) (we|wij) (nu|ook|sinds kort|inmiddels)? (voor)? [{orgname}]',
  // Work the employer made for an organisation: "Onze campagne voor het Groninger Museum staat online".
  '(onze|ons|mijn|our|my) (nieuwe|new)? (campagne|campaign|website|huisstijl|rebranding|rebrand|commercial|logo|webshop|app|identity|jaarverslag|annual report) (voor|for) (het|de|the)? [{orgname}]',
];
