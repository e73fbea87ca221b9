// What the studio shows next to an imported client: the forms the linter will match, from
// the same functions the linter compiles the pack with (names.ts, ordinary.ts), so the
// preview cannot promise a form the extension does not flag.
import type { PackEntry } from '../rules/schema/pack.ts';
import { distinctiveShortForm, handleTerm, stripLegal } from '../rules/text/names.ts';
import { modeFor } from '../rules/text/ordinary.ts';

export interface FormsPreview {
  name: string;
  /** Forms a post may use: the name without legal form, a distinctive short form, the hashtag, handles. */
  forms: string[];
  /** 'any': in any case; 'name': only where it reads as a name; 'acronym': in capitals only. */
  mode: string;
}

/** "Jansen Transport B.V." → #JansenTransport */
const hashtag = (name: string) =>
  `#${name
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}`;

export function previewForms(entry: PackEntry): FormsPreview {
  const e = typeof entry === 'string' ? { name: entry } : entry;
  const forms = new Set<string>();
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const base = stripLegal(n) || n;
    forms.add(base);
    const short = distinctiveShortForm(base);
    if (short) forms.add(short);
    forms.add(hashtag(base));
  }
  for (const h of e.handles ?? []) forms.add(`@${handleTerm(h)}`);
  const base = stripLegal(e.name) || e.name;
  return { name: e.name, forms: [...forms], mode: modeFor(base, e.match) };
}
