// Underlines are not elements, so hovering and clicking them is hit-tested
// against the ranges' client rects (one check per animation frame).
import type { Finding } from '../rules/index.ts';
import type { Session } from './session.ts';
import { markRects } from './highlights.ts';
import type { Box } from './state.ts';

export interface PointerDeps {
  doc: Document;
  sessions(): Iterable<Session>;
  /** Pointer rests on findings (hover) or clicked them. */
  onFindings(session: Session, findings: Finding[], anchor: Box, how: 'hover' | 'click'): void;
  /** Pointer left the underlines. */
  onLeave(): void;
}

const HOVER_DELAY_MS = 250;

function hitTest(session: Session, x: number, y: number): { findings: Finding[]; anchor: Box } | null {
  const hits: Finding[] = [];
  let anchor: Box | undefined;
  for (const { finding, mark } of session.marks) {
    for (const r of markRects(mark)) {
      if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) {
        hits.push(finding);
        anchor ??= { left: r.left, top: r.top, width: r.width, height: r.height };
        break;
      }
    }
  }
  return anchor ? { findings: hits, anchor } : null;
}

export function installPointer(deps: PointerDeps): () => void {
  const { doc } = deps;
  let frame = 0;
  // composedPath() is empty once dispatch is over, so the session is found during the event.
  let last: { session: Session | undefined; x: number; y: number } | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hovering = false;
  // The underline the pointer rests on and has already been reported: resting longer, or
  // after the card was closed (Escape), does not open it again until the pointer leaves.
  let reported: Finding | undefined;

  const sessionOf = (e: Event): Session | undefined => {
    const path = e.composedPath();
    for (const s of deps.sessions()) if (s.marks.length && path.includes(s.root)) return s;
    return undefined;
  };
  const check = () => {
    frame = 0;
    const { session: s, x, y } = last!;
    const hit = s && hitTest(s, x, y);
    if (hit && hit.findings[0] === reported) return;
    clearTimeout(hoverTimer);
    reported = undefined;
    if (hit) {
      hoverTimer = setTimeout(() => {
        hovering = true;
        reported = hit.findings[0];
        deps.onFindings(s!, hit.findings, hit.anchor, 'hover');
      }, HOVER_DELAY_MS);
    } else if (hovering) {
      hovering = false;
      deps.onLeave();
    }
  };
  // Only the user's own pointer: a page that moved a synthetic one over its words would
  // learn from the card opening (or not) where the underlines are.
  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    last = { session: sessionOf(e), x: e.clientX, y: e.clientY };
    frame ||= requestAnimationFrame(check);
  };
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const s = sessionOf(e);
    const hit = s && hitTest(s, e.clientX, e.clientY);
    if (!hit) return;
    clearTimeout(hoverTimer);
    reported = hit.findings[0];
    deps.onFindings(s!, hit.findings, hit.anchor, 'click');
  };
  doc.addEventListener('mousemove', onMove, { capture: true, passive: true });
  doc.addEventListener('click', onClick, { capture: true, passive: true });
  return () => {
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('click', onClick, true);
  };
}
