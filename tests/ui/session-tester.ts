// Tables for the composer's request/answer cycle (lint-session.ts), in the manner of the
// rule tester: each case is a script of what happens (the user types, time passes, the
// linter answers or not, the port closes, the user clicks Post) and what must come of it
// (the requests sent, the answer shown). Runs under fake timers: no browser, no sleeping.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/rules/index.ts';
import { LintHub, settleAll, type Clock } from '../../src/ui/lint-session.ts';

export type Step =
  /** The user types: a trusted input event, then the composer's text becomes this. */
  | ['type', string]
  /** A page script writes this into the composer (an edit with no trusted input before it). */
  | ['page', string]
  /** A trusted input event that changes nothing (an arrow key). */
  | ['key']
  /** Time passes (timers due by then run). */
  | ['tick', number]
  /** The clock moves on but no timer has run yet (a throttled background tab). */
  | ['late', number]
  /** The background answers request `seq` (findings for the text that request carried). */
  | ['answer', number]
  /** The effective pack changed; the background asks for a re-lint. */
  | ['packs']
  /** The port closed: requests in flight are lost. */
  | ['disconnect']
  /** The user clicks Post: the controller waits for fresh findings before deciding. */
  | ['submit']
  /** A page script clicks Post (an untrusted click). */
  | ['page-submit']
  /** The composer left the page. */
  | ['stop'];

export interface SessionCase {
  name: string;
  steps: Step[];
  /** Every request sent, in order: [seq, text]. */
  sent: [number, string][];
  /** Text of the answer shown at the end (undefined: none yet). */
  shown?: string;
  /** Flagged texts of that answer. */
  flagged?: string[];
  /** Answers (by seq) that were dropped as stale. */
  dropped?: number[];
  /** For a submit: null when it did not wait at all, the time (ms after it) its wait ended, undefined while still waiting. */
  submitWaited?: number | null;
}

/** A stand-in linter: the words it flags, so answers differ per text. */
const FLAGGED = ['geheim', 'klant'];
function lint(text: string): Finding[] {
  return FLAGGED.flatMap((w) => {
    const at = text.indexOf(w);
    return at < 0 ? [] : [{ ruleId: `t-${w}`, category: 'confidential', severity: 'block', start: at, end: at + w.length, text: w, message: { nl: w, en: w } } satisfies Finding];
  });
}

export const SUBMIT_WAIT_MS = 3000;

export async function play(c: SessionCase) {
  const clock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };
  let text = '';
  const sent: [number, string][] = [];
  const dropped: number[] = [];
  const hub = new LintHub((_, seq, t) => sent.push([seq, t]), clock);
  const session = hub.open(1, () => text, () => {});
  let submitWaited: number | null | undefined;
  for (const step of c.steps) {
    switch (step[0]) {
      case 'type':
        session.input();
        text = step[1];
        session.edited();
        break;
      case 'page':
        text = step[1];
        session.edited();
        break;
      case 'key':
        session.input();
        break;
      case 'tick':
        await vi.advanceTimersByTimeAsync(step[1]);
        break;
      case 'late':
        vi.setSystemTime(Date.now() + step[1]);
        break;
      case 'answer': {
        const seq = step[1];
        const req = sent.find(([s]) => s === seq);
        if (!session.answer(seq, lint(req?.[1] ?? ''))) dropped.push(seq);
        break;
      }
      case 'packs':
        hub.receive({ type: 'packs-changed' });
        break;
      case 'disconnect':
        hub.receive({ type: 'disconnected' });
        break;
      case 'submit':
      case 'page-submit': {
        if (step[0] === 'submit') session.vouch();
        const started = Date.now();
        const wait = settleAll([session], SUBMIT_WAIT_MS);
        if (!wait) submitWaited = null;
        else void wait.then(() => (submitWaited = Date.now() - started));
        break;
      }
      case 'stop':
        hub.close(1);
        break;
    }
  }
  return { sent, dropped, shown: session.base?.text, flagged: session.base?.findings.map((f) => f.text), submitWaited };
}

export function sessionTable(title: string, cases: SessionCase[]): void {
  describe(title, () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const got = await play(c);
      expect(got.sent).toEqual(c.sent);
      if ('shown' in c) expect(got.shown).toBe(c.shown);
      if (c.flagged) expect(got.flagged).toEqual(c.flagged);
      expect(got.dropped).toEqual(c.dropped ?? []);
      if ('submitWaited' in c) expect(got.submitWaited).toBe(c.submitWaited);
    });
  });
}
