// Words that say the content itself is confidential: "vertrouwelijk", "nog niet
// openbaar", "internal only", "under embargo", "NDA". Built in, Dutch and English.
import { defineRule } from '../rule.ts';
import { compileTerms, type TermMatcher, type TermSpec } from '../text/terms.ts';

const MARKERS: string[] = [
  // nl
  'vertrouwelijk', 'vertrouwelijke', 'strikt vertrouwelijk', 'strikt vertrouwelijke', 'nog niet openbaar', 'niet openbaar maken',
  'nog niet publiek', 'niet voor publicatie', 'niet voor verspreiding', 'niet verder verspreiden',
  'onder embargo', 'embargo tot', 'alleen voor intern gebruik', 'voor intern gebruik', 'alleen intern',
  'intern document', 'mag nog niet naar buiten', 'nog niet naar buiten', 'geheimhoudingsverklaring',
  'geheimhoudingsovereenkomst', 'geheimhoudingsplicht', 'onder geheimhouding', 'confidentieel', 'confidentiële',
  'nog geheim', 'strikt geheim', 'topgeheim', 'niet extern delen', 'niet voor extern gebruik',
  // en
  'confidential', 'strictly confidential', 'confidentially', 'internal only', 'for internal use only', 'internal use only',
  'not for publication', 'not for distribution', 'not yet public', 'not public yet', 'under embargo', 'embargoed',
  'non-disclosure agreement', 'nondisclosure agreement', 'off the record', 'not to be shared',
  'embargo until', 'not for external use', 'not for external distribution', 'still under wraps',
];

/** Longer phrases that contain a marker but are not one; the matcher prefers the longest. */
const NOT_MARKERS = [
  'confidential advisor', 'confidential adviser', 'confidential counsellor', 'confidential counselor', 'confidential helpline',
  'confidential hotline', 'confidential support', 'confidential informant', 'confidential informants', 'confidential source',
  'confidential sources', 'vertrouwelijk adviseur', 'vertrouwelijke hulplijn',
];

function compileMarkers(): TermMatcher<boolean> {
  const specs: TermSpec<boolean>[] = MARKERS.map((term) => ({ term, data: true }));
  specs.push(...NOT_MARKERS.map((term) => ({ term, data: false })));
  // An acronym only in capitals: "nda" inside "agenda" never matches, "Nda" is a name.
  specs.push({ term: 'NDA', data: true, options: { upper: true, tail: 'possessive' } });
  return compileTerms(specs);
}
// Built in, not from the pack: compiled once per process, on first use.
let matcher: TermMatcher<boolean> | undefined;

export default defineRule({
  meta: {
    id: 'confidential-marker',
    category: 'confidential',
    severity: 'warn',
    description: {
      nl: 'Woorden die zeggen dat iets vertrouwelijk of nog niet openbaar is.',
      en: 'Words saying that something is confidential or not yet public.',
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

  compile: () => (matcher ??= compileMarkers()),

  check(ctx, matcher) {
    for (const m of matcher.find(ctx.folded(), ctx.text)) {
      if (!m.data) continue;
      ctx.report({ range: [m.start, m.end], messageId: 'marker', data: { text: ctx.text.slice(m.start, m.end) } });
    }
  },
});
