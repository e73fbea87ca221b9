// The rule-pack format: the one definition behind the TypeScript types, the
// validator, schema/pack.schema.json and the managed-storage schema.
import { CATEGORIES, LANGS, SEVERITIES } from '../types.ts';
import { checkEmail, checkHttpsUrl } from './checks.ts';
import { hostnameProblem } from '../text/urls.ts';
import { s, type Infer } from './dsl.ts';

const text = (description: string) => s.string({ minLength: 1, description });
const list = (description: string) => s.array(text('One entry.'), { description });
const severitySetting = s.enum(['off', ...SEVERITIES] as const, {
  description: '"off" switches it off; otherwise the severity of its findings.',
});
const messages = s.object(
  { nl: text('Dutch text.'), en: text('English text.') },
  { required: ['nl', 'en'], description: 'The same text in Dutch and English.' },
);

/** How a client or confidential entry is matched (see `match`). */
export const ENTRY_MATCH = ['name', 'any'] as const;

/** A client or confidential item in its long form. */
const namedEntry = s.object(
  {
    name: text('The name as it is usually written, e.g. "Jansen Transport".'),
    aliases: list('Other names for the same thing: short forms, old names, abbreviations.'),
    handles: list('Social-media handles, e.g. "@jansentransport".'),
    note: s.string({ description: 'Internal note for admins; never shown to employees.' }),
    severity: severitySetting,
    match: s.enum(ENTRY_MATCH, {
      description:
        '"name": only where it reads as a name (capitalised inside a sentence, a hashtag or handle, before a possessive or a verb such as "heeft"/"has"), ' +
        'for entries that are also ordinary words ("Thuis", "Het Nieuwe Huis", "Datastroom"). "any": every occurrence, in any case. ' +
        'Default: "name" for one plain word or ordinary words only (abbreviations of 2-5 capitals: in capitals only), "any" otherwise.',
    }),
  },
  { required: ['name'] },
);
const entry = (description: string) =>
  s.either(text('The name as it is usually written.'), namedEntry, { managed: 'b', description });

export const COOL_DOWN_MODES = ['off', 'ask', 'wait'] as const;
export type CoolDownMode = (typeof COOL_DOWN_MODES)[number];
/** A day: a longer cool-down is a ban, not a pause. */
export const MAX_COOL_DOWN_MINUTES = 1440;
/** "look again in an hour": the protocols' advice to sleep on an angry post, made short. */
export const DEFAULT_COOL_DOWN: { mode: CoolDownMode; minutes: number } = { mode: 'ask', minutes: 60 };

export const CUSTOM_RULE_KINDS = ['terms', 'pattern', 'cooccurrence', 'requirement', 'phrase'] as const;

export const customRuleSchema = s.object(
  {
    id: s.string({ minLength: 1, description: 'Unique id, lowercase-with-dashes; shown in findings and the CLI.' }),
    kind: s.enum(CUSTOM_RULE_KINDS, {
      description:
        'terms: flag any of `terms`. pattern: flag matches of `pattern` (RE2 syntax, linear time). ' +
        'cooccurrence: flag `terms` (or the pack list named in `termsFrom`) when one of `near` occurs within `window` words. ' +
        'requirement: when `terms`/`pattern` occur, `require` must occur too, else flag the mention. ' +
        'phrase: flag matches of `phrases` (word patterns with {classes}, {org}/{client}/{confidential}, gaps; see docs/rules.md) unless one of `unless` matches in the same sentence.',
    }),
    category: s.enum(CATEGORIES),
    severity: s.enum(SEVERITIES),
    message: messages,
    why: messages,
    clause: s.string({ description: 'The clause of the company protocol this rule enforces, e.g. "3.2".' }),
    terms: list('Words or phrases; matched in any case, with or without diacritics, inflected, as hashtags.'),
    termsFrom: s.enum(['clients', 'confidential', 'organization'] as const, {
      description: 'Use a list of this pack (after merging) as the terms.',
    }),
    pattern: s.string({ minLength: 1, description: 'A regular expression in RE2 syntax (no backreferences or lookaround).' }),
    caseSensitive: s.boolean({ description: 'For `pattern`: match case exactly (default false).' }),
    near: list('cooccurrence: supporting words that raise the risk.'),
    window: s.number({ integer: true, minimum: 1, maximum: 50, description: 'cooccurrence: distance in words (default 8).' }),
    require: list('requirement: phrases of which at least one must be present.'),
    phrases: list(
      'phrase: word patterns, e.g. "namens {org}", "on behalf of {org}", "{client} ~3 (getekend|signed)". ' +
        'Syntax: words, werk* (word start), #tag, {class}, (a|b|) alternatives, x? optional, _ any word, ~N up to N words, ^ $ sentence start/end, !x not x, [ ] the reported part.',
    ),
    unless: list('phrase: patterns that cancel a match in the same sentence, e.g. "niet namens {org}".'),
    suggestion: s.string({ description: 'Replacement text offered for the flagged span, or for requirement a line to add.' }),
  },
  { required: ['id', 'kind', 'category', 'severity', 'message'] },
);

export const packSchema = s.object(
  {
    id: s.string({ minLength: 1, description: 'Stable identifier of the pack, e.g. "acme-2026".' }),
    name: text('Human-readable name, shown in the extension.'),
    version: text('Version of the pack, shown in the extension; change it with every update.'),
    languages: s.array(s.enum(LANGS), { description: 'Languages the posts are written in.' }),
    organization: s.object(
      {
        names: list('Names of the employer as written in posts.'),
        handles: list('Social-media handles of the employer.'),
      },
      { description: 'The employer; naming it without a disclosure triggers the disclaimer rule.' },
    ),
    clients: s.array(entry('A client: a name, or an object with aliases and handles.'), {
      description: 'Clients that must not be named in posts.',
    }),
    confidential: s.array(entry('A confidential term: a name, or an object with aliases.'), {
      description: 'Project names, figures and topics that must not be posted.',
    }),
    disclaimers: s.object(
      {
        personal: list('Phrases saying the post is a personal view, e.g. "views are my own".'),
        affiliation: list('Phrases disclosing the author works there, e.g. "ik werk bij".'),
      },
      { description: 'Accepted disclosures (built-in equivalents in nl and en also count).' },
    ),
    severity: s.record(severitySetting, { keys: CATEGORIES, description: 'Severity per category, or "off".' }),
    overrides: s.record(severitySetting, { description: 'Severity per rule id, or "off"; wins over `severity`.' }),
    clauses: s.record(text('The clause, e.g. "2.1 — Klanten noemen we niet zonder toestemming".'), {
      description: 'The protocol clause per category or rule id, shown with findings (a rule id wins over its category).',
    }),
    rules: s.array(customRuleSchema, { description: 'The company\'s own rules.' }),
    protocolUrl: s.string({
      minLength: 1,
      check: checkHttpsUrl,
      description:
        'HTTPS address of the published social-media protocol employees were given. A finding whose clause starts with ' +
        'a number links to this address + "#clause-N-M" ("2.1 Klanten…" → #clause-2-1).',
    }),
    support: s.object(
      {
        email: s.string({ minLength: 1, check: checkEmail, description: 'Where "report a false alarm" prepares an e-mail to, e.g. "it@firma.nl".' }),
        askReason: s.boolean({
          description: 'true: "Post anyway" asks for an optional reason, which is kept only on the employee\'s computer.',
        }),
      },
      { description: 'Help for employees: where false alarms go, and whether to ask why a held post is posted anyway.' },
    ),
    internalDomains: s.array(s.string({ minLength: 1, check: hostnameProblem, description: 'A host name, e.g. "intranet.firma.nl".' }), {
      description: 'The firm\'s own internal hosts: a link to one of them, or to any host below it, is an internal link (category confidential).',
    }),
    spokesperson: s.object(
      {
        allowed: s.boolean({
          description: 'true on the browsers of designated spokespeople (deploy it to them through a separate policy): posts that speak for the firm are not flagged.',
        }),
        contact: s.string({
          minLength: 1,
          description: 'Who official statements are left to, e.g. "de afdeling Communicatie (pers@firma.nl)"; named in the suggestion.',
        }),
      },
      { description: 'Who may speak on behalf of the firm (category spokesperson). Default: not allowed, no contact named.' },
    ),
    coolDown: s.object(
      {
        mode: s.enum(COOL_DOWN_MODES, {
          description: 'What happens before a post that reads as written in anger goes out: "off" nothing, "ask" (default) a hold once with "Post now" and "Keep as draft", "wait" the draft is kept for `minutes` before "Post now" is offered.',
        }),
        minutes: s.number({
          integer: true,
          minimum: 1,
          maximum: MAX_COOL_DOWN_MINUTES,
          description: `"ask": when the badge reminds the author of a kept draft; "wait": how long the post is held (default ${DEFAULT_COOL_DOWN.minutes}).`,
        }),
      },
      { description: 'The gentle hold for heated posts (category heated).' },
    ),
  },
  { required: ['id', 'name', 'version'] },
);

export type Pack = Infer<typeof packSchema>;
export type CustomRule = Infer<typeof customRuleSchema>;
export type NamedEntry = Infer<typeof namedEntry>;
export type PackEntry = Pack['clients'] extends (infer E)[] | undefined ? E : never;
