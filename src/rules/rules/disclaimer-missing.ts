// The post names the employer but says neither that it is a personal view nor that
// the author works there: one post-level finding with a line to add.
import { phraseClasses } from '../custom/phrase.ts';
import { AD_LABEL, AFFILIATION_PATTERNS, OUTSIDER_PATTERNS } from '../lexicon/affiliation.ts';
import { postTokens } from '../lexicon/index.ts';
import { compilePhrases, type PhraseSet } from '../lexicon/sequence.ts';
import type { EffectivePack } from '../merge.ts';
import { defineRule, type RuleContext, type Signal } from '../rule.ts';
import { packSpans } from '../text/span-index.ts';
import { mentions, packList } from '../text/pack-lists.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';
import { findLinks } from '../text/urls.ts';

/** Built-in disclosures as plain phrases; the pack's `disclaimers` phrases are added to these. */
const DISCLOSURES = [
  // nl
  'ik werk bij', 'ik werk voor', 'ik ben werkzaam bij', 'werkzaam bij', 'mijn werkgever', 'mijn nieuwe werkgever',
  'mijn eigen mening', 'persoonlijke mening', 'op persoonlijke titel', 'eigen mening', 'disclaimer', 'transparantie:',
  'ik ben medewerker', 'medewerker van', 'in dienst bij', 'in dienst van', '#werkgever', '#werknemer', '#medewerker',
  'op eigen titel', 'namens mezelf', 'namens mijzelf', 'privéaccount', 'prive account', 'privé-account', 'waar ik werk', 'ik werk daar', 'ik werk er', 'namens mijn werkgever', 'mijn eigen werkgever',
  // en
  'i work at', 'i work for', 'my employer', 'my new employer', 'my company', 'full disclosure', 'disclosure:', 'views are my own',
  'opinions are my own', 'views my own', 'opinions my own', 'my own views', 'my own opinion', 'personal opinion',
  'speaking for myself', 'i work there', 'where i work', 'on behalf of my employer', 'i am an employee', "i'm an employee", 'employee of', '#employee',
  // A personal view in other words (2026-12 probe): "Mijn privémening:", "Posting in a personal capacity".
  'privémening', 'prive-mening', 'persoonlijk:', 'puur persoonlijk', 'strikt persoonlijk', 'in a personal capacity', 'personal capacity',
  "i don't speak for", 'i do not speak for', 'not speaking for', 'not speaking on behalf', 'niet namens mijn werkgever', 'spreek niet namens',
  'my personal thoughts', 'personal thoughts', 'my personal views', 'personal views', 'my personal view', 'personal view:', 'personal take:', 'full transparency', 'in alle transparantie',
];

/** Personal-view statements with words in between ("Opinions expressed are my own", "alle meningen zijn van mijzelf"). */
const OWN_VIEW = /\b(?:views?|opinions?|thoughts|meningen?|standpunten?)\b[^.!?\n]{0,30}\b(?:my own|mine|mijn eigen|van mij(?:zelf)?|van mezelf|persoonlijk)\b/;
/** Hashtags such as #trotsopmijnwerkgever, #proudemployee, #werkenbijX, #lifeatX, #joinourteam. */
const STAFF_TAG = /#[\p{L}\d_]*(?:werkgever|werknemer|employer|employee|collega)|#(?:kom)?werkenbij|#(?:lifeat|workingat|joinourteam|joinmyteam|wearehiring)/u;

/** Which affiliation and outsider patterns name the employer ({org}); the others are about the author alone. */
const NAMES_ORG = AFFILIATION_PATTERNS.map((p) => p.includes('{org}'));
const OUTSIDER_NAMES_ORG = OUTSIDER_PATTERNS.map((p) => p.includes('{org}'));

// The affiliation patterns do not depend on the pack ({org} is looked up per post): compiled once.
let affiliation: PhraseSet<number> | undefined;
let outsider: PhraseSet<number> | undefined;

const LINE = {
  nl: (org: string) => `(Ik werk bij ${org}; dit is mijn persoonlijke mening.)`,
  en: (org: string) => `(I work at ${org}; views are my own.)`,
};

export default defineRule<Compiled, DisclaimerSignal>({
  meta: {
    id: 'disclaimer-missing',
    category: 'disclaimer',
    severity: 'warn',
    // A disclosure anywhere in the post answers a mention anywhere.
    scope: 'post',
    description: {
      nl: 'Je werkgever noemen zonder te zeggen dat je er werkt of dat het je persoonlijke mening is.',
      en: 'Naming your employer without saying that you work there or that the views are your own.',
    },
    messages: {
      missing: {
        nl: 'Je noemt je werkgever (‘{name}’) zonder te vermelden dat je er werkt.',
        en: "You name your employer ('{name}') without saying that you work there.",
      },
    },
    why: {
      nl: 'Lezers moeten kunnen zien dat je niet onafhankelijk bent; zonder vermelding lijkt het verborgen reclame.',
      en: 'Readers must be able to tell that you are not independent; without a disclosure it looks like hidden advertising.',
    },
  },

  compile(pack) {
    if (!packList(pack, 'org')) return null;
    const phrases = [...DISCLOSURES, ...pack.disclaimers.personal, ...pack.disclaimers.affiliation];
    affiliation ??= compilePhrases(
      AFFILIATION_PATTERNS.map((pattern, i) => ({ pattern, data: i })),
      { classes: phraseClasses },
    );
    outsider ??= compilePhrases(
      OUTSIDER_PATTERNS.map((pattern, i) => ({ pattern, data: i })),
      { classes: phraseClasses },
    );
    return {
      pack,
      affiliation,
      outsider,
      disclosures: compileTerms(phrases.map((p) => ({ term: p, data: null }))),
    };
  },

  // Checking a whole post, disclosures only matter once the employer is named.
  check: (ctx, data) => decide(ctx, collect(ctx, data, true)),
  collect: (ctx, data) => collect(ctx, data, false),
  decide: (ctx, _data, signals) => decide(ctx, signals),
});

interface Compiled {
  pack: EffectivePack;
  affiliation: PhraseSet<number>;
  outsider: PhraseSet<number>;
  disclosures: TermMatcher<null>;
}

/** A mention of the employer (not inside a link or an address), or a disclosure of any kind. */
interface DisclaimerSignal extends Signal {
  mention?: string;
  /** Own words that do not name the employer ("mijn collega's", "onze klanten"): another workplace's, if the post is an outsider's. */
  loose?: true;
  /** An outsider's words about the employer ("besteld bij X", "a loyal X customer"): not a disclosure. */
  outsider?: true;
}

/**
 * Every mention and every disclosure, each at its place: all places where one of the patterns
 * starts (not only the leftmost non-overlapping ones), so a window of the post finds the same.
 */
function collect(ctx: RuleContext, { pack, affiliation, outsider, disclosures }: Compiled, needMention: boolean): DisclaimerSignal[] {
  const folded = ctx.folded();
  const text = ctx.text;
  const out: DisclaimerSignal[] = [];
  // A name inside a link or an e-mail address ("intranet.veenpoort.nl", "notion.so/kadedigital/…",
  // "werkenbij.veenpoortziekenhuis.nl") is not naming the employer.
  const found = mentions(pack, 'org', folded, text);
  const links = found.length ? findLinks(text) : [];
  for (const m of found)
    if (!insideLinkOrAddress(text, m.start, m.end) && !links.some((l) => l.start <= m.start && m.end <= l.end))
      out.push({ start: m.start, end: m.end, mention: m.data.entry.name });
  if (out.length === 0 && needMention) return out;
  for (const d of disclosures.find(folded, text)) out.push({ start: d.start, end: d.end });
  const original = (fs: number, fe: number) => ({ start: folded.map[fs]!, end: folded.map[fe]! });
  for (const [fs, fe] of everyMatch(OWN_VIEW_G, folded.text)) out.push(original(fs, fe));
  for (const [fs, fe] of everyMatch(STAFF_TAG_G, folded.text)) out.push(original(fs, fe));
  for (const [start, end] of everyMatch(AD_LABEL_G, text)) out.push({ start, end });
  const tk = postTokens(text, folded);
  const spans = packSpans(pack, tk, folded, text);
  const own = affiliation.find(tk, spans);
  // Own words in a sentence that also tells of someone else's job or of a purchase describe an outsider's tie.
  const others = own.length ? outsider.find(tk, spans) : [];
  const outside = new Set(others.map((m) => tk.sentence(m.first)));
  for (const m of own) {
    if (outside.has(tk.sentence(m.first))) continue;
    out.push(NAMES_ORG[m.data] ? { start: m.start, end: m.end } : { start: m.start, end: m.end, loose: true });
  }
  // An outsider's words about the employer itself make the post an outsider's (decide).
  for (const m of others) if (OUTSIDER_NAMES_ORG[m.data]) out.push({ start: m.start, end: m.end, outsider: true });
  return out;
}

function decide(ctx: RuleContext, signals: readonly DisclaimerSignal[]): void {
  let mention: DisclaimerSignal | undefined;
  // "Mijn collega's zijn top. Weer taart besteld bij X": the colleagues are at another workplace.
  const outsiderPost = signals.some((s) => s.outsider);
  for (const s of signals) {
    if (s.outsider || (s.loose && outsiderPost)) continue;
    if (s.mention === undefined) return;
    if (!mention || s.start < mention.start || (s.start === mention.start && s.end > mention.end)) mention = s;
  }
  if (!mention) return;
  const end = ctx.text.trimEnd().length;
  const line = LINE[ctx.lang](mention.mention!);
  ctx.report({
    range: [mention.start, mention.end],
    messageId: 'missing',
    data: { name: ctx.text.slice(mention.start, mention.end) },
    fix: {
      range: [end, end],
      replacement: `\n\n${line}`,
      label: { nl: 'Vermeld dat je er werkt', en: 'Say that you work there' },
    },
  });
}

const everywhere = (re: RegExp) => new RegExp(re.source, `${re.flags.replace('g', '')}g`);
const OWN_VIEW_G = everywhere(OWN_VIEW);
const STAFF_TAG_G = everywhere(STAFF_TAG);
const AD_LABEL_G = everywhere(AD_LABEL);

/** [start, end) of a match at every position where one starts (overlapping ones included). */
function everyMatch(re: RegExp, s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from <= s.length; ) {
    re.lastIndex = from;
    const m = re.exec(s);
    if (!m || m.index < from) break;
    out.push([m.index, m.index + m[0].length]);
    // The next code point: a Unicode pattern cannot start inside a surrogate pair.
    const c = s.charCodeAt(m.index);
    from = m.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
  return out;
}

/** The span sits in a URL or an e-mail address (a handle "@acme" is a mention of its own). */
function insideLinkOrAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const chunk = text.slice(a, b);
  if (/(?:https?:\/\/|www\.)/i.test(chunk)) return true;
  // "info@acme.nl": an "@" right after a word character is an address, not a handle.
  return /[\p{L}\p{N}._%+-]@/u.test(chunk);
}
