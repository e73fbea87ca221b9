// The card and the submit guard: which one is open, for which composer, and what
// their buttons do. The controller renders; this keeps the state between renders.
import type { Finding } from '../rules/index.ts';
import { textBox, union, boxOf } from './geometry.ts';
import type { CoolDown } from './cool-down.ts';
import { blockFindings, ignoreKey, type Session } from './session.ts';
import type { Box, UiActions, UiState } from './state.ts';

export interface PanelDeps {
  sessions: ReadonlyMap<number, Session>;
  /** An invisible place for measurements (textarea mirrors). */
  scratch(): HTMLElement;
  render(): void;
  /** Shows the last findings on the current text now (not at the next frame). */
  reproject(s: Session): void;
  /** What the card must not cover for this composer: the caret's line, the site's Post button. */
  avoid(s: Session): Box[];
  /** Checking is off on this site (then the card explains that instead of listing findings). */
  off(): 'user' | 'org' | undefined;
  /** The user's own exception ("always allow"), stored by the platform layer. */
  allow(entry: { ruleId: string; text: string }): void;
  copyReport(f: Finding): Promise<boolean>;
  openSettings(): void;
  /** "Post anyway" with the user's reason (only asked when the organisation wants one). */
  keepReason(reason: string, findings: Finding[]): void;
  /** The gentle hold for heated posts (cool-down.ts). */
  cool: CoolDown;
}

/** How long a card opened by hovering stays after the pointer left it. */
const HOVER_CLOSE_MS = 300;

interface OpenCard {
  composer: number;
  only?: Set<string>;
  anchor: Box;
  focus: boolean;
  hover: boolean;
  /** The finding to put the focus on (the one at the caret), by its place in the text. */
  at?: { start: number; key: string };
  /** It listed findings once: when the last is fixed it closes instead of lingering empty. */
  hadFindings: boolean;
}

export function createPanels(deps: PanelDeps) {
  const { sessions, render } = deps;
  let card: OpenCard | undefined;
  let guard: { group: Session[]; release: () => void; anchor: Element } | undefined;
  // The cool-down hold: a post that reads as written in anger, asked about once.
  let cooling: { group: Session[]; release: () => void; anchor: Element } | undefined;
  let cardHovered = false;
  const closeSoon = () => setTimeout(() => !cardHovered && card?.hover && actions.closeCard(false), HOVER_CLOSE_MS);

  const actions: UiActions = {
    openCard(id, viaKeyboard) {
      const s = sessions.get(id);
      if (!s) return;
      // The author looks at a kept draft again: its reminder is done.
      deps.cool.seen(id);
      card =
        card?.composer === id && !card.only && !viaKeyboard
          ? undefined
          : {
              composer: id,
              anchor: textBox(s, deps.scratch()),
              focus: viaKeyboard,
              hover: false,
              hadFindings: s.visible.length > 0,
            };
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
      if (!inside && card?.hover) closeSoon();
    },
    async apply(id, f) {
      const s = sessions.get(id);
      if (!s) return;
      // The card may show an older copy: take the finding as it sits in the current text
      // (findings move with edits) and check the span still reads the same.
      deps.reproject(s);
      const text = s.snapshot?.text ?? '';
      const g = s.visible
        .filter((v) => v.ruleId === f.ruleId && v.text === f.text && v.suggestion)
        .sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
      const sug = g?.suggestion;
      if (!g || !sug || text.slice(g.start, g.end) !== g.text) return;
      // The user chose this replacement: the text it makes may be checked.
      s.lint.input();
      await s.engine.replace(s.root, sug.start, sug.end, sug.replacement);
      if (card) card.focus = false;
    },
    ignore(id, f) {
      const s = sessions.get(id);
      // A blocking finding is never dismissed quietly: it is let through at the hold, on purpose.
      if (!s || f.severity === 'block') return;
      s.ignored.add(ignoreKey(f));
      deps.reproject(s);
    },
    allow(id, f) {
      const s = sessions.get(id);
      if (!s) return;
      deps.allow({ ruleId: f.ruleId, text: f.text });
    },
    copyReport: (f) => deps.copyReport(f),
    openSettings() {
      card = undefined;
      render();
      deps.openSettings();
    },
    guardEdit() {
      const first = guard?.group[0];
      guard = undefined;
      render();
      first?.root.focus({ preventScroll: true });
    },
    guardPostAnyway(reason) {
      const g = guard;
      guard = undefined;
      render();
      if (g && reason?.trim()) deps.keepReason(reason, blockFindings(g.group));
      g?.release();
    },
    coolKeep() {
      const c = cooling;
      cooling = undefined;
      for (const s of c?.group ?? []) deps.cool.keep(s.id);
      render();
      c?.group[0]?.root.focus({ preventScroll: true });
    },
    coolPostNow() {
      const c = cooling;
      if (!c || c.group.some((s) => deps.cool.postableAt(s.id) !== undefined)) return;
      cooling = undefined;
      for (const s of c.group) deps.cool.posted(s.id);
      render();
      c.release();
    },
  };

  return {
    actions,
    /** The pointer rests on (or clicked) underlines: a card for just those findings. */
    pointAt(s: Session, findings: Finding[], anchor: Box, how: 'hover' | 'click') {
      if (guard) return;
      card = {
        composer: s.id,
        only: new Set(findings.map(ignoreKey)),
        anchor,
        focus: false,
        hover: how === 'hover',
        hadFindings: true,
      };
      render();
    },
    /** The keyboard shortcut: every finding of the composer, focus on the one at the caret. */
    openAt(s: Session, at: Finding | undefined) {
      if (guard) return;
      card = {
        composer: s.id,
        anchor: textBox(s, deps.scratch()),
        focus: true,
        hover: false,
        hadFindings: s.visible.length > 0,
        ...(at ? { at: { start: at.start, key: ignoreKey(at) } } : {}),
      };
      render();
    },
    pointerLeft() {
      if (card?.hover) closeSoon();
    },
    /** The user typed in this composer again: the card is out of the way until asked for. */
    typed(id: number) {
      if (card?.composer !== id) return;
      card = undefined;
      render();
    },
    /** Escape while the focus stayed in the editor: closes a card; true when it did. */
    escape(): boolean {
      if (!card || guard) return false;
      actions.closeCard(false);
      return true;
    },
    hold(group: Session[], release: () => void, anchor: Element) {
      guard = { group, release, anchor };
      cooling = undefined;
      card = undefined;
      render();
    },
    /** "Think twice?": the post reads as written in anger (and nothing blocks it). */
    holdToCool(group: Session[], release: () => void, anchor: Element) {
      for (const s of group) deps.cool.held(s.id);
      cooling = { group, release, anchor };
      card = undefined;
      render();
    },
    /** A card or guard shows this composer's findings: re-render when they change. */
    shows: (id: number) => card?.composer === id || !!guard || !!cooling,
    /** The composer whose card is open, if any. */
    cardFor: () => card?.composer,
    forget(id: number) {
      if (card?.composer === id) card = undefined;
      if (cooling?.group.some((s) => s.id === id)) cooling = undefined;
      deps.cool.forget(id);
    },
    /** Adds the open card or guard to the state about to be rendered. */
    fill(state: UiState) {
      const cs = card && sessions.get(card.composer);
      if (card && cs) {
        const only = card.only;
        const off = deps.off();
        const findings = off ? [] : only ? cs.visible.filter((f) => only.has(ignoreKey(f))) : cs.visible;
        const incomplete = off ? undefined : cs.lint.base?.incomplete;
        if (findings.length) card.hadFindings = true;
        // Nothing left to say (all fixed): close rather than cover the text with "Nothing found".
        if (!findings.length && !incomplete && !off && (only || card.hadFindings)) card = undefined;
        else {
          const at = card.at;
          const start = at ? findings.findIndex((f) => ignoreKey(f) === at.key && f.start === at.start) : -1;
          state.card = {
            composer: card.composer,
            findings,
            anchor: card.anchor,
            focus: card.focus,
            avoid: deps.avoid(cs),
            ...(start >= 0 ? { start } : {}),
            ...(off ? { off } : {}),
            ...(incomplete ? { incomplete } : {}),
          };
        }
      }
      if (guard) {
        const blocks = blockFindings(guard.group);
        // Fixed while the guard was open: nothing left to hold, the next Post goes through.
        // Anchored to the Post button and the held text together, so it covers neither.
        if (blocks.length)
          state.guard = {
            findings: blocks,
            anchor: union([boxOf(guard.anchor), ...guard.group.map((g) => textBox(g, deps.scratch()))]),
          };
        else guard = undefined;
      }
      if (cooling && !state.guard) {
        const at = Math.max(0, ...cooling.group.map((s) => deps.cool.postableAt(s.id) ?? 0));
        // Calmed down while it was open (the note is gone): nothing to ask, the next Post goes through.
        if (cooling.group.some((s) => s.visible.some((f) => f.category === 'heated')))
          state.coolDown = {
            anchor: union([boxOf(cooling.anchor), ...cooling.group.map((g) => textBox(g, deps.scratch()))]),
            minutes: deps.cool.setting.minutes,
            ...(at ? { postableAt: at } : {}),
          };
        else cooling = undefined;
      }
    },
  };
}
