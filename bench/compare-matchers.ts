// Compares the shared term matcher (text/terms.ts) with modern-ahocorasick on the
// same surface forms of 10,000 client names (the benchmark's names) over a 3,000-char
// post of dev-corpus text. The Aho–Corasick run does no word-boundary checks or span
// mapping, so it is the cheaper task.
// Usage: npx tsx bench/compare-matchers.ts
import AhoCorasick from 'modern-ahocorasick';
import { fold } from '../src/rules/text/fold.ts';
import { orgTerms } from '../src/rules/text/names.ts';
import { compileTerms } from '../src/rules/text/terms.ts';
import { surfaceForms } from '../src/rules/text/variants.ts';
import { DEV_CORPUS_PATH } from '../tests/corpus/paths.ts';
import { makeClientNames } from './names.ts';
import { loadCorpus, makePost } from './posts.ts';

const specs = makeClientNames(10_000).flatMap((c) => orgTerms({ name: c }, c));
// Aho–Corasick needs every surface form stored, the joined ones (#JansenTransport) too, which
// terms.ts matches in its walk instead: added here so both look for the same strings.
const joined = (form: string) => form.split('\u0001').filter((w) => /^[\p{L}\p{N}_]/u.test(w)).join('');
const forms = [
  ...new Set(
    specs.flatMap((s) =>
      surfaceForms(s.term, s.options ?? {}).flatMap((f) => [f.replaceAll('\u0001', ' '), ...(s.options?.joined && f.includes('\u0001') && joined(f).length >= 5 ? [joined(f)] : [])]),
    ),
  ),
];
// Corpus text only, no names mentioned: both matchers scan the same text for the same forms.
const post = makePost(loadCorpus(DEV_CORPUS_PATH), 3000, []);

function cpu(fn: () => unknown, n: number): number {
  for (let i = 0; i < 200; i++) fn();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

let c0 = process.cpuUsage();
const trie = compileTerms(specs);
const trieCompile = process.cpuUsage(c0);
c0 = process.cpuUsage();
const ac = new AhoCorasick(forms);
const acCompile = process.cpuUsage(c0);
const folded = fold(post);
console.log(`forms: ${forms.length}`);
console.log(`compile  terms.ts ${((trieCompile.user + trieCompile.system) / 1000).toFixed(1)} ms   modern-ahocorasick ${((acCompile.user + acCompile.system) / 1000).toFixed(1)} ms (CPU)`);
console.log(`search   terms.ts ${cpu(() => trie.find(fold(post), post), 2000).toFixed(1)} µs (fold included)   modern-ahocorasick ${cpu(() => ac.search(folded.text), 2000).toFixed(1)} µs (CPU per post)`);
