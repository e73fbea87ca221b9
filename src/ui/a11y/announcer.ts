// What a screen reader hears while the user types: one polite announcement of
// the findings' summary once the count has settled, never one per keystroke,
// and nothing when the summary has not changed. DOM-free (the caller puts the
// text into a live region), with an injectable clock for tests.

/** Quiet time after the last change before it is announced. */
export const ANNOUNCE_AFTER_MS = 1200;

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Announcer {
  /** The summary now (e.g. "3 findings, 1 of them holds the post."); announced once it holds still. */
  update(summary: string): void;
  /** Say it now, also when unchanged (the editor got focus, the user asked). */
  now(text: string): void;
  stop(): void;
}

export function createAnnouncer(speak: (text: string) => void, clock: Clock = globalThis): Announcer {
  let spoken: string | undefined;
  let pending: string | undefined;
  let timer: unknown;
  return {
    update(summary) {
      pending = summary;
      clock.clearTimeout(timer);
      timer = clock.setTimeout(() => {
        timer = undefined;
        if (pending === undefined || pending === spoken) return;
        spoken = pending;
        speak(pending);
      }, ANNOUNCE_AFTER_MS);
    },
    now(text) {
      clock.clearTimeout(timer);
      timer = undefined;
      spoken = pending ?? spoken;
      speak(text);
    },
    stop() {
      clock.clearTimeout(timer);
    },
  };
}
