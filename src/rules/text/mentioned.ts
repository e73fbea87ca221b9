// Words that are mentioned, not used: an insult inside the title of a book, film or song
// ("Dostojevski's 'De idioot'", "'Idiot Wind' is one of Dylan's angriest songs"), a
// historical epithet ("William the Bastard", 1066), and a threat quoted in a court report
// ("volgens de rechter was 'ik maak je af' niet serieus bedoeld"), and a line quoted from a
// film or book ("the villain whispers 'I'll find you'"). Precision guards only:
// the insult vocabulary stays as it is; these contexts say nobody is being called names.

const OPEN = `'"‘“«„`;
const CLOSE = `'"’”»“`;
/** Nouns that introduce a work with a title, Dutch and English. */
const WORK =
  /\b(?:boek|boeken|roman|novelle|verhaal|verhalen|film|films|serie|aflevering|documentaire|nummer|nummers|lied|liedje|single|album|plaat|track|titel|vertaling|toneelstuk|musical|opera|gedicht|bundel|strip|book|books|novel|novels|story|movie|movies|series|episode|documentary|song|songs|track|record|title|translation|play|poem|poems|comic|sitcom|show|recorded|sang|wrote|schreef|zong|hit|bestseller|classic|klassieker|rewatched|reread|herlezen)\b/iu;
/** A court, a judge or a defendant: the post reports a case. */
const COURT =
  /\b(?:rechtbank|rechter|rechters|verdachte|officier van justitie|vonnis|hof|tenlastelegging|court|judge|jury|defendant|prosecutor|trial|verdict|sentenced|veroordeeld|vrijgesproken|acquitted)\b/iu;
/** Epithets are given, not shouted: "known as William the Bastard", or a date in history. */
const EPITHET_CUE = /\b(?:known\b.{0,30}\bas|called|nicknamed|bijgenaamd|genaamd|bijnaam|heette|(?:1[0-9]|[1-9])[0-9]{2})\b/iu;

/** The quoted span around [start, end) on the same line, at most `max` characters each side, or null. */
function quoteAround(text: string, start: number, end: number, max = 60): [number, number] | null {
  let a = start - 1;
  while (a >= 0 && start - a <= max && text[a] !== '\n' && !OPEN.includes(text[a]!)) a--;
  if (a < 0 || start - a > max || !OPEN.includes(text[a]!)) return null;
  // An opening quote starts a word: not the apostrophe of "Dylan's" or "z'n".
  if (a > 0 && /[\p{L}\p{N}]/u.test(text[a - 1]!)) return null;
  let b = end;
  while (b < text.length && b - end <= max && text[b] !== '\n' && !CLOSE.includes(text[b]!)) b++;
  if (b >= text.length || b - end > max || !CLOSE.includes(text[b]!)) return null;
  // A closing quote ends a word: not the apostrophe of "don't".
  if (/[\p{L}]/u.test(text[b + 1] ?? '')) return null;
  return [a + 1, b];
}

/**
 * The text within WINDOW characters of a finding: a finding may depend only on the text near it,
 * so that linting a long post in slices (incremental.ts, REACH = 200) finds the same.
 */
const WINDOW = 150;
const near = (text: string, start: number, end: number): string => text.slice(Math.max(0, start - WINDOW), end + WINDOW);

/** The sentence around an offset (to the previous and next . ! ? or line break), at most WINDOW characters each side. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  const a = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(end, end + WINDOW);
  const m = /[.!?](?:\s|$)|\n/.exec(rest);
  return text.slice(a, m ? end + m.index + 1 : end + rest.length);
}

/** "'Idiot Wind' is one of Dylan's best songs", "Dostojevski's 'De idioot'": a title of a work. */
export function inWorkTitle(text: string, start: number, end: number): boolean {
  const q = quoteAround(text, start, end);
  if (!q) return false;
  const title = text.slice(q[0], q[1]);
  // A title is short and starts with a capital: "'Idiot Wind'", "'De idioot'", "'The Idiot'".
  if (!/^\p{Lu}/u.test(title) || title.split(/\s+/).length > 8) return false;
  // Its author's possessive before it or "by/van …" after it ("Dostoevsky's 'The Idiot'",
  // "'Stupid Cupid' by Connie Francis"), or a word for a work in the sentence.
  if (/\p{Lu}\p{L}+['’]s?\s*$/u.test(text.slice(Math.max(0, q[0] - 31), q[0] - 1))) return true;
  if (/^.\s*(?:by|van|door)\s+\p{Lu}/u.test(text.slice(q[1], q[1] + 12))) return true;
  return WORK.test(sentenceAround(text, q[0] - 1, q[1] + 1));
}

/** Verbs and nouns right before an unquoted title: "reading The Idiot", "de film Dumb and Dumber". */
const WORK_BEFORE =
  /(?:^|\s)(?:read|reading|reread|rereading|lees|lezen|las|herlees|herlezen|watched|watching|rewatched|keek|kijk|zag|saw|listened to|luisterde naar|boek|book|film|movie|song|nummer|album|roman|novel|serie|series)\s+(?:\p{Lu}[\p{L}'’]*\s+){0,4}$/u;
/** The word named as a word: "het scheldwoord X", "in de volksmond X", "the term X", "X is an outdated term". */
const META_BEFORE = /(?:the word|the term|het woord|de term|het scheldwoord|the slur|in de volksmond|also known as|ook wel|oftewel)\s*['"‘“]?\s*$/iu;
const META_AFTER =
  /^['"’”]?(?:\s+\p{L}+){0,2}\s*,?\s+(?:is|was|zijn|waren)\s+(?:an?|een)\s+(?:\p{L}+\s+)?(?:term|word|woord|scheldwoord|slur|begrip|benaming|name|naam)\b/iu;

/** A title without quotes ("reading The Idiot by …") or a word named as a word ("the term idiot savant"). */
export function namedAsWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (META_BEFORE.test(before) || META_AFTER.test(text.slice(end, end + 60))) return true;
  return /^\p{Lu}/u.test(text.slice(start, start + 1)) && WORK_BEFORE.test(before);
}

/** "William the Bastard … 1066", "known as Ivan the Terrible": a historical epithet. */
export function inEpithet(text: string, start: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  if (!/\p{Lu}\p{Ll}+ (?:the|de) $/u.test(text.slice(Math.max(0, start - 30), start))) return false;
  return EPITHET_CUE.test(near(text, start, start));
}

/** A quoted threat or insult in a report of a court case. */
export function quotedInCourtReport(text: string, start: number, end: number): boolean {
  return quoteAround(text, start, end) !== null && COURT.test(near(text, start, end));
}

/** A story being told: a film, a series, a book, its villain or a character in it. */
const FICTION =
  /\b(?:film|films|serie|series|aflevering|boek|roman|toneelstuk|schurk|personage|hoofdpersoon|scene|scène|movie|movies|episode|book|novel|play|villain|character|protagonist|thriller|horror)\b/iu;

/** A quoted line in a sentence about a story: "In de film zegt de schurk 'ik weet waar je woont'". */
export function quotedInFiction(text: string, start: number, end: number): boolean {
  return quoteAround(text, start, end) !== null && FICTION.test(sentenceAround(text, start, end));
}

/** The word or phrase at [start, end) is mentioned (a title, an epithet, a quote in a court report), not used. */
export function mentionedNotUsed(text: string, start: number, end: number): boolean {
  return inWorkTitle(text, start, end) || inEpithet(text, start) || quotedInCourtReport(text, start, end) || quotedInFiction(text, start, end) || namedAsWord(text, start, end);
}
