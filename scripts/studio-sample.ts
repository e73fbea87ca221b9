// Writes the protocol the studio generates for the example pack, in Dutch and English, to
// docs/studio/ (npx tsx scripts/studio-sample.ts). tests/studio/protocol.test.ts fails when
// the committed sample differs from what the generator makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../src/rules/pack-load.ts';
import { LANGS } from '../src/rules/types.ts';
import { answersFromPack, packFromAnswers } from '../src/studio/answers.ts';
import { protocolDocument, protocolMarkdown } from '../src/studio/protocol.ts';

export const EXAMPLE_PACK = fileURLToPath(new URL('../examples/company.pack.json', import.meta.url));
export const sampleFile = (lang: string) => fileURLToPath(new URL(`../docs/studio/example-protocol.${lang}.md`, import.meta.url));

/** The sample for one language, from the example pack opened in the studio. */
export function sample(lang: (typeof LANGS)[number]): string {
  const loaded = loadPack(readFileSync(EXAMPLE_PACK, 'utf8'));
  if (!loaded.ok) throw new Error(`examples/company.pack.json is invalid: ${loaded.issues[0]?.message}`);
  return protocolMarkdown(protocolDocument(packFromAnswers(answersFromPack(loaded.pack)), lang));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const lang of LANGS) writeFileSync(sampleFile(lang), sample(lang));
  console.log('wrote docs/studio/example-protocol.{nl,en}.md');
}
