// What counts as the user's own input. Page scripts can write into a composer and fire
// events at it, but cannot make them trusted: only events the browser dispatched for the
// user's keyboard, clipboard or mouse carry isTrusted. (`input` is not among them: Chrome
// marks the input event of the page's own execCommand as trusted.)
const INPUT_EVENTS = ['keydown', 'beforeinput', 'paste', 'drop'] as const;

/** Smallest composer (px) that counts as on screen. */
const MIN_SIZE = 4;

/** Visible and at least partly inside the viewport, in its frame and that frame in its parent. */
export function onScreen(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const r = el.getBoundingClientRect();
  if (r.width < MIN_SIZE || r.height < MIN_SIZE) return false;
  if (r.right <= 0 || r.bottom <= 0 || r.left >= view.innerWidth || r.top >= view.innerHeight) return false;
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
  // A same-origin frame (LinkedIn's preload composer): the frame itself must show too.
  const frame = view.frameElement;
  return !frame || onScreen(frame);
}

/** Calls `fn` for each trusted input event in `root` while it is on screen. */
export function onTrustedInput(root: HTMLElement, fn: () => void): () => void {
  const listener = (e: Event) => e.isTrusted && onScreen(root) && fn();
  for (const type of INPUT_EVENTS) root.addEventListener(type, listener, true);
  return () => {
    for (const type of INPUT_EVENTS) root.removeEventListener(type, listener, true);
  };
}

/**
 * Tells, while a click or key is being dispatched, whether the user made it. Installed
 * before the submit guard's window listeners, so it has seen the event when they run.
 */
export function watchGestures(win: Window): { userMade(): boolean; stop(): void } {
  let current: Event | undefined;
  const note = (e: Event) => {
    current = e;
    // Forgotten once this dispatch is over.
    setTimeout(() => current === e && (current = undefined), 0);
  };
  win.addEventListener('click', note, true);
  win.addEventListener('keydown', note, true);
  return {
    userMade: () => current?.isTrusted === true,
    stop() {
      win.removeEventListener('click', note, true);
      win.removeEventListener('keydown', note, true);
    },
  };
}
