// Helper for profiling one linter case: `node --cpu-prof --import tsx bench/profile.ts 3000 10000 [seconds] [full|edit|undo|paste]`
// (through a session, with the texts of `npm run bench`: edit types on in the middle, undo types
// a character and deletes it again, paste puts a new paragraph at the middle; bench/linter.ts).
import { readFileSync } from 'node:fs';
import { createLinter, type Pack } from '../src/rules/index.ts';
import { companyLayers } from './compile.ts';
import { editSource, editTexts } from './linter.ts';
import { makeClientNames } from './names.ts';
import { loadCorpus, makePost } from './posts.ts';
import { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } from '../tests/corpus/paths.ts';

const chars = Number(process.argv[2] ?? 3000);
const names = Number(process.argv[3] ?? 10_000);
const seconds = Number(process.argv[4] ?? 5);
const mode = (['edit', 'undo', 'paste'] as const).find((m) => m === process.argv[5]) ?? 'full';
const base = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;
const baseClients = (base.clients ?? []).map((c) => (typeof c === 'string' ? c : c.name));
const generated = makeClientNames(100_000 - baseClients.length, undefined, baseClients);
const corpus = loadCorpus(DEV_CORPUS_PATH);
const post = makePost(corpus, chars, generated.slice(0, 7));
const t0 = performance.now();
const linter = createLinter(companyLayers(base, generated.slice(0, names - baseClients.length)));
const t1 = performance.now();
const session = linter.session();
const next = mode === 'full' ? () => post : editTexts(post, mode, editSource(corpus));
session.lint(post, { uiLang: 'nl' });
let n = 0;
const cpu0 = process.cpuUsage();
while (performance.now() - t1 < seconds * 1000) {
  if (mode !== 'full') session.lint(next(), { uiLang: 'nl' });
  else linter.lint(post, { uiLang: 'nl' });
  n++;
}
const cpu = process.cpuUsage(cpu0);
process.stderr.write(`compile ${(t1 - t0).toFixed(1)} ms; ${n} ${mode} lints, ${((performance.now() - t1) / n).toFixed(3)} ms wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms cpu each\n`);
