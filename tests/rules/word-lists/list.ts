// Prints the words of both lists that get a finding, one per line as "lang<TAB>word<TAB>rule",
// to review them into reviewed.json: `npx tsx tests/rules/word-lists/list.ts`.
import { dutchWords, englishWords, flaggedWords } from './flagged.ts';

for (const [lang, words] of [['nl', dutchWords()], ['en', englishWords()]] as const) {
  for (const [word, rule] of flaggedWords(words)) console.log(`${lang}\t${word}\t${rule}`);
}
