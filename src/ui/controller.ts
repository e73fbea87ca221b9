// Ties one document together: composers found by the scanner, their text sent
// to the linter, findings painted as highlights, badge, card and submit guard.
import type { Lang } from '../rules/index.ts';
import type { LintAnswer, LintRequest } from '../platform/protocol.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { EditorEngine } from '../sites/editors/types.ts';
import { watchComposers } from '../sites/scanner.ts';
import { createPainter, type Mark } from './highlights.ts';
import { createHost } from './host.ts';
import { installGuard } from './guard.ts';
import { installPointer } from './pointer.ts';
import { diffEdit, shiftFindings } from './shift.ts';
import { blockFindings, ignoreKey, isPending, type Session } from './session.ts';
import type { Box, Label, UiActions, UiState } from './state.ts';

export interface ControllerDeps {
  adapter: SiteAdapter;
  doc: Document;
  lang: Lang;
  label: Label;
  /** Opens the channel to the linter; answers come back through the callback. */
  connect(onAnswer: (a: LintAnswer) => void): { send(r: Omit<LintRequest, 'type'>): void };
}

// One request in flight per composer: an edit while it is out is sent when the
// answer arrives. No fixed pause, so the last keystroke is checked one round trip
// (plus at most the one before it) later; edits in the same task are coalesced.
/** An answer that does not come (worker stopped mid-request) is asked for again. */
const RETRY_MS = 500;
/** A newer copy of the content script (extension update or reload) asks older copies to stand down. */
const TAKEOVER_EVENT = 'thinktwice:takeover';
// Longest a held submit waits for a pending answer (a sleeping service worker wakes and compiles first).
const SUBMIT_WAIT_MS = 3000;
const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};

/** Client rects of a composer's text (a textarea has no DOM text: its engine measures). */
const textRects = (s: Session, scratch: HTMLElement): Box[] => {
  let rects: DOMRect[];
  if (s.engine.rectsFor) rects = s.engine.rectsFor(s.root, 0, s.snapshot?.text.length ?? 0, scratch);
  else {
    // Text nodes one by one: a range over the root would also give the block elements' boxes.
    const doc = s.root.ownerDocument;
    const range = doc.createRange();
    const walk = doc.createTreeWalker(s.root, NodeFilter.SHOW_TEXT);
    rects = [];
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      range.selectNodeContents(n);
      rects.push(...range.getClientRects());
    }
  }
  return rects.filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
};
const union = (boxes: Box[]): Box => {
  const left = Math.min(...boxes.map((r) => r.left));
  const top = Math.min(...boxes.map((r) => r.top));
  const right = Math.max(...boxes.map((r) => r.left + r.width));
  const bottom = Math.max(...boxes.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
};
/** The smallest box around the text, or the composer's box when it is empty. */
const textBox = (s: Session, scratch: HTMLElement): Box => {
  const rects = textRects(s, scratch);
  return rects.length ? union(rects) : boxOf(s.root);
};

/** Only the composer's own containers (page background) under the spot: the badge may sit there. */
const freeSpot = (s: Session, spot: Box): boolean => {
  const doc = s.root.ownerDocument;
  const { left, top, width, height } = spot;
  const points = [[left + 1, top + 1], [left + width - 1, top + 1], [left + 1, top + height - 1], [left + width - 1, top + height - 1], [left + width / 2, top + height / 2]];
  return points.every(([x, y]) => {
    // Our own UI (the badge itself) is skipped: its host element is in the page.
    const el = doc.elementsFromPoint(x!, y!).find((e) => e.localName !== 'think-twice-ui');
    return !el || el.contains(s.root);
  });
};

export function startController(deps: ControllerDeps): () => void {
  const { adapter, doc, lang, label } = deps;
  const win = doc.defaultView!;
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const disposers: (() => void)[] = [];
  const listen = <K extends keyof DocumentEventMap>(target: Document | Window, type: K | string, fn: (e: any) => void, opts: AddEventListenerOptions | boolean) => {
    target.addEventListener(type, fn, opts);
    disposers.push(() => target.removeEventListener(type, fn, opts));
  };
  const sessions = new Map<number, Session>();
  let nextId = 1;
  let card: { composer: number; only?: Set<string>; anchor: Box; focus: boolean; hover: boolean } | undefined;
  let guard: { group: Session[]; release: () => void; anchor: Element } | undefined;
  let cardHovered = false;
  const client = deps.connect(onAnswer);

  const actions: UiActions = {
    openCard(id, viaKeyboard) {
      const s = sessions.get(id);
      if (!s) return;
      card = card?.composer === id && !card.only && !viaKeyboard ? undefined : { composer: id, anchor: textBox(s, host.scratch), focus: viaKeyboard, hover: false };
      render();
    },
    closeCard(returnFocus) {
      const s = card && sessions.get(card.composer);
      card = undefined;
      render();
      if (returnFocus && s) s.root.focus({ preventScroll: true });
    },
    hoverCard(inside) {
      cardHovered = inside;
      if (!inside && card?.hover) setTimeout(() => !cardHovered && card?.hover && actions.closeCard(false), 300);
    },
    async apply(id, f) {
      const s = sessions.get(id);
      if (!s) return;
      // The card may show an older copy: take the finding as it sits in the current text
      // (findings move with edits) and check the span still reads the same.
      reproject(s);
      const text = s.snapshot?.text ?? '';
      const g = s.visible.filter((v) => v.ruleId === f.ruleId && v.text === f.text && v.suggestion).sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
      const sug = g?.suggestion;
      if (!g || !sug || text.slice(g.start, g.end) !== g.text) return;
      await s.engine.replace(s.root, sug.start, sug.end, sug.replacement);
      if (card) card.focus = false;
    },
    ignore(id, f) {
      const s = sessions.get(id);
      if (!s) return;
      s.ignored.add(ignoreKey(f));
      reproject(s);
    },
    guardEdit() {
      const first = guard?.group[0];
      guard = undefined;
      render();
      first?.root.focus({ preventScroll: true });
    },
    guardPostAnyway() {
      const g = guard;
      guard = undefined;
      render();
      g?.release();
    },
  };
  const host = createHost(doc, actions, label);
  disposers.push(() => host.remove());
  const painter = createPainter(doc, host.overlay);

  function render() {
    for (const [id, s] of sessions) if (!s.root.isConnected) drop(id);
    const badges: UiState['badges'] = [];
    for (const s of sessions.values()) {
      if (!s.active) continue;
      const box = boxOf(s.root);
      if (box.width === 0 && box.height === 0) continue;
      const sev = s.visible.some((f) => f.severity === 'block') ? 'block' : s.visible.some((f) => f.severity === 'warn') ? 'warn' : s.visible.length ? 'info' : 'none';
      badges.push({ composer: s.id, count: s.visible.length, severity: sev, box, text: () => textRects(s, host.scratch), free: (spot) => freeSpot(s, spot) });
    }
    const state: UiState = { lang, badges };
    const cs = card && sessions.get(card.composer);
    if (card && cs) {
      const findings = card.only ? cs.visible.filter((f) => card!.only!.has(ignoreKey(f))) : cs.visible;
      if (card.only && !findings.length) card = undefined;
      else state.card = { composer: card.composer, findings, anchor: card.anchor, focus: card.focus };
    }
    if (guard) {
      const blocks = blockFindings(guard.group);
      // Fixed while the guard was open: nothing left to hold, the next Post goes through.
      // Anchored to the Post button and the held text together, so it covers neither.
      if (blocks.length) state.guard = { findings: blocks, anchor: union([boxOf(guard.anchor), ...guard.group.map((g) => textBox(g, host.scratch))]) };
      else guard = undefined;
    }
    host.render(state);
  }

  function drop(id: number) {
    const s = sessions.get(id)!;
    s.observer?.disconnect();
    clearTimeout(s.lintTimer);
    clearTimeout(s.retryTimer);
    sessions.delete(id);
    painter.set(id, []);
    if (card?.composer === id) card = undefined;
  }

  /** Shows the last findings on the current text; runs at most once per frame after edits. */
  function reproject(s: Session) {
    s.frame = undefined;
    const snap = s.engine.read(s.root);
    if (!/\S/.test(snap.text)) s.ignored.clear();
    const findings = s.base ? shiftFindings(s.base.findings, diffEdit(s.base.text, snap.text)) : [];
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
    if (before !== s.visible.length || card?.composer === s.id || guard) render();
  }

  function lintNow(s: Session, force: boolean | 'pack' = false) {
    clearTimeout(s.lintTimer);
    s.lintTimer = undefined;
    s.dirty = false;
    const text = s.engine.read(s.root).text;
    if (!force && text === s.sentText) return;
    const seq = ++s.seq;
    // A repeat of the same text (retry, pack change) keeps earlier answers for it valid.
    if (text !== s.sentText || force === 'pack') s.textSeq = seq;
    s.sentText = text;
    if (!/\S/.test(text)) return onAnswer({ type: 'findings', composer: s.id, seq, findings: [] });
    s.sentAt = performance.now();
    client.send({ composer: s.id, seq, text, platform: adapter.id, uiLang: lang });
    clearTimeout(s.retryTimer);
    s.retryTimer = setTimeout(() => s.seq === seq && isPending(s) && lintNow(s, true), RETRY_MS);
  }

  function onAnswer(a: LintAnswer) {
    if (a.type === 'packs-changed') {
      for (const s of sessions.values()) lintNow(s, 'pack');
      return;
    }
    if (a.type === 'disconnected') {
      // Ask again now (this reopens the port) instead of waiting for the retry.
      for (const s of sessions.values()) if (isPending(s)) lintNow(s, true);
      return;
    }
    const s = sessions.get(a.composer);
    // Stale: an answer for older text (or an older pack) while a newer request is out.
    if (!s || a.seq < (s.textSeq ?? s.seq) || a.seq > s.seq) return;
    clearTimeout(s.retryTimer);
    s.base = { text: s.sentText!, findings: a.findings };
    reproject(s);
    for (const w of s.waiters.splice(0)) w();
    if (s.dirty) lintNow(s);
  }

  function onEdit(s: Session) {
    s.frame ??= requestAnimationFrame(() => reproject(s));
    if (isPending(s) && performance.now() - (s.sentAt ?? 0) < RETRY_MS) s.dirty = true;
    else s.lintTimer ??= setTimeout(() => lintNow(s), 0);
  }

  function track(root: HTMLElement, engine: EditorEngine) {
    const s: Session = { id: nextId++, root, engine, active: false, seq: 0, visible: [], marks: [], ignored: new Set(), waiters: [] };
    sessions.set(s.id, s);
    painter.styleFor(root);
    s.observer = new MutationObserver(() => onEdit(s));
    s.observer.observe(root, { childList: true, subtree: true, characterData: true });
    // A textarea's value changes without DOM mutations.
    root.addEventListener('input', () => onEdit(s));
    root.addEventListener('focusin', () => {
      if (!s.active) {
        s.active = true;
        render();
      }
    });
    lintNow(s);
  }

  /** Fresh findings for a submit: answer now when nothing changed, else wait briefly. */
  function decide(group: Session[], release: () => void, anchor: Element): boolean {
    const stale = group.filter((s) => isPending(s) || s.engine.read(s.root).text !== s.base?.text);
    const show = () => {
      guard = { group, release, anchor };
      card = undefined;
      render();
    };
    if (!stale.length) {
      if (!blockFindings(group).length) return false;
      show();
      return true;
    }
    const answers = stale.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.waiters.push(resolve);
          lintNow(s);
          setTimeout(resolve, SUBMIT_WAIT_MS);
        }),
    );
    void Promise.all(answers).then(() => (blockFindings(group).length ? show() : release()));
    return true;
  }

  const watch = watchComposers(adapter, doc, track);
  disposers.push(() => watch.stop());
  const unguard = installGuard({ adapter, win, sessions: () => sessions.values(), ownsEvent: (e) => host.owns(e), decide });
  disposers.push(unguard);
  const unpoint = installPointer({
    doc,
    sessions: () => sessions.values(),
    onFindings(s, findings, anchor, how) {
      if (guard) return;
      card = { composer: s.id, only: new Set(findings.map(ignoreKey)), anchor, focus: false, hover: how === 'hover' };
      render();
    },
    onLeave() {
      if (card?.hover) setTimeout(() => !cardHovered && card?.hover && actions.closeCard(false), 300);
    },
  });
  disposers.push(unpoint);
  // Escape closes a card that opened on hover while the focus stayed in the editor.
  listen(
    doc,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !card || guard || host.owns(e)) return;
      e.stopPropagation();
      actions.closeCard(false);
    },
    true,
  );
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
  const stop = () => {
    for (const id of [...sessions.keys()]) drop(id);
    for (const d of disposers.splice(0)) d();
  };
  listen(doc, TAKEOVER_EVENT, stop, { once: true });
  return stop;
}
