// A per-tab budget of new texts to lint. The content script sends only what the user's own
// input produced, at most one text per round trip; this is the second line behind it: even a
// content script fooled into sending page-written text cannot test candidate names against
// the company's lists faster than a person types. Past the budget a request waits (only the
// newest per composer), it is never dropped, so the user's last text is always checked.
import type { LintRequest, PortLike } from './protocol.ts';

/** New texts per second a tab may have linted: above any typist (~15 keys/s at the very fastest). */
export const NEW_TEXTS_PER_SECOND = 20;
/** Allowed at once after a pause (a quick burst of keys, several composers opening). */
export const NEW_TEXTS_BURST = 40;

export interface Throttle {
  /** Runs `run(port, req)` now, or once the tab has budget again. */
  submit(port: PortLike, req: LintRequest, run: (port: PortLike, req: LintRequest) => void): void;
  /** The port closed: forget what waits on it. */
  drop(port: PortLike): void;
}

export function createThrottle(now: () => number = () => performance.now()): Throttle {
  const buckets = new Map<number | PortLike, { tokens: number; at: number; ports: Set<PortLike> }>();
  /** The last text linted per port and composer: a repeat of it (retry, pack change) is free. */
  const last = new Map<PortLike, Map<number, string>>();
  const waiting = new Map<PortLike, Map<number, { req: LintRequest; run: (port: PortLike, req: LintRequest) => void }>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Frames of one tab share its budget; a port without a tab (not expected) has its own.
  const bucketOf = (port: PortLike) => {
    const key = port.sender?.tab?.id ?? port;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { tokens: NEW_TEXTS_BURST, at: now(), ports: new Set() }));
    b.ports.add(port);
    return b;
  };
  /** 0 when a new text may go now (and counts it), else ms until one may. */
  const take = (port: PortLike): number => {
    const b = bucketOf(port);
    const t = now();
    b.tokens = Math.min(NEW_TEXTS_BURST, b.tokens + ((t - b.at) * NEW_TEXTS_PER_SECOND) / 1000);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) * 1000) / NEW_TEXTS_PER_SECOND);
  };
  const pass = (port: PortLike, req: LintRequest, run: (port: PortLike, req: LintRequest) => void): number => {
    const seen = last.get(port);
    const wait = seen?.get(req.composer) === req.text ? 0 : take(port);
    if (wait) return wait;
    if (seen) seen.set(req.composer, req.text);
    else last.set(port, new Map([[req.composer, req.text]]));
    run(port, req);
    return 0;
  };
  const drain = () => {
    timer = undefined;
    let next = Infinity;
    for (const [port, reqs] of waiting) {
      for (const [composer, w] of reqs) {
        const wait = pass(port, w.req, w.run);
        if (wait) next = Math.min(next, wait);
        else reqs.delete(composer);
      }
      if (!reqs.size) waiting.delete(port);
    }
    if (next < Infinity) timer = setTimeout(drain, next);
  };

  return {
    submit(port, req, run) {
      const queued = waiting.get(port);
      // Behind a waiting request of the same composer: replace it, keep the order.
      if (queued?.has(req.composer)) {
        queued.set(req.composer, { req, run });
        return;
      }
      const wait = pass(port, req, run);
      if (!wait) return;
      if (queued) queued.set(req.composer, { req, run });
      else waiting.set(port, new Map([[req.composer, { req, run }]]));
      timer ??= setTimeout(drain, wait);
    },
    drop(port) {
      waiting.delete(port);
      last.delete(port);
      for (const [key, b] of buckets) {
        b.ports.delete(port);
        if (!b.ports.size) buckets.delete(key);
      }
    },
  };
}
