// A post that speaks AS the organisation: protocols leave that to designated
// spokespeople (management, the communications team) and ask employees to speak for
// themselves. The phrases are in lexicon/spokesperson.ts, with {org} bound to the
// pack's organisation names and handles. Off on a spokesperson's browser
// (`spokesperson.allowed`); the message names the pack's press contact when it has one.
import { phraseClasses } from '../custom/phrase.ts';
import { postTokens } from '../lexicon/index.ts';
import { compilePhrases, type PhraseSet } from '../lexicon/sequence.ts';
import { LABEL_FOLLOWERS, NOT_SPEAKING, SHARING_FRAMES, SPOKESPERSON_PATTERNS, STATEMENT_LABELS } from '../lexicon/spokesperson.ts';
import type { EffectivePack } from '../merge.ts';
import { defineRule, type RuleContext, type Signal } from '../rule.ts';
import { packSpans } from '../text/span-index.ts';

type Kind = 'phrase' | 'label';

/** A statement for the firm, or a frame that shares its news with a personal comment (which answers every statement). */
interface SpokesSignal extends Signal {
  kind: 'says' | 'shares';
}

interface Compiled {
  pack: EffectivePack;
  phrases: Phrases;
  contact?: string;
}

/** "Ik spreek hier niet namens …": a denial this close to the statement, in its sentence, cancels it. */
const DENIAL_NEAR = 120;
/** Where a sentence ends between two statements (as the tokeniser cuts them: . ! ? a line break, an emoji). */
const SENTENCE_END = /[.!?](?=\s|$)|\n|\p{Extended_Pictographic}/u;

interface Phrases {
  statements: PhraseSet<Kind>;
  notSpeaking: PhraseSet<number>;
  sharing: PhraseSet<number>;
}

// The patterns do not depend on the pack ({org} is looked up per post): compiled once.
let phrases: Phrases | undefined;
const build = (): Phrases => {
  const set = (patterns: readonly string[]) => compilePhrases(patterns.map((pattern, i) => ({ pattern, data: i })), { classes: phraseClasses });
  return {
    statements: compilePhrases(
      [...SPOKESPERSON_PATTERNS.map((pattern) => ({ pattern, data: 'phrase' as Kind })), ...STATEMENT_LABELS.map((pattern) => ({ pattern, data: 'label' as Kind }))],
      { classes: phraseClasses },
    ),
    notSpeaking: set(NOT_SPEAKING),
    sharing: set(SHARING_FRAMES),
  };
};

/** "Namens X" / "On behalf of X" becomes the author's own voice, in the phrase's language and case. */
function ownVoice(written: string): string | undefined {
  const upper = /^\p{Lu}/u.test(written);
  if (/^namens\b/i.test(written)) return upper ? 'Namens mezelf' : 'namens mezelf';
  if (/^on behalf of\b/i.test(written)) return upper ? 'Speaking for myself' : 'speaking for myself';
  return undefined;
}

export default defineRule<Compiled | null, SpokesSignal>({
  meta: {
    id: 'spokesperson',
    category: 'spokesperson',
    severity: 'warn',
    // The news-sharing frame anywhere in the post ("Mooi nieuws van mijn werkgever: …") answers a statement anywhere.
    scope: 'post',
    description: {
      nl: 'Berichten die namens de organisatie spreken ("namens …", "wij van … maken bekend", "ons bedrijf zal …", "Persbericht:"), wat alleen aangewezen woordvoerders doen. Niet: nieuws van je werkgever delen met een eigen woord erbij, "we" als je eigen team.',
      en: 'Posts that speak on behalf of the organisation ("on behalf of …", "… is proud to announce", "our company will …", "Press release:"), which only designated spokespeople do. Not: sharing your employer’s news with a comment of your own, "we" meaning your own team.',
    },
    messages: {
      speaks: {
        nl: '‘{text}’ spreekt namens je werkgever. Officiële mededelingen laat je over aan de woordvoerders.',
        en: "'{text}' speaks on behalf of your employer. Leave official statements to its spokespeople.",
      },
      speaksContact: {
        nl: '‘{text}’ spreekt namens je werkgever. Officiële mededelingen laat je over aan {contact}.',
        en: "'{text}' speaks on behalf of your employer. Leave official statements to {contact}.",
      },
    },
    why: {
      nl: 'Wat namens de organisatie wordt gezegd, kan haar binden en wordt geciteerd als haar standpunt. Spreek voor jezelf ("Namens mezelf: …") of laat het aan de woordvoerders.',
      en: 'What is said on behalf of the organisation can bind it and is quoted as its position. Speak for yourself ("Speaking for myself: …") or leave it to the spokespeople.',
    },
  },

  compile: (pack) => (pack.spokesperson.allowed ? null : { pack, phrases: (phrases ??= build()), contact: pack.spokesperson.contact }),

  check: (ctx, data) => decide(ctx, data, collect(ctx, data)),
  // Statements and frames are found near where they are written, so an edit re-collects only around itself.
  collect: (ctx, data) => collect(ctx, data),
  decide: (ctx, data, signals) => decide(ctx, data, signals),
});

function collect(ctx: RuleContext, data: Compiled | null): SpokesSignal[] {
  if (!data) return [];
  const { statements, notSpeaking, sharing } = data.phrases;
  const text = ctx.text;
  const folded = ctx.folded();
  const tk = postTokens(text, folded);
  const spans = packSpans(data.pack, tk, folded, text);
  const out: SpokesSignal[] = sharing.find(tk, spans).map((m) => ({ start: m.start, end: m.end, kind: 'shares' as const }));
  const found = statements.find(tk, spans);
  if (found.length === 0) return out;
  const denials = notSpeaking.find(tk, spans);
  for (const m of found) {
    const sentence = tk.sentence(m.first);
    if (denials.some((d) => tk.sentence(d.first) === sentence && Math.abs(d.start - m.start) <= DENIAL_NEAR)) continue;
    if (m.data === 'label' && !LABEL_FOLLOWERS.test(text.slice(m.focusEnd, m.focusEnd + 4))) continue;
    out.push({ start: m.focusStart, end: m.focusEnd, kind: 'says' });
  }
  return out;
}

function decide(ctx: RuleContext, data: Compiled | null, signals: readonly SpokesSignal[]): void {
  if (!data || signals.some((s) => s.kind === 'shares')) return;
  const says = signals.filter((s) => s.kind === 'says').sort((a, b) => a.start - b.start || b.end - a.end);
  const text = ctx.text;
  let last: SpokesSignal | undefined;
  for (const s of says) {
    // One statement per sentence: "Officiële verklaring: {org} betreurt …" is one underline, at its start.
    if (last && (s.start < last.end || !SENTENCE_END.test(text.slice(last.end, s.start)))) continue;
    last = s;
    const written = text.slice(s.start, s.end);
    const own = ownVoice(written);
    ctx.report({
      range: [s.start, s.end],
      messageId: data.contact ? 'speaksContact' : 'speaks',
      data: { text: written, contact: data.contact ?? '' },
      ...(own ? { fix: { replacement: own, label: { nl: 'Spreek voor jezelf', en: 'Speak for yourself' } } } : {}),
    });
  }
}
