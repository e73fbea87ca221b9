// Ties one document together: composers found by the scanner, their text sent to the
// linter (lint-session.ts decides when), findings painted as underlines, badge, card and
// submit guard. DOM wiring only; the state lives in lint-session.ts and panels.ts.
import type { Finding, Lang } from '../rules/index.ts';
import type { LintAnswer, LintRequest, PageSettings } from '../platform/protocol.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { EditorEngine } from '../sites/editors/types.ts';
import { watchComposers } from '../sites/scanner.ts';
import { cssValidator, patchAdapter } from '../sites/patch.ts';
import { createPainter } from './highlights.ts';
import { createHost, HOST_TAG } from './host.ts';
import { controlName, installGuard } from './guard.ts';
import { installPointer } from './pointer.ts';
import { project, topSeverity } from './project.ts';
import { LintHub, settleAll } from './lint-session.ts';
import { createPanels } from './panels.ts';
import { createCoolDown } from './cool-down.ts';
import { boxOf, freeSpot, textRects } from './geometry.ts';
import { takeOver } from './takeover.ts';
import { onTrustedInput, watchGestures } from './trust.ts';
import { blockFindings, containsDeep, type Session } from './session.ts';
import type { Box, Label, UiState } from './state.ts';
import { caretLine, caretOffset, findingAt } from './caret.ts';
import { createAnnouncer } from './a11y/announcer.ts';
import { schemeOf } from './scheme.ts';
import { postButtonFor } from './post-button.ts';
import { reportText } from './report.ts';
import { summary, texts } from '../i18n/index.ts';

export interface ControllerDeps {
  adapter: SiteAdapter;
  doc: Document;
  lang: Lang;
  label: Label;
  /** Opens the channel to the linter; answers and the page settings come back through the callbacks. */
  connect(
    onAnswer: (a: LintAnswer) => void,
    onSettings: (s: PageSettings) => void,
  ): { send(r: Omit<LintRequest, 'type'>): void; open?(): void };
  /** What only the extension platform can do (absent in DOM tests: then nothing happens). */
  hooks?: Partial<PlatformHooks>;
}

export interface PlatformHooks {
  /** Stores the user's own exception ("always allow"); the background re-checks the drafts. */
  allowAlways(entry: { ruleId: string; text: string }): Promise<void>;
  /** Asks the background to open the settings page (content scripts cannot). */
  openSettings(): void;
  /** Keeps the reason given at "Post anyway" on this device. */
  keepReason(reason: string, findings: Finding[]): void;
  /** Copies a text to the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** Calls `open` when the user presses the open-findings shortcut in this frame. */
  onOpenFindings(open: () => void): void;
}

export interface Controller {
  /** What this document shows, for the popup: counts only, never text. */
  counts(): { composers: number; findings: number; partial: number };
  stop(): void;
}

/** The focused element, through open shadow roots (LinkedIn's composer lives in one). */
const deepActive = (el: Element): Element => {
  let a = el;
  while (a.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

// Longest a held submit waits for a pending answer (a sleeping service worker wakes and compiles first).
const SUBMIT_WAIT_MS = 3000;
// How often a composer's submit control is looked for again (some appear only after typing).
const PARTIAL_RECHECK_MS = 1000;
const knownEngine = (s: Session) => s.engine.id !== 'unknown';

export function startController(deps: ControllerDeps): Controller {
  const { adapter, doc, lang, label } = deps;
  const win = doc.defaultView!;
  const disposers: (() => void)[] = [takeOver(doc, () => stop())];
  const listen = (target: EventTarget, type: string, fn: (e: any) => void, opts: AddEventListenerOptions | boolean) => {
    target.addEventListener(type, fn, opts);
    disposers.push(() => target.removeEventListener(type, fn, opts));
  };
  const sessions = new Map<number, Session>();
  let nextId = 1;
  const hooks = deps.hooks ?? {};
  const txt = texts(lang);
  // Until the background says otherwise: no exceptions, no support address, checking on, no chats.
  let settings: PageSettings = { off: {}, canAllow: false, support: { askReason: false }, shortcut: '', privateChats: false };
  const offHere = () => settings.off[adapter.id];
  // Private chats (Messenger, X DMs) are not public posts: watched only once the settings switch them on.
  const chatSel = adapter.selectors.privateChats?.join(',');
  // The adapter with the admin's added selectors (policy siteSelectors), once they arrive.
  let active: SiteAdapter = adapter;
  let patchKey = 'null';
  const isChat = (el: Element) => !!chatSel && el.closest(chatSel) !== null;
  let chatsOn = false;
  const client = deps.connect(
    (a) => hub.receive(a),
    (next) => {
      const wasOff = offHere();
      settings = next;
      if (next.coolDown) cool.configure(next.coolDown);
      if (wasOff !== offHere()) for (const s of sessions.values()) reproject(s);
      repatch(next.siteSelectors);
      if (!!next.privateChats !== chatsOn) {
        chatsOn = !!next.privateChats;
        if (chatsOn) watch.scan();
        else for (const [id, session] of sessions) if (isChat(session.root)) drop(id);
      }
      render();
    },
  );
  // The cool-down's reminder timers belong to this document: stopped with it.
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cool = createCoolDown({
    now: () => Date.now(),
    later(fn, ms) {
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
      return () => {
        clearTimeout(t);
        timers.delete(t);
      };
    },
    changed: () => render(),
  });
  disposers.push(() => {
    for (const t of timers) clearTimeout(t);
  });
  const hub = new LintHub((composer, seq, text) =>
    client.send({ composer, seq, text, platform: adapter.id, uiLang: lang }),
  );
  const panels = createPanels({
    sessions,
    scratch: () => host.scratch,
    render,
    reproject: (s) => reproject(s),
    cool,
    avoid: (s) => avoidFor(s),
    off: offHere,
    allow: (entry) => void hooks.allowAlways?.(entry).catch(() => {}),
    copyReport: async (f) => {
      const { subject, body } = reportText(txt, { finding: f, site: adapter.id });
      return (await hooks.copy?.(`${subject}\n\n${body}`)) ?? false;
    },
    openSettings: () => hooks.openSettings?.(),
    keepReason: (reason, findings) => hooks.keepReason?.(reason, findings),
  });
  const host = createHost(doc, panels.actions, label);
  // Screen readers hear the counts once they settle; the text stays inside the closed root.
  const announcer = createAnnouncer((text) => host.say(text));
  disposers.push(() => announcer.stop());
  disposers.push(() => host.remove());
  const painter = createPainter(doc, host.overlay, () => [...sessions.values()].map((s) => s.root));
  // Before the guard's listeners, so a submit knows whether the user made it.
  const gestures = watchGestures(win);
  disposers.push(() => gestures.stop());

  /** Active composers with a box: each gets a badge. */
  const shown = () =>
    [...sessions.values()]
      .flatMap((s) => (s.active ? [{ s, box: boxOf(s.root) }] : []))
      .filter(({ box }) => box.width || box.height);
  /**
   * A composer whose post cannot be held (an editor engine we do not know, or no submit control
   * found and no Enter-to-send): it gets underlines only, and says so. Looked up at most once a
   * second: buttons can appear after typing.
   */
  function partial(s: Session): boolean {
    if (!knownEngine(s)) return true;
    const now = Date.now();
    if (s.holdCheckedAt === undefined || now - s.holdCheckedAt > PARTIAL_RECHECK_MS) {
      s.holdCheckedAt = now;
      s.partial = !guard.canHold(s.root);
    }
    return !!s.partial;
  }

  function render() {
    for (const [id, s] of sessions) if (!s.root.isConnected) drop(id);
    const badges: UiState['badges'] = [];
    const off = offHere();
    const open = panels.cardFor();
    for (const { s, box } of shown()) {
      badges.push({
        composer: s.id,
        count: s.visible.length,
        severity: topSeverity(s.visible),
        box,
        text: () => textRects(s, host.scratch),
        free: (spot) => freeSpot(s, spot, HOST_TAG),
        expanded: open === s.id,
        ...(off ? { off } : {}),
        ...(cool.reminderDue(s.id) ? { reminder: true } : {}),
        ...(partial(s) ? { partial: true } : {}),
      });
    }
    const state: UiState = {
      lang,
      badges,
      options: {
        canAllow: settings.canAllow,
        askReason: settings.support.askReason,
        site: adapter.id,
        ...(settings.support.email ? { email: settings.support.email } : {}),
      },
    };
    panels.fill(state);
    const themed = sessions.get(state.card?.composer ?? -1) ?? current() ?? shown()[0]?.s;
    const scheme = themed && schemeOf(themed.root);
    if (scheme) state.theme = scheme;
    host.render(state);
    announce();
  }

  /** The composer the user is in (focus), else the last one they were in. */
  let last: Session | undefined;
  function current(): Session | undefined {
    const active = doc.activeElement;
    for (const s of sessions.values()) if (active && containsDeep(s.root, deepActive(active))) return (last = s);
    return last && sessions.get(last.id) === last ? last : undefined;
  }

  /** The counts of the composer the user is in, said politely once they hold still. */
  function announce() {
    const s = current();
    if (!s?.lint.base) return;
    if (offHere()) return announcer.update(txt('badgeOffLabel'));
    const holds = s.visible.filter((f) => f.severity === 'block').length;
    announcer.update(txt('liveIntro', { summary: summary(txt, s.visible.length, holds) }));
  }

  /** What the card must not cover: the caret's line and the site's Post button. */
  function avoidFor(s: Session): Box[] {
    const out: Box[] = [];
    const line = caretLine(s.root);
    if (line) out.push(line);
    const button = postButtonFor(s.root, active);
    if (button) out.push(boxOf(button));
    return out;
  }

  /** The open-findings shortcut: the card of the composer the user is in, at the finding by the caret. */
  function openAtCaret() {
    const s = current();
    if (!s) return;
    reproject(s);
    const offset = s.snapshot ? caretOffset(s.root, s.snapshot) : undefined;
    panels.openAt(s, offHere() ? undefined : findingAt(s.visible, offset ?? s.snapshot?.text.length ?? 0));
  }

  function drop(id: number) {
    const s = sessions.get(id)!;
    s.observer?.disconnect();
    s.untrust?.();
    resized.unobserve(s.root);
    hub.close(id);
    sessions.delete(id);
    painter.set(id, s.root, []);
    panels.forget(id);
  }

  /** Shows the last findings on the current text; runs at most once per frame after edits. */
  function reproject(s: Session) {
    s.frame = undefined;
    const before = s.visible.length;
    const marks = project(s, host.scratch);
    // Switched off here: nothing drawn and nothing counted, whatever an older answer said.
    if (offHere()) {
      s.visible = [];
      s.marks = [];
    }
    painter.set(s.id, s.root, offHere() ? [] : marks);
    if (!s.active && s.snapshot!.text) s.active = true;
    if (before !== s.visible.length || panels.shows(s.id)) render();
  }

  function track(root: HTMLElement, engine: EditorEngine) {
    const id = nextId++;
    const s: Session = {
      id,
      root,
      engine,
      active: false,
      visible: [],
      marks: [],
      ignored: new Set(),
      lint: hub.open(
        id,
        () => engine.read(root).text,
        () => reproject(s),
      ),
    };
    sessions.set(id, s);
    s.untrust = onTrustedInput(root, () => {
      s.released = undefined;
      s.lint.input();
    });
    // Typing again: the card gets out of the way (it can be opened again from the badge or the shortcut).
    const typed = (e: Event) => e.isTrusted && panels.typed(id);
    root.addEventListener('beforeinput', typed, true);
    const untrust = s.untrust;
    s.untrust = () => {
      untrust();
      root.removeEventListener('beforeinput', typed, true);
    };
    resized.observe(root);
    const scope = root.getRootNode();
    // Scrolling inside a shadow root does not reach the window's listener.
    if (scope instanceof ShadowRoot) listen(scope, 'scroll', follow, { capture: true, passive: true });
    const onEdit = () => {
      s.frame ??= requestAnimationFrame(() => {
        reproject(s);
        s.lint.flush();
      });
      s.lint.edited();
    };
    s.observer = new MutationObserver(onEdit);
    s.observer.observe(root, { childList: true, subtree: true, characterData: true });
    // A textarea's value changes without DOM mutations.
    root.addEventListener('input', onEdit);
    root.addEventListener('focusin', () => {
      last = s;
      if (!s.active) {
        s.active = true;
        render();
      }
    });
    s.lint.lint();
  }

  /** Fresh findings for a submit: answer now when nothing changed, else wait briefly. Returns true when held. */
  function decide(all: Session[], release: () => void, anchor: Element): boolean {
    // Composers on an engine we do not know are never held (editors/unknown.ts): underlines only.
    const group = all.filter(knownEngine);
    if (!group.length) return false;
    // "Post anyway" lets this text through once: a flow with more steps (Facebook Pages:
    // Next → Post settings → Post) is not held again at its next step. The same control
    // pressed again is a second post of the text, and is held again.
    const at = controlName(anchor);
    if (group.every((s) => s.released !== undefined && s.released.at !== at && s.released.text === s.engine.read(s.root).text)) {
      for (const s of group) s.released = undefined;
      return false;
    }
    const chosen = () => {
      for (const s of group) s.released = { text: s.engine.read(s.root).text, at };
      release();
    };
    // The user's own click or key vouches for the text as it is (a draft the site restored, say).
    if (gestures.userMade()) for (const s of group) s.lint.vouch();
    const wait = settleAll(group.map((s) => s.lint), SUBMIT_WAIT_MS);
    if (!wait) return holdIfNeeded(group, chosen, anchor);
    void wait.then(() => holdIfNeeded(group, chosen, anchor) || release());
    return true;
  }

  /** Blocking findings hold the post; else a post that reads as written in anger gets its cool-down once. */
  function holdIfNeeded(group: Session[], release: () => void, anchor: Element): boolean {
    if (blockFindings(group).length) panels.hold(group, release, anchor);
    else if (group.some((s) => cool.holds(s.id, s.visible))) panels.holdToCool(group, release, anchor);
    else {
      // It goes out: a kept draft's reminder is moot, and the composer's next draft is asked afresh.
      for (const s of group) cool.posted(s.id);
      return false;
    }
    return true;
  }

  // Badges and underline boxes follow scrolling, resizing and layout changes.
  let frame = 0;
  function follow() {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      painter.reposition();
      if (sessions.size) render();
    });
  }
  const resized = new ResizeObserver(follow);
  const stop = () => {
    for (const id of [...sessions.keys()]) drop(id);
    for (const d of disposers.splice(0)) d();
  };
  // A composer already tracked is not tracked again when the selectors change.
  const trackNew = (root: HTMLElement, engine: EditorEngine) => {
    for (const s of sessions.values()) if (s.root === root) return;
    track(root, engine);
  };
  const startWatch = () => watchComposers(active, doc, trackNew, (el) => chatsOn || !isChat(el));
  const startGuard = () => installGuard({ adapter: active, win, sessions: () => sessions.values(), ownsEvent: (e) => host.owns(e), decide });
  let watch = startWatch();
  let guard = startGuard();
  /** The admin's added selectors (policy siteSelectors) for this site: bad ones are left out, the built-ins stay. */
  function repatch(patch: PageSettings['siteSelectors']) {
    const key = JSON.stringify(patch?.[adapter.id] ?? null);
    if (key === patchKey) return;
    patchKey = key;
    const patched = patchAdapter(adapter, patch, cssValidator(doc));
    for (const p of patched.problems) console.warn(`[thinktwice] policy ${p.path}: ${p.message}`);
    active = patched.adapter;
    watch.stop();
    guard.stop();
    watch = startWatch();
    guard = startGuard();
  }
  // The page settings (private chats, the admin's selectors) arrive on the port: open it now.
  client.open?.();
  disposers.push(() => watch.stop());
  disposers.push(() => guard.stop());
  disposers.push(
    installPointer({ doc, sessions: () => sessions.values(), onFindings: panels.pointAt, onLeave: panels.pointerLeft }),
  );
  // Escape closes a card that opened on hover while the focus stayed in the editor.
  const onEscape = (e: KeyboardEvent) => e.key === 'Escape' && !host.owns(e) && panels.escape() && e.stopPropagation();
  hooks.onOpenFindings?.(openAtCaret);
  listen(doc, 'keydown', onEscape, true);
  listen(win, 'scroll', follow, { capture: true, passive: true });
  listen(win, 'resize', follow, { passive: true });
  // The page's layout moving the composer (a banner above it, a dialog growing) moves the underlines.
  for (const el of [doc.documentElement, doc.body]) if (el) resized.observe(el);
  disposers.push(() => resized.disconnect());
  const sweep = setInterval(() => [...sessions.values()].some((s) => !s.root.isConnected) && render(), 1000);
  disposers.push(() => clearInterval(sweep));
  return {
    counts: () => ({ composers: shown().length, findings: shown().reduce((n, { s }) => n + s.visible.length, 0), partial: shown().filter(({ s }) => partial(s)).length }),
    stop,
  };
}
