// Where the user is writing: the caret's offset in a composer's text, the box of
// the caret's line (panels keep it in view), and the finding at or nearest the
// caret (what the keyboard shortcut opens).
import type { TextSnapshot } from '../sites/editors/types.ts';
import type { Box } from './state.ts';

/** The selection of the tree `root` lives in (Chrome's ShadowRoot.getSelection for editors in shadow roots). */
function selectionFor(root: HTMLElement): Selection | null {
  const tree = root.getRootNode() as (Document | ShadowRoot) & { getSelection?: () => Selection | null };
  return tree.getSelection?.() ?? root.ownerDocument.getSelection();
}

/** The caret's offset in the composer's text, or undefined when the caret is not in it. */
export function caretOffset(root: HTMLElement, snapshot: TextSnapshot): number | undefined {
  if (root instanceof HTMLTextAreaElement) return root.ownerDocument.activeElement === root ? (root.selectionEnd ?? undefined) : undefined;
  const sel = selectionFor(root);
  const node = sel?.focusNode;
  if (!sel || !node || !root.contains(node)) return undefined;
  for (const seg of snapshot.segments) if (seg.node === node) return seg.start + sel.focusOffset;
  // The caret sits between elements (an empty line, after an image): the first text after it.
  const caret = root.ownerDocument.createRange();
  caret.setStart(node, sel.focusOffset);
  for (const seg of snapshot.segments) if (seg.node && caret.comparePoint(seg.node, 0) >= 0) return seg.start;
  return snapshot.text.length;
}

/** The caret's line across the composer's width, in viewport coordinates. */
export function caretLine(root: HTMLElement): Box | undefined {
  const composer = root.getBoundingClientRect();
  if (root instanceof HTMLTextAreaElement) return undefined;
  const sel = selectionFor(root);
  if (!sel?.rangeCount || !sel.focusNode || !root.contains(sel.focusNode)) return undefined;
  const range = sel.getRangeAt(0).cloneRange();
  range.collapse(false);
  // A collapsed range at a line start can have no rects; its container's first rect stands in.
  const r = range.getClientRects()[0] ?? (sel.focusNode instanceof Element ? sel.focusNode.getClientRects()[0] : undefined);
  if (!r) return undefined;
  return { left: composer.left, top: r.top, width: composer.width, height: Math.max(r.height, 1) };
}

/** The finding the caret is in (or touches), else the nearest one; ties go to the one after the caret. */
export function findingAt<F extends { start: number; end: number }>(findings: readonly F[], offset: number): F | undefined {
  let best: F | undefined;
  let bestDistance = Infinity;
  for (const f of findings) {
    const distance = offset < f.start ? f.start - offset : offset > f.end ? offset - f.end : 0;
    if (distance < bestDistance || (distance === bestDistance && best && f.start > best.start && offset < f.start)) {
      best = f;
      bestDistance = distance;
    }
  }
  return best;
}
