// Numbers written as words: people write "na twaalf jaar bij", "eleven years at" as often
// as the digits. Cardinals from two (one/een is also the article) to forty, the round tens
// and a few counts; {number} in a pattern matches these and any run of digits.
import { words } from './inflect.ts';

export const NUMBER_WORDS = words(
  // nl
  'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien ' +
    'twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd anderhalf tientallen',
  // en
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred dozen',
);
