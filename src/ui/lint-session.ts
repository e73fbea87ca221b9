// The request/answer cycle of each composer, without the DOM: the controller says when
// a text changed and passes the background's answers in; this decides when to send,
// which answers still fit the text, when to ask again, and when a held submit may go on.
// Time comes from a Clock, so tests drive it with fake timers.
import type { Finding } from '../rules/index.ts';
import type { LintAnswer } from '../platform/protocol.ts';
import type { Incomplete } from './state.ts';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** An answer that does not come (worker stopped mid-request) is asked for again after this long. */
export const RETRY_MS = 500;

/** Text and findings of the last accepted answer. */
export interface Base {
  text: string;
  findings: Finding[];
  /** The check of this text was incomplete: checks that failed, or where checking stopped. */
  incomplete?: Incomplete;
}

export interface LintSessionDeps {
  /** The composer's current text. */
  read(): string;
  /** Asks the linter about `text`; the answer comes back through `answer(seq, …)`. */
  send(seq: number, text: string): void;
  /** A fresh answer was accepted (`session.base` holds it). */
  accepted(): void;
  clock: Clock;
}

// One request in flight per composer: an edit while it is out is sent when the answer
// arrives. No fixed pause, so the last keystroke is checked one round trip (plus at most
// the one before it) later; edits in the same task are coalesced.
export class LintSession {
  base?: Base;
  private seq = 0;
  /** First request (seq) for the text in `sentText`: answers from then on fit it. */
  private textSeq?: number;
  private sentText?: string;
  private sentAt = 0;
  /** Edited while a request was out: send again when its answer arrives. */
  private dirty = false;
  private lintTimer: unknown;
  private retryTimer: unknown;
  private waiters: (() => void)[] = [];

  constructor(private readonly deps: LintSessionDeps) {}

  /** A request is out whose answer has not been accepted. */
  get pending(): boolean {
    return this.sentText !== undefined && this.base?.text !== this.sentText;
  }

  /** The shown findings may not fit the current text: a request is out, or the text moved on. */
  get stale(): boolean {
    return this.pending || this.deps.read() !== this.base?.text;
  }

  /** The composer's text changed. */
  edited(): void {
    const { clock } = this.deps;
    if (this.pending && clock.now() - this.sentAt < RETRY_MS) this.dirty = true;
    else this.lintTimer ??= clock.setTimeout(() => this.lint(), 0);
  }

  /**
   * Sends the current text unless it was sent already. `true` sends it again (retry, a
   * reconnect); `'pack'` also discards answers from before, which used the old pack.
   */
  lint(force: boolean | 'pack' = false): void {
    const { clock } = this.deps;
    clock.clearTimeout(this.lintTimer);
    this.lintTimer = undefined;
    this.dirty = false;
    const text = this.deps.read();
    if (!force && text === this.sentText) return;
    const seq = ++this.seq;
    // A repeat of the same text (retry, reconnect) keeps earlier answers for it valid.
    if (text !== this.sentText || force === 'pack') this.textSeq = seq;
    this.sentText = text;
    if (!/\S/.test(text)) {
      this.answer(seq, []);
      return;
    }
    this.sentAt = clock.now();
    this.deps.send(seq, text);
    clock.clearTimeout(this.retryTimer);
    this.retryTimer = clock.setTimeout(() => this.seq === seq && this.pending && this.lint(true), RETRY_MS);
  }

  /** The linter's answer to request `seq`; false when it was stale and dropped. */
  answer(seq: number, findings: Finding[], incomplete?: Incomplete): boolean {
    // Stale: an answer for older text (or an older pack) while a newer request is out.
    if (seq < (this.textSeq ?? this.seq) || seq > this.seq) return false;
    this.deps.clock.clearTimeout(this.retryTimer);
    this.base = { text: this.sentText!, findings, ...(incomplete ? { incomplete } : {}) };
    this.deps.accepted();
    for (const w of this.waiters.splice(0)) w();
    if (this.dirty) this.lint();
    return true;
  }

  /** The port closed: what was in flight is lost, ask again now instead of at the retry. */
  disconnected(): void {
    if (this.pending) this.lint(true);
  }

  /** Resolves when an answer for the current text arrives, or after `timeoutMs`. */
  settle(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.lint();
      this.deps.clock.setTimeout(resolve, timeoutMs);
    });
  }

  stop(): void {
    this.deps.clock.clearTimeout(this.lintTimer);
    this.deps.clock.clearTimeout(this.retryTimer);
    this.lintTimer = this.retryTimer = undefined;
  }
}

/** The sessions of one document behind one channel: routes answers and channel events. */
export class LintHub {
  private readonly sessions = new Map<number, LintSession>();

  constructor(
    private readonly send: (composer: number, seq: number, text: string) => void,
    private readonly clock: Clock = systemClock,
  ) {}

  open(composer: number, read: () => string, accepted: () => void): LintSession {
    const s = new LintSession({ read, accepted, clock: this.clock, send: (seq, text) => this.send(composer, seq, text) });
    this.sessions.set(composer, s);
    return s;
  }

  close(composer: number): void {
    this.sessions.get(composer)?.stop();
    this.sessions.delete(composer);
  }

  receive(a: LintAnswer): void {
    if (a.type === 'packs-changed') for (const s of this.sessions.values()) s.lint('pack');
    else if (a.type === 'disconnected') for (const s of this.sessions.values()) s.disconnected();
    else {
      const incomplete = a.failed || a.checkedTo !== undefined ? { ...(a.failed ? { failed: a.failed } : {}), ...(a.checkedTo !== undefined ? { checkedTo: a.checkedTo } : {}) } : undefined;
      this.sessions.get(a.composer)?.answer(a.seq, a.findings, incomplete);
    }
  }
}

/**
 * Waits before deciding about a submit: nothing when every composer's findings fit its
 * text (returns null), else until each stale one has its answer or `timeoutMs` passed.
 */
export function settleAll(sessions: readonly LintSession[], timeoutMs: number): Promise<void> | null {
  const stale = sessions.filter((s) => s.stale);
  return stale.length ? Promise.all(stale.map((s) => s.settle(timeoutMs))).then(() => undefined) : null;
}
