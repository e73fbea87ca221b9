// Submit guard: window-level capture listeners run before the site's own
// handlers. A post leaves by a click on a submit button, by Enter/Space on a
// focused role=button (sites act on the key without a click), by Ctrl/Cmd+Enter,
// or by Enter in a box that sends on Enter. A post with blocking findings is
// held; "Post anyway" re-clicks the button behind a one-shot bypass so exactly
// one submit goes through — the button found again if the site re-rendered it
// while the guard was open.
import type { SiteAdapter } from '../sites/types.ts';
import { containsDeep, type Session } from './session.ts';

export interface GuardDeps {
  adapter: SiteAdapter;
  win: Window;
  sessions(): Iterable<Session>;
  /** The user's click or key is ours (inside the UI host): never a submit. */
  ownsEvent(e: Event): boolean;
  /** Decide about a submit of these composers; `release` lets one submit through. Returns true when held. */
  decide(group: Session[], release: () => void, anchor: Element): boolean;
}

const BUTTONISH = 'button, [role="button"]';
// A text-matched button must sit close to its composer (same dialog or form).
const MAX_LABEL_DEPTH = 14;

/** What a submit control says (its label, else its text): a re-rendered control says the same. */
export const controlName = (el: Element): string => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

export interface Guard {
  /** True when a post from this composer can be held: it has a submit control we find, or sends on Enter. */
  canHold(root: Element): boolean;
  stop(): void;
}

export function installGuard(deps: GuardDeps): Guard {
  const { adapter, win } = deps;
  const submitSel = adapter.selectors.submit.join(',');
  const enterSel = adapter.selectors.enterSubmits?.join(',');
  // A private chat is watched only when chats are switched on; there Enter sends.
  const chatSel = adapter.selectors.privateChats?.join(',');
  const labels = new Set((adapter.submitLabels ?? []).map((l) => l.toLowerCase()));
  let bypass = false;

  const byLabel = (el: Element) => {
    if (!labels.size) return false;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    return labels.has(text);
  };
  /** The submit button an event went through, if any. */
  const submitIn = (path: EventTarget[]): { button: Element; byText: boolean } | null => {
    for (const n of path) {
      if (!(n instanceof Element)) continue;
      if (submitSel && n.matches(submitSel)) return { button: n, byText: false };
      if (n.matches(BUTTONISH)) return byLabel(n) ? { button: n, byText: true } : null;
    }
    return null;
  };
  /** Composers that belong to a button: those in its nearest ancestor holding any. */
  const groupFor = (button: Element, byText: boolean): Session[] => {
    const all = [...deps.sessions()].filter((s) => s.root.isConnected);
    let depth = 0;
    for (let n: Node | null = button; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null, depth++) {
      if (byText && depth > MAX_LABEL_DEPTH) return [];
      const inside = all.filter((s) => containsDeep(n!, s.root));
      if (inside.length) return inside;
    }
    return [];
  };
  const buttonFor = (root: Element, accept: (b: Element) => boolean = () => true): Element | null => {
    const buttons: Element[] = [];
    for (let n: Node | null = root; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (!(n instanceof Element || n instanceof ShadowRoot)) continue;
      if (submitSel) buttons.push(...[...n.querySelectorAll(submitSel)].filter(accept));
      for (const b of n.querySelectorAll(BUTTONISH)) if (byLabel(b) && accept(b)) buttons.push(b);
      if (buttons.length) return buttons[0]!;
    }
    return null;
  };
  const hold = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  /** The button to press for a release: the held one, or the same control rendered anew near the composers. */
  const current = (button: Element, group: Session[]): Element | null => {
    if (button.isConnected) return button;
    for (const s of group) {
      const again = s.root.isConnected ? buttonFor(s.root, (b) => controlName(b) === controlName(button)) ?? buttonFor(s.root) : null;
      if (again) return again;
    }
    return null;
  };
  const reclick = (button: Element, group: Session[]) => {
    const target = current(button, group);
    if (!target) return;
    bypass = true;
    try {
      (target as HTMLElement).click();
    } finally {
      bypass = false;
    }
  };

  const onClick = (e: MouseEvent) => {
    if (bypass || deps.ownsEvent(e)) return;
    const hit = submitIn(e.composedPath());
    if (!hit) return;
    const group = groupFor(hit.button, hit.byText);
    if (group.length && deps.decide(group, () => reclick(hit.button, group), hit.button)) hold(e);
  };
  /** Enter or Space on a focused role=button that submits (a native <button> turns them into a click). */
  const onActivate = (e: KeyboardEvent): boolean => {
    if ((e.key !== 'Enter' && e.key !== ' ') || e.ctrlKey || e.metaKey || e.altKey || deps.ownsEvent(e)) return false;
    const target = e.composedPath()[0];
    if (!(target instanceof Element) || target.matches('button, input, textarea, [contenteditable="true"]')) return false;
    const hit = submitIn(e.composedPath());
    if (!hit) return false;
    const group = groupFor(hit.button, hit.byText);
    if (group.length && deps.decide(group, () => reclick(hit.button, group), hit.button)) hold(e);
    return true;
  };
  const onKey = (e: KeyboardEvent) => {
    if (bypass || e.isComposing || e.keyCode === 229) return;
    if (onActivate(e) || e.key !== 'Enter') return;
    const path = e.composedPath();
    const session = [...deps.sessions()].find((s) => path.includes(s.root));
    if (!session) return;
    const combo = (e.ctrlKey || e.metaKey) && !e.altKey;
    const sendsOnEnter = (!!enterSel && session.root.matches(enterSel)) || (!!chatSel && session.root.closest(chatSel) !== null);
    const plain = !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && sendsOnEnter;
    if (!combo && !plain) return;
    let button = buttonFor(session.root);
    let group = button ? groupFor(button, false) : [session];
    // A button that belongs to another composer (e.g. the post dialog behind a comment box).
    if (!group.includes(session)) {
      button = null;
      group = [session];
    }
    const target = e.target as Element;
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true, composed: true };
    const release = button
      ? () => reclick(button, group)
      : () => {
          bypass = true;
          try {
            target.dispatchEvent(new KeyboardEvent('keydown', init));
          } finally {
            bypass = false;
          }
        };
    if (deps.decide(group, release, button ?? session.root)) hold(e);
  };
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  return {
    canHold: (root) => (!!enterSel && root.matches(enterSel)) || (!!chatSel && root.closest(chatSel) !== null) || buttonFor(root) !== null,
    stop() {
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKey, true);
    },
  };
}
