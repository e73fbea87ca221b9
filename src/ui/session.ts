// One composer on the page as the UI sees it: its editor, the lint cycle
// (lint-session.ts) and what is shown for the current text.
import type { Finding } from '../rules/index.ts';
import type { EditorEngine, TextSnapshot } from '../sites/editors/types.ts';
import type { Mark } from './highlights.ts';
import type { LintSession } from './lint-session.ts';

export interface Session {
  id: number;
  root: HTMLElement;
  engine: EditorEngine;
  lint: LintSession;
  /** Focused at least once or holding text: gets a badge. */
  active: boolean;
  /** What is shown now (the last answer shifted to the current text, ignored ones removed). */
  visible: Finding[];
  marks: { finding: Finding; mark: Mark }[];
  snapshot?: TextSnapshot;
  ignored: Set<string>;
  observer?: MutationObserver;
  /** Stops listening for the user's input in this composer. */
  untrust?: () => void;
  frame?: number;
  /**
   * The text "Post anyway" let through and the control it was let through at: the next step
   * of a flow (another control) with exactly this text is not held again; the same control is.
   */
  released?: { text: string; at: string };
  /** No submit control found for it (underlines only); when that was last looked up. */
  partial?: boolean;
  holdCheckedAt?: number;
}

export const ignoreKey = (f: Finding): string => `${f.ruleId}\u0000${f.text}`;

export function blockFindings(sessions: readonly Session[]): Finding[] {
  return sessions.flatMap((s) => s.visible.filter((f) => f.severity === 'block'));
}

/** Walks up through shadow roots: is `node` inside `ancestor`? */
export function containsDeep(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === ancestor) return true;
  }
  return false;
}
