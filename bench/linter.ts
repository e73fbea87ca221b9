// Time per post: Think Twice (all built-ins, company pack with n client names) against two
// single-purpose English checkers on the same text — obscenity (profanity matcher) and alex
// (insensitive-writing linter, markdown input).
import alex from 'alex';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { Linter, Platform } from '../src/rules/index.ts';
import type { Summary } from './stats.ts';
import { type TimeOptions, time } from './timer.ts';

export type Engine = 'thinktwice' | 'obscenity' | 'alex';

export interface LintCell {
  chars: number;
  engine: Engine;
  /** Client names in the pack (Think Twice only). */
  names?: number;
  /** Wall time per call (ms). */
  time: Summary;
  /** CPU time per call (ms): what the call cost without waiting for a CPU. */
  cpu: Summary;
  /** Findings on this post, to show the engines did real work. */
  findings: number;
}

/** The composer each post length is the maximum of. */
export const PLATFORM_FOR: Record<number, Platform> = { 280: 'x', 3000: 'linkedin', 63_206: 'facebook' };

/** Iteration plan by engine and post length; alex on long posts is slow, so it is capped. */
export function plan(engine: Engine, chars: number, quick: boolean): TimeOptions {
  const scale = quick ? 0.2 : 1;
  if (engine === 'alex') {
    if (chars > 10_000) return { warmup: 1, minIterations: 2, maxIterations: 2, targetMs: 0 };
    return { warmup: 3, minIterations: 10, maxIterations: 200, targetMs: 1500 * scale };
  }
  if (chars > 10_000) return { warmup: 20, minIterations: 40, maxIterations: 2000, targetMs: 2500 * scale };
  return { warmup: 300, minIterations: 300, maxIterations: 20_000, targetMs: 1200 * scale };
}

export async function benchThinkTwice(linter: Linter, names: number, post: string, quick: boolean): Promise<LintCell> {
  const ctx = { platform: PLATFORM_FOR[post.length], uiLang: 'nl' as const };
  const findings = linter.lint(post, ctx).length;
  const t = await time(() => linter.lint(post, ctx), plan('thinktwice', post.length, quick));
  return { chars: post.length, engine: 'thinktwice', names, time: t.wall, cpu: t.cpu, findings };
}

let matcher: RegExpMatcher | undefined;

export async function benchObscenity(post: string, quick: boolean): Promise<LintCell> {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const m = matcher;
  const findings = m.getAllMatches(post).length;
  const t = await time(() => m.getAllMatches(post), plan('obscenity', post.length, quick));
  return { chars: post.length, engine: 'obscenity', time: t.wall, cpu: t.cpu, findings };
}

export async function benchAlex(post: string, quick: boolean): Promise<LintCell> {
  // alex 11's markdown() parses and checks synchronously; timed the same way as the others.
  const findings = alex(post).messages.length;
  const t = await time(() => alex(post), plan('alex', post.length, quick));
  return { chars: post.length, engine: 'alex', time: t.wall, cpu: t.cpu, findings };
}
