// Offensive words that are not aimed at anyone by the author: a word the author
// calls themselves ("wat ben ik toch een sukkel", "I'm such an idiot"), and a word
// quoted in order to condemn it ("Een bezoeker schold onze receptioniste uit voor
// 'vuile hoer'. Daar is bij ons geen plek voor"; "a client called our receptionist
// a stupid cow; that is not acceptable"). Both signals are narrow on purpose: the
// author's own copula right before the word, or a reporting verb a few words before
// it together with a condemnation in the same or the next sentence.
import type { Skeleton } from './skeleton.ts';

const BREAK = /[.,!?;:\n]/;

/** Words between "ik ben"/"I'm" and the insult that keep it aimed at the author ("ik ben echt zo'n oen"). */
const SELF_FILLER = new Set([
  'toch', 'echt', 'wel', 'ook', 'maar', 'soms', 'gewoon', 'zo', 'n', 'een', 'zon', 'zo n', 'echte', 'complete', 'enorme', 'beetje', 'klein', 'kleine',
  'such', 'a', 'an', 'so', 'the', 'total', 'complete', 'absolute', 'bit', 'of', 'little', 'real', 'proper', 'right', 'sometimes', 'just', 'really', 'an', 'utter', 'massive',
]);

/** The word at `first` is the author calling themselves names: "ben ik (toch) een sukkel", "I'm such an idiot". */
export function selfAimed(sk: Skeleton, first: number): boolean {
  let i = first - 1;
  for (let k = 0; k < 5 && i >= 1 && SELF_FILLER.has(sk.tok(i)!.word) && !BREAK.test(sk.tok(i + 1)!.gap); k++) i--;
  if (i < 1 || BREAK.test(sk.tok(i + 1)!.gap) || BREAK.test(sk.tok(i)!.gap)) return false;
  const pair = `${sk.tok(i - 1)!.word} ${sk.tok(i)!.word}`;
  return pair === 'ik ben' || pair === 'ben ik' || pair === 'k ben' || pair === 'i m' || pair === 'i am' || pair === 'am i' || sk.tok(i)!.word === 'im';
}

/** Verbs that report what someone else said or wrote. */
export const REPORTING = new Set([
  'noemde', 'noemden', 'noemt', 'genoemd', 'schold', 'scholden', 'uitgescholden', 'uitschelden', 'riep', 'riepen', 'geroepen', 'zei', 'zeiden', 'gezegd',
  'schreef', 'schreven', 'geschreven', 'appte', 'tweette', 'sisde', 'schreeuwde', 'schreeuwden', 'brulde',
  'uitgemaakt', 'uitmaakte', 'uitmaakten', 'toegeroepen', 'toegeschreeuwd', 'nageroepen', 'geslingerd', 'gescholden',
  'told', 'tells', 'claimed', 'claims', 'beweerde', 'beweert', 'vertelde',
  'dreigde', 'dreigden', 'gedreigd', 'bedreigde', 'bedreigden', 'threatened', 'threatening', 'whispered', 'whispers',
  'called', 'calls', 'shouted', 'yelled', 'screamed', 'said', 'wrote', 'texted', 'tweeted', 'messaged', 'labelled', 'labeled', 'branded', 'hissed', 'chanted', 'chanting',
]);

/** A condemnation of what was said, by the author or the organisation. */
const CONDEMN =
  /\b(onacceptabel|niet acceptabel|accepteren (we|wij) niet|accepteer ik niet|tolereren (we|wij) niet|winkelverbod|huisverbod|geblokkeerd|(dat is|dat vind ik) (walgelijk|schandalig)|niet getolereerd|geen plek|geen plaats|ontoelaatbaar|aangifte|stadionverbod|stadionverboden|moet stoppen|moet ophouden|stop agressie|stopagressie|grensoverschrijdend|unacceptable|not acceptable|not ok(ay)?|no place for|(won ?t|will not|do not|don ?t) tolerate|zero tolerance|(has to|have to|must|needs to) stop|(has been|was|were|have been|got) banned|reported (it|him|her|them|this) to the police|disgraceful|shameful|(that s|thats|that is) (disgusting|shameful)|(we ve|we have|i ve|i have) (blocked|banned|reported))\b/;

/**
 * The hit [first, last] is someone else's words, reported and condemned: a reporting verb at most
 * seven words before it in its sentence, and a condemnation in the same or the next sentence.
 */
export function condemnedQuote(sk: Skeleton, first: number, last: number): boolean {
  let reported = false;
  for (let i = first - 1, k = 0; i >= 0 && k < 8; i--, k++) {
    if (REPORTING.has(sk.tok(i)!.word)) {
      reported = true;
      break;
    }
    if (/[.!?\n]/.test(sk.tok(i)!.gap)) break;
  }
  // In quotes, the reporting verb may come after it: "kreeg 'kankerhoer' naar haar hoofd geslingerd".
  if (!reported && quoted(sk, first, last)) {
    for (let i = last + 1; i < sk.count && i <= last + 8 && !/[.!?\n]/.test(sk.tok(i)!.gap); i++) if (REPORTING.has(sk.tok(i)!.word)) reported = true;
  }
  if (!reported) return false;
  // Words from the hit to the end of the next sentence.
  const words: string[] = [];
  let ends = 0;
  for (let i = first; i < sk.count && ends < 2; i++) {
    const t = sk.tok(i)!;
    if (i > first && /[.!?\n]/.test(t.gap)) ends++;
    if (ends < 2) words.push(t.word);
  }
  // The same sentence before the hit counts too ("dat is onacceptabel: hij noemde haar …").
  for (let i = first - 1; i >= 0; i--) {
    words.unshift(sk.tok(i)!.word);
    if (/[.!?\n]/.test(sk.tok(i)!.gap)) break;
  }
  return CONDEMN.test(words.join(' '));
}

/** Words [first, last] stand in quotes of their own: 'vuile hoer', "faggot". */
function quoted(sk: Skeleton, first: number, last: number): boolean {
  const after = last + 1 < sk.count ? sk.tok(last + 1)!.gap : sk.source.text.slice(sk.fb[last]!);
  return /(^|\s)['"]$/.test(sk.tok(first)!.gap) && /^['"]/.test(after);
}
