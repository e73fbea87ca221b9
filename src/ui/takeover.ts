// A newer copy of the content script (extension update or reload) asks older copies
// in the same document to stand down, so one UI and one submit guard remain.
const TAKEOVER_EVENT = 'thinktwice:takeover';

/** Tells earlier copies on `target` to stop; `stop` runs when a later copy does the same. */
export function takeOver(target: EventTarget, stop: () => void): () => void {
  target.dispatchEvent(new Event(TAKEOVER_EVENT));
  target.addEventListener(TAKEOVER_EVENT, stop, { once: true });
  return () => target.removeEventListener(TAKEOVER_EVENT, stop);
}
