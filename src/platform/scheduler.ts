// The background checks drafts from every tab on one thread. A long post (Facebook allows
// 63,206 characters) is checked in steps (LintSession.steps), and between slices of steps the
// thread returns to its event loop: a short post typed in another tab is answered in between
// instead of waiting for the long one. A newer draft from the same composer replaces an
// older one still in progress.
import type { LintResult } from '../rules/index.ts';

export interface Job {
  steps: Generator<void, LintResult>;
  done(result: LintResult): void;
  failed(err: unknown): void;
}

export interface SchedulerOptions {
  /** Work between two returns to the event loop, ms. */
  sliceMs?: number;
  /** How to return to the event loop (a macrotask: message events queued meanwhile run first). */
  pause?: () => Promise<void>;
}

export interface Scheduler {
  /** Runs `job` for `owner` (one composer), replacing the owner's unfinished one; `inSteps` false runs it to the end now. */
  run(owner: object, job: Job, inSteps: boolean): void;
  /** Drops every unfinished job (the packs changed: their answers would be stale). */
  clear(): void;
}

const SLICE_MS = 8;
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.pause ?? macrotask;
  const latest = new Map<object, Job>();
  let queue: { owner: object; job: Job }[] = [];
  let looping = false;

  /** Runs steps until the job is done (true) or the slice is used up (false). */
  const advance = (job: Job, until: number): boolean => {
    try {
      for (;;) {
        const r = job.steps.next();
        if (r.done) {
          job.done(r.value);
          return true;
        }
        if (performance.now() >= until) return false;
      }
    } catch (err) {
      job.failed(err);
      return true;
    }
  };

  const loop = async () => {
    looping = true;
    while (queue.length > 0) {
      await pause();
      const until = performance.now() + sliceMs;
      // Round robin: every long post gets a slice in turn.
      const turn = queue;
      queue = [];
      for (const entry of turn) {
        if (latest.get(entry.owner) !== entry.job) continue;
        if (advance(entry.job, until)) latest.delete(entry.owner);
        else queue.push(entry);
      }
    }
    looping = false;
  };

  return {
    run(owner, job, inSteps) {
      latest.set(owner, job);
      if (!inSteps) {
        advance(job, Number.POSITIVE_INFINITY);
        latest.delete(owner);
        return;
      }
      queue.push({ owner, job });
      if (!looping) void loop();
    },
    clear() {
      latest.clear();
      queue = [];
    },
  };
}
