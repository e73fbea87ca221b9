// The pack's lists as matchers, compiled once per effective pack and shared by
// every rule that reads them (client-name, confidential-term, the disclaimer rule,
// `{client}`/`{org}`/`{confidential}` in phrase patterns): a 10,000-client pack
// compiles its trie once, and a post is searched for clients once.
import type { EffectivePack, Sourced } from '../merge.ts';
import type { NamedEntry } from '../schema/pack.ts';
import type { FoldedText } from './fold.ts';
import { orgTerms } from './names.ts';
import { compileTerms, type TermMatch, type TermMatcher, type TermOptions, type TermSpec } from './terms.ts';

/** The pack lists phrase patterns can name: `{client}`, `{org}`, `{confidential}`. */
export const PACK_LISTS = ['client', 'org', 'confidential'] as const;
export type PackList = (typeof PACK_LISTS)[number];

// Dutch glues words together: "schadelast" lives on in "schadelastcijfers".
const CONFIDENTIAL_OPTIONS: TermOptions = { joined: true, tail: 'compound', inflect: 'nl' };

// "Project Noordster" is also "het Noordster-project" / "#noordsterproject"; the name alone is not.
const KIND_WORD = /^(project|projekt|operation|operatie|programma|programme|program|plan)\s+(.+)$/i;
const reversed = (term: string): string[] => {
  const m = KIND_WORD.exec(term.trim());
  return m ? [`${m[2]} ${m[1]}`] : [];
};

export interface Lists {
  client: TermMatcher<Sourced<NamedEntry>> | null;
  confidential: TermMatcher<Sourced<NamedEntry>> | null;
  /** The employer's names, acronyms and handles; data is the name to show. */
  org: TermMatcher<string> | null;
}

const cache = new WeakMap<EffectivePack, Partial<Lists>>();

export function packList<K extends PackList>(pack: EffectivePack, list: K): Lists[K] {
  let lists = cache.get(pack);
  if (!lists) cache.set(pack, (lists = {}));
  if (!(list in lists)) (lists as Record<string, unknown>)[list] = build(pack, list);
  return lists[list] as Lists[K];
}

function build(pack: EffectivePack, list: PackList): TermMatcher<unknown> | null {
  if (list === 'client') {
    const specs: TermSpec<Sourced<NamedEntry>>[] = [];
    for (const c of pack.clients) if (c.severity !== 'off') specs.push(...orgTerms(c, c));
    return specs.length ? compileTerms(specs) : null;
  }
  if (list === 'confidential') {
    const specs: TermSpec<Sourced<NamedEntry>>[] = [];
    for (const c of pack.confidential) {
      if (c.severity === 'off') continue;
      for (const term of [c.name, ...(c.aliases ?? [])]) specs.push({ term, data: c, options: { ...CONFIDENTIAL_OPTIONS, variants: reversed(term) } });
      for (const h of c.handles ?? []) specs.push({ term: h.replace(/^[@#]+/, ''), data: c });
    }
    return specs.length ? compileTerms(specs) : null;
  }
  const names = pack.organization.names;
  if (names.length === 0 && pack.organization.handles.length === 0) return null;
  const specs: TermSpec<string>[] = [];
  for (const n of names) specs.push(...orgTerms({ name: n.name }, n.name, { acronyms: true }));
  const display = names[0]?.name ?? pack.organization.handles[0]!.name;
  for (const h of pack.organization.handles) specs.push(...orgTerms({ name: h.name.replace(/^@/, ''), handles: [h.name] }, display));
  return compileTerms(specs);
}

const found = new WeakMap<TermMatcher<unknown>, WeakMap<FoldedText, TermMatch<unknown>[]>>();

/** matcher.find over the whole post, once per post and matcher. */
export function findOnce<T>(matcher: TermMatcher<T>, folded: FoldedText, text: string): TermMatch<T>[] {
  let perPost = found.get(matcher);
  if (!perPost) found.set(matcher, (perPost = new WeakMap()));
  let hits = perPost.get(folded);
  if (!hits) perPost.set(folded, (hits = matcher.find(folded, text)));
  return hits as TermMatch<T>[];
}
