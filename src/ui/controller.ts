// Ties one document together: composers found by the scanner, their text sent to the
// linter (lint-session.ts decides when), findings painted as underlines, badge, card and
// submit guard. DOM wiring only; the state lives in lint-session.ts and panels.ts.
import type { Lang } from '../rules/index.ts';
import type { LintAnswer, LintRequest } from '../platform/protocol.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { EditorEngine } from '../sites/editors/types.ts';
import { watchComposers } from '../sites/scanner.ts';
import { createPainter, type Mark } from './highlights.ts';
import { createHost, HOST_TAG } from './host.ts';
import { installGuard } from './guard.ts';
import { installPointer } from './pointer.ts';
import { diffEdit, shiftFindings } from './shift.ts';
import { LintHub, settleAll } from './lint-session.ts';
import { createPanels } from './panels.ts';
import { boxOf, freeSpot, textRects } from './geometry.ts';
import { takeOver } from './takeover.ts';
import { blockFindings, ignoreKey, type Session } from './session.ts';
import type { Label, UiState } from './state.ts';

export interface ControllerDeps {
  adapter: SiteAdapter;
  doc: Document;
  lang: Lang;
  label: Label;
  /** Opens the channel to the linter; answers come back through the callback. */
  connect(onAnswer: (a: LintAnswer) => void): { send(r: Omit<LintRequest, 'type'>): void };
}

export interface Controller {
  /** What this document shows, for the popup: counts only, never text. */
  counts(): { composers: number; findings: number };
  stop(): void;
}

// Longest a held submit waits for a pending answer (a sleeping service worker wakes and compiles first).
const SUBMIT_WAIT_MS = 3000;

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
  const client = deps.connect((a) => hub.receive(a));
  const hub = new LintHub((composer, seq, text) => client.send({ composer, seq, text, platform: adapter.id, uiLang: lang }));
  const panels = createPanels({ sessions, scratch: () => host.scratch, render, reproject: (s) => reproject(s) });
  const host = createHost(doc, panels.actions, label);
  disposers.push(() => host.remove());
  const painter = createPainter(doc, host.overlay);

  /** Active composers with a box: each gets a badge. */
  const shown = () => [...sessions.values()].flatMap((s) => (s.active ? [{ s, box: boxOf(s.root) }] : [])).filter(({ box }) => box.width || box.height);
  function render() {
    for (const [id, s] of sessions) if (!s.root.isConnected) drop(id);
    const badges: UiState['badges'] = [];
    for (const { s, box } of shown()) {
      const sev = s.visible.some((f) => f.severity === 'block') ? 'block' : s.visible.some((f) => f.severity === 'warn') ? 'warn' : s.visible.length ? 'info' : 'none';
      badges.push({ composer: s.id, count: s.visible.length, severity: sev, box, text: () => textRects(s, host.scratch), free: (spot) => freeSpot(s, spot, HOST_TAG) });
    }
    const state: UiState = { lang, badges };
    panels.fill(state);
    host.render(state);
  }

  function drop(id: number) {
    const s = sessions.get(id)!;
    s.observer?.disconnect();
    hub.close(id);
    sessions.delete(id);
    painter.set(id, []);
    panels.forget(id);
  }

  /** Shows the last findings on the current text; runs at most once per frame after edits. */
  function reproject(s: Session) {
    s.frame = undefined;
    const snap = s.engine.read(s.root);
    if (!/\S/.test(snap.text)) s.ignored.clear();
    const base = s.lint.base;
    const findings = base ? shiftFindings(base.findings, diffEdit(base.text, snap.text)) : [];
    const before = s.visible.length;
    s.visible = findings.filter((f) => !s.ignored.has(ignoreKey(f)));
    s.snapshot = snap;
    s.marks = [];
    const marks: Mark[] = [];
    for (const f of s.visible) {
      if (f.end <= f.start) continue;
      const range = s.engine.rangeFor(s.root, snap, f.start, f.end);
      const rectsFor = s.engine.rectsFor;
      if (!range && !rectsFor) continue;
      const mark: Mark = range ? { range, severity: f.severity } : { rects: () => rectsFor!(s.root, f.start, f.end, host.scratch), severity: f.severity };
      marks.push(mark);
      s.marks.push({ finding: f, mark });
    }
    painter.set(s.id, marks);
    if (!s.active && snap.text) s.active = true;
    if (before !== s.visible.length || panels.shows(s.id)) render();
  }

  function track(root: HTMLElement, engine: EditorEngine) {
    const id = nextId++;
    const s: Session = { id, root, engine, active: false, visible: [], marks: [], ignored: new Set(), lint: hub.open(id, () => engine.read(root).text, () => reproject(s)) };
    sessions.set(id, s);
    painter.styleFor(root);
    const onEdit = () => {
      s.frame ??= requestAnimationFrame(() => reproject(s));
      s.lint.edited();
    };
    s.observer = new MutationObserver(onEdit);
    s.observer.observe(root, { childList: true, subtree: true, characterData: true });
    // A textarea's value changes without DOM mutations.
    root.addEventListener('input', onEdit);
    root.addEventListener('focusin', () => {
      if (!s.active) {
        s.active = true;
        render();
      }
    });
    s.lint.lint();
  }

  /** Fresh findings for a submit: answer now when nothing changed, else wait briefly. Returns true when held. */
  function decide(group: Session[], release: () => void, anchor: Element): boolean {
    const wait = settleAll(
      group.map((s) => s.lint),
      SUBMIT_WAIT_MS,
    );
    if (!wait) {
      if (!blockFindings(group).length) return false;
      panels.hold(group, release, anchor);
      return true;
    }
    void wait.then(() => (blockFindings(group).length ? panels.hold(group, release, anchor) : release()));
    return true;
  }

  const stop = () => {
    for (const id of [...sessions.keys()]) drop(id);
    for (const d of disposers.splice(0)) d();
  };
  const watch = watchComposers(adapter, doc, track);
  disposers.push(() => watch.stop());
  disposers.push(installGuard({ adapter, win, sessions: () => sessions.values(), ownsEvent: (e) => host.owns(e), decide }));
  disposers.push(installPointer({ doc, sessions: () => sessions.values(), onFindings: panels.pointAt, onLeave: panels.pointerLeft }));
  // Escape closes a card that opened on hover while the focus stayed in the editor.
  const onEscape = (e: KeyboardEvent) => e.key === 'Escape' && !host.owns(e) && panels.escape() && e.stopPropagation();
  listen(doc, 'keydown', onEscape, true);
  // Badges and overlay boxes follow scrolling and resizing.
  let frame = 0;
  const follow = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      painter.reposition();
      if (sessions.size) render();
    });
  };
  listen(win, 'scroll', follow, { capture: true, passive: true });
  listen(win, 'resize', follow, { passive: true });
  const sweep = setInterval(() => [...sessions.values()].some((s) => !s.root.isConnected) && render(), 1000);
  disposers.push(() => clearInterval(sweep));
  return {
    counts: () => ({ composers: shown().length, findings: shown().reduce((n, { s }) => n + s.visible.length, 0) }),
    stop,
  };
}
