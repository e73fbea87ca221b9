// A post that labels its own content as confidential: "Vertrouwelijk: …", "dit is
// nog niet openbaar maar …", "under embargo until …", "don't tell anyone but …",
// a stamp in capitals ("CONFIDENTIAL"). Talk ABOUT confidentiality ("deel nooit
// vertrouwelijke informatie", a webinar on confidential data, a quoted e-mail
// footer) is not flagged. Built in, Dutch and English.
import { phraseClasses } from '../custom/phrase.ts';
import {
  BRACKET_AFTER,
  BRACKET_BEFORE,
  BRACKET_LABELS,
  COLON_FOLLOWERS,
  COLON_LABELS,
  DISCUSSION,
  LABEL_FOLLOWERS,
  OPENING_LABELS,
  PREDICATE_LABELS,
  PREDICATE_STOP_LABELS,
  PRIVATE_SECRETS,
  QUESTIONS,
  SELF_LABELS,
} from '../lexicon/confidentiality.ts';
import { postTokens } from '../lexicon/index.ts';
import type { PhraseTokens } from '../lexicon/phrase/tokens.ts';
import { compilePhrases, type PhraseSet } from '../lexicon/sequence.ts';
import { defineRule } from '../rule.ts';
import { mentionedNotUsed } from '../text/mentioned.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';

type Kind = 'self' | 'opening' | 'predicate' | 'stop' | 'colon' | 'bracket';

interface Compiled {
  labels: PhraseSet<Kind>;
  discussion: PhraseSet<number>;
  questions: PhraseSet<number>;
  stamps: TermMatcher<boolean>;
}

/**
 * Label words as stamps: only written in capitals ("CONFIDENTIAL"). Not "NDA", which is always
 * written in capitals: "A good NDA protects both sides" is talk; an NDA is a label when signed
 * or worked under (SELF_LABELS) or opening a sentence ("NDA: …").
 */
const STAMPS = ['CONFIDENTIAL', 'VERTROUWELIJK', 'CONFIDENTIEEL', 'GEHEIM', 'TOP SECRET', 'INTERNAL'];

function build(): Compiled {
  const specs = [
    ...SELF_LABELS.map((pattern) => ({ pattern, data: 'self' as Kind })),
    ...OPENING_LABELS.map((pattern) => ({ pattern, data: 'opening' as Kind })),
    ...PREDICATE_LABELS.map((pattern) => ({ pattern, data: 'predicate' as Kind })),
    ...PREDICATE_STOP_LABELS.map((pattern) => ({ pattern, data: 'stop' as Kind })),
    ...COLON_LABELS.map((pattern) => ({ pattern, data: 'colon' as Kind })),
    ...BRACKET_LABELS.map((pattern) => ({ pattern, data: 'bracket' as Kind })),
  ];
  return {
    labels: compilePhrases(specs, { classes: phraseClasses }),
    discussion: compilePhrases(
      [...DISCUSSION, ...PRIVATE_SECRETS].map((pattern, i) => ({ pattern, data: i })),
      { classes: phraseClasses },
    ),
    questions: compilePhrases(
      QUESTIONS.map((pattern, i) => ({ pattern, data: i })),
      { classes: phraseClasses },
    ),
    stamps: compileTerms(
      STAMPS.map((term) => ({ term, data: true, options: { upper: true, tail: 'possessive' as const } })),
    ),
  };
}
// Built in, not from the pack: compiled once per process, on first use.
let compiled: Compiled | undefined;

/** Whether the sentence of word `first` ends in a question mark. */
function endsInQuestionMark(tk: PhraseTokens, first: number): boolean {
  const s = tk.sentence(first);
  let last = first;
  while (last + 1 < tk.count && tk.sentence(last + 1) === s) last++;
  return /^[^\p{L}\p{N}]*\?/u.test(tk.text.slice(tk.end(last), last + 1 < tk.count ? tk.start(last + 1) : undefined));
}

export default defineRule({
  meta: {
    id: 'confidential-marker',
    category: 'confidential',
    severity: 'warn',
    description: {
      nl: 'Een bericht dat zijn eigen inhoud vertrouwelijk of nog niet openbaar noemt.',
      en: 'A post that calls its own content confidential or not yet public.',
    },
    messages: {
      marker: {
        nl: '‘{text}’: je geeft zelf aan dat dit vertrouwelijk is.',
        en: "'{text}': you say yourself that this is confidential.",
      },
    },
    why: {
      nl: 'Wat als vertrouwelijk is gemarkeerd, hoort niet op sociale media, ook niet als hint of grapje.',
      en: 'What is marked confidential does not belong on social media, not even as a teaser or a joke.',
    },
  },

  compile: () => (compiled ??= build()),

  check(ctx, { labels, discussion, questions, stamps }) {
    const text = ctx.text;
    const folded = ctx.folded();
    const report = (start: number, end: number) =>
      ctx.report({ range: [start, end], messageId: 'marker', data: { text: text.slice(start, end) } });
    const tk = postTokens(text, folded);
    const none = () => new Map();
    const stamped = stamps.find(folded, text);
    const found = labels.find(tk, none);
    if (found.length === 0 && stamped.length === 0) return;
    const talk = new Set(discussion.find(tk, none).map((m) => tk.sentence(m.first)));
    for (const m of questions.find(tk, none)) if (endsInQuestionMark(tk, m.first)) talk.add(tk.sentence(m.first));
    // A stamp quoted in a policy sentence or a private secret is not a label either.
    for (const m of stamped) {
      const k = tk.at(m.start);
      if (k < tk.count && talk.has(tk.sentence(k))) continue;
      report(m.start, m.end);
    }
    for (const m of found) {
      // A quoted stamp or a policy sentence is talk about confidentiality, not a label.
      if (talk.has(tk.sentence(m.first))) continue;
      // The title of a book or film ("Het boek 'Strikt vertrouwelijk' van Marion Pauw"), a label named as a word.
      if (mentionedNotUsed(text, m.focusStart, m.focusEnd)) continue;
      if ((m.data === 'opening' || m.data === 'stop') && !LABEL_FOLLOWERS.test(text.slice(m.focusEnd, m.focusEnd + 12)))
        continue;
      if (m.data === 'colon' && !COLON_FOLLOWERS.test(text.slice(m.focusEnd, m.focusEnd + 4))) continue;
      if (
        m.data === 'bracket' &&
        !(
          BRACKET_BEFORE.test(text.slice(Math.max(0, m.focusStart - 4), m.focusStart)) &&
          BRACKET_AFTER.test(text.slice(m.focusEnd, m.focusEnd + 12))
        )
      )
        continue;
      report(m.focusStart, m.focusEnd);
    }
  },
});
