// One composer on the page: its text as last linted, the findings for it and
// the requests in flight.
import type { Finding } from '../rules/index.ts';
import type { EditorEngine, TextSnapshot } from '../sites/editors/types.ts';
import type { Mark } from './highlights.ts';

export interface Session {
  id: number;
  root: HTMLElement;
  engine: EditorEngine;
  /** Focused at least once or holding text: gets a badge. */
  active: boolean;
  seq: number;
  /** First request (seq) for the text in `sentText`: answers from then on fit it. */
  textSeq?: number;
  sentText?: string;
  /** Text and findings of the last accepted answer. */
  base?: { text: string; findings: Finding[] };
  /** What is shown now (base shifted to the current text, ignored ones removed). */
  visible: Finding[];
  marks: { finding: Finding; mark: Mark }[];
  snapshot?: TextSnapshot;
  ignored: Set<string>;
  /** Resolved when the answer for the current seq arrives. */
  waiters: (() => void)[];
  observer?: MutationObserver;
  lintTimer?: ReturnType<typeof setTimeout>;
  retryTimer?: ReturnType<typeof setTimeout>;
  /** Edited while a request was out: send again when its answer arrives. */
  dirty?: boolean;
  sentAt?: number;
  frame?: number;
}

export const ignoreKey = (f: Finding): string => `${f.ruleId}\u0000${f.text}`;

export const isPending = (s: Session): boolean => s.sentText !== undefined && s.base?.text !== s.sentText;

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
