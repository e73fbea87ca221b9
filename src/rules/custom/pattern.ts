// Custom rule kind "pattern": matches of an RE2 regular expression. RE2 runs in time
// linear in the post, but the factor is the pattern's: ".{1000}a.{1000}b" passed the
// syntax check and took 10.8 s on a 100,000-character post. So validation also refuses
// long patterns, large counted repeats and big programs, and times each pattern on a
// long test post (patternProblem).
import { RE2JS } from 're2js';
import type { EffectivePack } from '../merge.ts';
import { defineRule, type Rule } from '../rule.ts';
import { COMMON_WORDS } from '../text/common-words.ts';
import { type Custom, customMeta, reportCustom } from './shared.ts';

/** Compile an admin's pattern; throws RE2JS's syntax error for invalid ones (pack-load reports it). */
export const compilePattern = (pattern: string, caseSensitive = false): RE2JS =>
  RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);

export function patternRule(r: Custom): Rule<RE2JS> {
  return defineRule({
    meta: { ...customMeta(r), scope: 'post' },
    compile: (_pack: EffectivePack) => (r.pattern ? compilePattern(r.pattern, r.caseSensitive) : null),
    check(ctx, re) {
      const m = re.matcher(ctx.text);
      let guard = 0;
      while (m.find() && guard++ < 1000) {
        if (m.end() === m.start()) continue; // an empty match flags nothing
        reportCustom(ctx, r, [m.start(), m.end()]);
      }
    },
  });
}

/** Longer patterns are lists of words, which `terms` matches faster and in every form. */
export const MAX_PATTERN_LENGTH = 1000;
/** "\d{6}" or "[A-Z0-9]{10,30}" is what admins need; ".{1000}" is what freezes. */
export const MAX_REPEAT = 100;
/** RE2 instructions: the largest legitimate patterns we wrote compile to ~120. */
export const MAX_PROGRAM = 1500;
/**
 * Time a pattern may take on the longest post (Facebook's 63,206 characters). The whole
 * linter takes ~10 ms there; simple patterns take 5–60 ms (RE2JS, on a loaded 2-CPU
 * machine), so the limit leaves slow machines room and still refuses the patterns that
 * take seconds.
 */
export const MAX_MS_LONGEST_POST = 250;
const LONGEST_POST = 63_206;

/** Why a pattern is refused (syntax, size, speed, or matching nothing at all), or null. */
export function patternProblem(pattern: string, opts: { caseSensitive?: boolean; requirement?: boolean } = {}): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `is ${pattern.length} characters long; patterns may have at most ${MAX_PATTERN_LENGTH} (for a list of words, use a "terms" rule)`;
  let re: RE2JS;
  try {
    re = compilePattern(pattern, opts.caseSensitive);
  } catch (e) {
    return syntaxProblem(pattern, e);
  }
  const repeat = largestRepeat(pattern);
  if (repeat && repeat.count > MAX_REPEAT)
    return `repeats ${repeat.text}: counted repeats may go up to ${MAX_REPEAT} (a large count makes the pattern slow on long posts)`;
  if (re.programSize() > MAX_PROGRAM) return `is too complex: it compiles to ${re.programSize()} instructions, at most ${MAX_PROGRAM} are allowed`;
  if (opts.requirement && matchesEmpty(re))
    return 'matches the empty string, so the requirement would apply to every post; make the pattern need at least one character';
  return slowness(re);
}

function syntaxProblem(pattern: string, e: unknown): string {
  const detail = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
  if (/\(\?<?[=!]/.test(pattern))
    return `lookahead and lookbehind ("(?=", "(?!", "(?<=", "(?<!") are not supported: patterns run in RE2 syntax, which guarantees linear time (${detail})`;
  if (/\\[1-9]/.test(pattern)) return `backreferences such as "\\1" are not supported: they can take exponential time; RE2 syntax only (${detail})`;
  return `not a valid regular expression (RE2 syntax): ${detail}`;
}

/** The largest bound of a counted repeat ("{n}", "{n,}", "{n,m}") outside escapes and character classes. */
function largestRepeat(pattern: string): { text: string; count: number } | null {
  const bare = pattern.replace(/\\[pP]\{[^}]*\}|\\.|\[\^?\]?(?:\\.|\[:\^?[a-z]+:\]|[^\]\\])*\]/g, '');
  let best: { text: string; count: number } | null = null;
  for (const m of bare.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    const count = Math.max(Number(m[1]), Number(m[2] || 0));
    if (!best || count > best.count) best = { text: m[0], count };
  }
  return best;
}

/** A deterministic one-line post of ordinary words, numbers, addresses and tags: what patterns meet. */
export function testPost(length: number): string {
  const words = [...COMMON_WORDS.nl, ...COMMON_WORDS.en];
  const extras = ['06-12345678', 'NL91ABNA0417164300', 'info@example.nl', '#vacature', '@collega', 'B.V.', '2027', '€ 1.250,00', 'Jansen'];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const r = next();
    let w = r % 7 === 0 ? extras[(r >>> 3) % extras.length]! : words[(r >>> 3) % words.length]!;
    if (r % 11 === 0) w = w[0]!.toUpperCase() + w.slice(1);
    if (r % 13 === 0) w += r % 2 ? ',' : '.';
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

function matchesEmpty(re: RE2JS): boolean {
  if (re.matcher('').find()) return true;
  const m = re.matcher(testPost(2000));
  for (let i = 0; i < 1000 && m.find(); i++) if (m.start() === m.end()) return true;
  return false;
}

const now = (): number => (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();

/**
 * How long the pattern takes on the longest post, estimated from test posts: a short post
 * first, so a pattern that would take seconds is refused after a fraction of that. A busy
 * machine (or code the JavaScript engine has not optimised yet) only ever makes a run
 * slower, so what counts is the fastest run, and a pattern over the limit is measured again
 * (up to five rounds) before it is refused: a shared machine has slow stretches of seconds.
 * Like the rule, a run stops after 1,000 matches; then a longer post would cost no more.
 */
export function patternCost(re: RE2JS): { ms: number; length: number; estimate: number } {
  warmUp();
  let best = measure(re);
  // Eight times over the limit is no slow stretch: no need to measure again.
  for (let round = 1; round < 5 && best.estimate > MAX_MS_LONGEST_POST && best.estimate < 8 * MAX_MS_LONGEST_POST; round++) {
    const got = measure(re);
    if (got.estimate < best.estimate) best = got;
  }
  return best;
}

function measure(re: RE2JS): { ms: number; length: number; estimate: number } {
  let result = { ms: 0, length: 0, estimate: 0 };
  for (const length of [2_000, 20_000]) {
    const post = testPost(length);
    let best = Infinity;
    let capped = false;
    for (let run = 0; run < 3; run++) {
      const t = now();
      const m = re.matcher(post);
      let i = 0;
      while (i < 1000 && m.find()) i++;
      best = Math.min(best, now() - t);
      capped = i === 1000;
    }
    result = { ms: best, length, estimate: capped ? best : (best * LONGEST_POST) / length };
    if (result.estimate > MAX_MS_LONGEST_POST) break;
  }
  return result;
}

let warm = false;
/** RE2JS's first searches in a process run unoptimised (10 ms for 2,000 characters, then 1 ms): warm its paths once. */
function warmUp(): void {
  if (warm) return;
  warm = true;
  const post = testPost(20_000);
  for (const p of ['\\bab\\d{3}\\b', '[a-z]+@[a-z]+', '.{5}q', '(?:de|het)\\s+\\w+', 'x']) {
    const m = compilePattern(p).matcher(post);
    for (let i = 0; i < 1000 && m.find(); i++);
  }
}

function slowness(re: RE2JS): string | null {
  const { ms, length, estimate } = patternCost(re);
  if (estimate <= MAX_MS_LONGEST_POST) return null;
  return `is too slow: it took ${ms.toFixed(0)} ms on a ${length.toLocaleString('en')}-character test post, about ${estimate.toFixed(0)} ms on a post of ${LONGEST_POST.toLocaleString('en')} characters (at most ${MAX_MS_LONGEST_POST} ms); avoid repeats of "." and "[\\s\\S]" and nested repeats`;
}
