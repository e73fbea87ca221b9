// The request/answer cycle of each composer, without the DOM: the controller says when
// a text changed and passes the background's answers in; this decides when to send,
// which answers still fit the text, when to ask again, and when a held submit may go on.
// Time comes from a Clock, so tests drive it with fake timers.
//
// Only text the user's own input produced is sent. The page can put any text into a
// composer; if that text were linted, whatever the page can observe of the answer would
// let it test candidate names against the company's lists. So a change is sent only when
// a trusted input event (a key, a paste, a drop, our own Replace, a Post click) came just
// before it, and each such event lets at most one new text through: the page learns no
// faster than the user types. Other changes move the shown findings but are not sent.
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
/**
 * How long after a trusted input event a change still counts as its result. Editors apply a
 * key in the same task, Quill's paste within a few ms; a key that changes nothing (an arrow)
 * should not leave a licence lying around for long.
 */
export const INPUT_CREDIT_MS = 1000;

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
  /** When the last trusted input event happened that no change has used yet. */
  private creditAt?: number;
  /** The user's input changed the text since the last send: the current text may go. */
  private owed = false;

  constructor(private readonly deps: LintSessionDeps) {}

  /** A request is out whose answer has not been accepted. */
  get pending(): boolean {
    return this.sentText !== undefined && this.base?.text !== this.sentText;
  }

  /** The shown findings may not fit the current text: a request is out, or the text moved on. */
  get stale(): boolean {
    return this.pending || this.deps.read() !== this.base?.text;
  }

  /** A trusted input event reached the composer: the change it makes may be sent. */
  input(): void {
    this.creditAt = this.deps.clock.now();
  }

  /** The user acts on the text as it is (a trusted Post click): it may be sent even if they did not type it. */
  vouch(): void {
    this.owed = true;
  }

  /** The composer's text changed. */
  edited(): void {
    const { clock } = this.deps;
    const now = clock.now();
    if (this.creditAt !== undefined && now - this.creditAt <= INPUT_CREDIT_MS) {
      this.owed = true;
      this.creditAt = undefined;
    }
    if (!this.owed) return;
    if (this.pending && now - this.sentAt < RETRY_MS) this.dirty = true;
    else this.lintTimer ??= clock.setTimeout(() => this.lint(), 0);
  }

  /**
   * Sends the current text if the user's input produced it, else the last text sent again
   * (never one the page wrote); nothing when that was sent already, unless `force`: `true`
   * sends again (retry, a reconnect), `'pack'` also discards answers from the old pack.
   */
  lint(force: boolean | 'pack' = false): void {
    const { clock } = this.deps;
    clock.clearTimeout(this.lintTimer);
    this.lintTimer = undefined;
    this.dirty = false;
    const current = this.deps.read();
    // A blank text is answered here and never sent, so it needs no licence.
    const text = this.owed || !/\S/.test(current) ? current : this.sentText;
    this.owed = false;
    if (text === undefined || (!force && text === this.sentText)) return;
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

  /**
   * Sends now the change a pending task would send. On a busy page the composer's next frame
   * ran before that task (~5 ms of keystroke → underline on a 3,000-character post, perf e2e);
   * a frame is still a later task than the edit, so the edits of one task stay one text.
   */
  flush(): void {
    if (this.lintTimer !== undefined) this.lint();
  }

  /** Sends what may be sent; null when no answer is awaited, else resolves when it arrives or after `timeoutMs`. */
  settle(timeoutMs: number): Promise<void> | null {
    this.lint();
    if (!this.pending) return null;
    return new Promise((resolve) => {
      this.waiters.push(resolve);
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
 * Waits before deciding about a submit: until each composer whose findings may not fit
 * its text has its answer or `timeoutMs` passed; null when there is nothing to wait for.
 */
export function settleAll(sessions: readonly LintSession[], timeoutMs: number): Promise<void> | null {
  const waits = sessions.filter((s) => s.stale).flatMap((s) => s.settle(timeoutMs) ?? []);
  return waits.length ? Promise.all(waits).then(() => undefined) : null;
}
