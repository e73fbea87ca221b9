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
import { defineRule } from '../rule.ts';
import { packSpans } from '../text/span-index.ts';

type Kind = 'phrase' | 'label';

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

export default defineRule<{ pack: EffectivePack; phrases: Phrases; contact?: string }>({
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

  check(ctx, { pack, phrases: { statements, notSpeaking, sharing }, contact }) {
    const text = ctx.text;
    const folded = ctx.folded();
    const tk = postTokens(text, folded);
    const spans = packSpans(pack, tk, folded, text);
    const found = statements.find(tk, spans).sort((a, b) => a.focusStart - b.focusStart || b.focusEnd - a.focusEnd);
    if (found.length === 0) return;
    if (sharing.find(tk, spans).length) return;
    const denied = new Set(notSpeaking.find(tk, spans).map((m) => tk.sentence(m.first)));
    // One statement per sentence: "Officiële verklaring: {org} betreurt …" is one underline, at its start.
    const said = new Set<number>();
    for (const m of found) {
      if (denied.has(tk.sentence(m.first))) continue;
      if (m.data === 'label' && !LABEL_FOLLOWERS.test(text.slice(m.focusEnd, m.focusEnd + 4))) continue;
      const sentence = tk.sentence(m.first);
      if (said.has(sentence)) continue;
      said.add(sentence);
      const written = text.slice(m.focusStart, m.focusEnd);
      const own = ownVoice(written);
      ctx.report({
        range: [m.focusStart, m.focusEnd],
        messageId: contact ? 'speaksContact' : 'speaks',
        data: { text: written, contact: contact ?? '' },
        ...(own ? { fix: { replacement: own, label: { nl: 'Spreek voor jezelf', en: 'Speak for yourself' } } } : {}),
      });
    }
  },
});
