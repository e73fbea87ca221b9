// Time per post: Think Twice (all built-ins, company pack with n client names) against two
// single-purpose English checkers on the same text — obscenity (profanity matcher) and alex
// (insensitive-writing linter, markdown input). Four operations: a full check of a post, a
// one-character edit in its middle and a paragraph pasted into it (Think Twice through a
// composer's session, which re-checks only around the edit; obscenity has no such mode and
// checks the edited post whole), a typo undone, and a cold start (compile the pack, then the
// first check).
import alex from 'alex';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { createLinter, type Layer, type Linter, type Platform } from '../src/rules/index.ts';
import { type Summary, summarize } from './stats.ts';
import { sample, type TimeOptions } from './timer.ts';

export type Engine = 'thinktwice' | 'obscenity' | 'alex';

export const OPS = ['full', 'edit', 'undo', 'paste', 'cold'] as const;
/**
 * full: check a post; edit: typing in the middle, one character per call, every text new (a
 * session reuses its passes over windows it saw a moment ago, so a text seen before would
 * measure that memo, not a keystroke); undo: one character typed and deleted again, alternately
 * (a typo and its backspace: what the memo is for); paste: a paragraph of ~250 corpus characters pasted at
 * the paragraph break nearest the middle, over the one pasted before, a different one each call;
 * cold: compile, then check.
 */
export type Op = (typeof OPS)[number];
export type EditOp = 'edit' | 'undo' | 'paste';

export interface LintCell {
  chars: number;
  engine: Engine;
  op: Op;
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
export const PLATFORM_FOR: Record<number, Platform> = { 280: 'x', 3000: 'linkedin', 63206: 'facebook' };

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

/** One cell of the table before it is measured: what to call, and how often. */
export interface LintJob {
  cell: Omit<LintCell, 'time' | 'cpu'>;
  run: () => unknown;
  plan: TimeOptions;
}

/** Cold starts compile a pack each call: a few calls, all in the first round. */
const COLD_PLAN: TimeOptions = { warmup: 0, minIterations: 3, maxIterations: 3, targetMs: 0 };

const contextFor = (post: string) => ({ platform: PLATFORM_FOR[post.length], uiLang: 'nl' as const });

export function thinkTwiceJob(linter: Linter, names: number, post: string, quick: boolean): LintJob {
  const ctx = contextFor(post);
  const findings = linter.lint(post, ctx).length;
  return { cell: { chars: post.length, engine: 'thinktwice', op: 'full', names, findings }, run: () => linter.lint(post, ctx), plan: plan('thinktwice', post.length, quick) };
}

/** What is typed and pasted: `typed` is read on character by character (never the same text twice in a run), `paragraphs` pasted in turn. */
export interface EditSource {
  typed: string;
  paragraphs: readonly string[];
}

/** What the edits of a run type and paste, from the corpus: its posts read on, and that text cut in paragraphs of about 250 characters. */
export function editSource(corpus: readonly string[]): EditSource {
  const typed = corpus.join(' ').replace(/\s+/g, ' ');
  return { typed, paragraphs: paragraphsOf(typed) };
}

/** `text` cut at spaces in pieces of about 250 characters (at most 200 of them). */
export function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < 200; ) {
    const end = text.indexOf(' ', i + 250);
    if (end < 0) break;
    out.push(text.slice(i, end));
    i = end + 1;
  }
  return out;
}

/** Characters typed before the draft goes back to the post (one deletion in TYPE_RUN + 1 calls). */
const TYPE_RUN = 64;

/** The texts of `op` on `post`, one per call: see OPS. */
export function editTexts(post: string, op: EditOp, source: EditSource): () => string {
  const mid = post.length >> 1;
  const head = post.slice(0, mid);
  const tail = post.slice(mid);
  let k = 0;
  if (op === 'undo') return () => (k++ % 2 === 0 ? `${head}e${tail}` : post);
  if (op === 'edit') {
    let from = 0;
    return () => {
      const n = k++ % (TYPE_RUN + 1);
      if (n === 0 && k > 1) from = (from + TYPE_RUN) % (source.typed.length - TYPE_RUN);
      return n === 0 ? post : `${head}${source.typed.slice(from, from + n)}${tail}`;
    };
  }
  const at = post.indexOf('\n\n', mid);
  const cut = at < 0 ? mid : at + 2;
  return () => `${post.slice(0, cut)}${source.paragraphs[k++ % source.paragraphs.length]}\n\n${post.slice(cut)}`;
}

/** A composer's session given the texts of `op` in turn: every call is one such edit. */
export function thinkTwiceEditJob(linter: Linter, names: number, post: string, op: EditOp, source: EditSource, quick: boolean): LintJob {
  const ctx = contextFor(post);
  const next = editTexts(post, op, source);
  const session = linter.session();
  session.lint(post, ctx);
  const findings = linter.lint(editTexts(post, op, source)(), ctx).length;
  return { cell: { chars: post.length, engine: 'thinktwice', op, names, findings }, run: () => session.lint(next(), ctx), plan: plan('thinktwice', post.length, quick) };
}

/** Compile the pack, then the first check of the post: a browser start, or a new pack arriving. */
export function thinkTwiceColdJob(layers: Layer[], names: number, post: string): LintJob {
  const ctx = contextFor(post);
  return {
    cell: { chars: post.length, engine: 'thinktwice', op: 'cold', names, findings: createLinter(layers).lint(post, ctx).length },
    run: () => createLinter(layers).session().lint(post, ctx),
    plan: names >= 100_000 ? { ...COLD_PLAN, minIterations: 2, maxIterations: 2 } : COLD_PLAN,
  };
}

const newMatcher = () => new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
let matcher: RegExpMatcher | undefined;

/** obscenity on the same text; for an edit it checks the edited post whole (it has no incremental mode), for a cold start it builds its matcher first. */
export function obscenityJob(post: string, quick: boolean, op: Op = 'full', source: EditSource = { typed: '', paragraphs: [] }): LintJob {
  const m = (matcher ??= newMatcher());
  const cell = { chars: post.length, engine: 'obscenity' as const, op, findings: m.getAllMatches(post).length };
  if (op === 'cold') return { cell, run: () => newMatcher().getAllMatches(post), plan: { ...COLD_PLAN, minIterations: 10, maxIterations: 10 } };
  if (op === 'full') return { cell, run: () => m.getAllMatches(post), plan: plan('obscenity', post.length, quick) };
  const next = editTexts(post, op, source);
  return { cell: { ...cell, findings: m.getAllMatches(editTexts(post, op, source)()).length }, run: () => m.getAllMatches(next()), plan: plan('obscenity', post.length, quick) };
}

export function alexJob(post: string, quick: boolean): LintJob {
  // alex 11's markdown() parses and checks synchronously; timed the same way as the others.
  const findings = alex(post).messages.length;
  return { cell: { chars: post.length, engine: 'alex', op: 'full', findings }, run: () => alex(post), plan: plan('alex', post.length, quick) };
}

/**
 * Measures every job in `rounds` rounds, each round running all jobs one after another, and
 * pools each job's samples. On a shared machine slow stretches come and go for seconds; a cell
 * timed in one window could land in one, and Think Twice and obscenity in different ones. Spread
 * over the whole run, every cell sees the same mix. A job too slow for more than a few calls
 * (alex on 63,206 chars) runs in the first round only.
 */
export async function measureJobs(jobs: readonly LintJob[], rounds: number, log: (msg: string) => void = () => {}): Promise<LintCell[]> {
  const pooled = jobs.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    log(`linter round ${r + 1} of ${rounds}`);
    for (const [i, job] of jobs.entries()) {
      const p = job.plan;
      const spread = p.maxIterations >= rounds * 10;
      if (!spread && r > 0) continue;
      const share = spread ? rounds : 1;
      const s = await sample(job.run, {
        warmup: Math.ceil(p.warmup / share),
        minIterations: Math.ceil(p.minIterations / share),
        maxIterations: Math.ceil(p.maxIterations / share),
        targetMs: p.targetMs / share,
      });
      pooled[i]!.wall.push(...s.wall);
      pooled[i]!.cpu.push(...s.cpu);
    }
  }
  return jobs.map((job, i) => ({ ...job.cell, time: summarize(pooled[i]!.wall), cpu: summarize(pooled[i]!.cpu) }));
}
