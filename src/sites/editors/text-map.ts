// Reads a contenteditable as plain text with a map back to DOM positions.
// innerText doubles newlines around <p> and textContent drops them, so the
// text is built per block: block boundaries are one "\n", a <br> is one "\n"
// unless it is the placeholder that keeps an empty or trailing line open.
import type { Segment, TextSnapshot } from './types.ts';

export interface ReadOptions {
  /** Elements that form a line of their own. */
  isBlock(el: Element): boolean;
  /** Elements whose content is not part of the text (editor UI, cursors). */
  skip?(el: Element): boolean;
  /** A <br> that only keeps a line open. Default: the last thing in its block. */
  isPlaceholderBr?(br: Element, block: Element): boolean;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH']);
export const isBlockTag = (el: Element): boolean => BLOCK_TAGS.has(el.tagName);

/** True when nothing but empty text follows `node` up to the end of `block`. */
export function isLastInBlock(node: Node, block: Element): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 ? (s as Text).data.length > 0 : s.nodeType === 1) return false;
    }
  }
  return true;
}

export function readText(root: Element, opts: ReadOptions): TextSnapshot {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lines = 0; // lines closed so far
  let lineHasContent = false;
  let needSep = false;
  const placeholder = opts.isPlaceholderBr ?? ((br: Element, block: Element) => isLastInBlock(br, block));

  const emitBreak = (after: Node) => {
    segments.push({ start: length, node: null, after });
    parts.push('\n');
    length += 1;
  };
  const flushSep = (at: Node) => {
    if (needSep) {
      emitBreak(at);
      needSep = false;
    }
  };
  const visit = (el: Element, block: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n as Text;
        if (!t.data) continue;
        flushSep(t.previousSibling ?? t.parentNode!);
        segments.push({ start: length, node: t });
        parts.push(t.data);
        length += t.data.length;
        lineHasContent = true;
      } else if (n.nodeType === 1) {
        const child = n as Element;
        if (opts.skip?.(child)) continue;
        if (child.tagName === 'BR') {
          if (placeholder(child, block)) continue;
          flushSep(child);
          emitBreak(child);
          lineHasContent = true;
        } else if (opts.isBlock(child)) {
          if (lineHasContent || lines > 0) needSep = true;
          if (lineHasContent) {
            lines++;
            lineHasContent = false;
          }
          const before = lines;
          visit(child, child);
          // A block without inner blocks is a line of its own, even when empty.
          if (lines === before || lineHasContent) {
            flushSep(child);
            lines++;
            lineHasContent = false;
          }
        } else {
          visit(child, block);
        }
      }
    }
  };
  visit(root, root);
  return { text: parts.join(''), segments };
}

/** Index of the last segment starting at or before `offset`. */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

type Point = [Node, number];

/** DOM position for a text offset; at a boundary, `forward` prefers the next piece. */
export function pointAt(snapshot: TextSnapshot, offset: number, forward: boolean): Point | null {
  const { segments } = snapshot;
  let i = segmentAt(segments, offset);
  if (i < 0) i = 0;
  const seg = segments[i];
  if (!seg) return null;
  // At the end of a text node and going backward: stay in it.
  if (!forward && seg.start === offset && i > 0) {
    const prev = segments[i - 1]!;
    if (prev.node) return [prev.node, prev.node.data.length];
  }
  if (seg.node) {
    const within = Math.min(offset - seg.start, seg.node.data.length);
    if (forward && within === seg.node.data.length && segments[i + 1]?.node && segments[i + 1]!.start === offset) {
      return [segments[i + 1]!.node!, 0];
    }
    return [seg.node, within];
  }
  // An implied line break: the position right after its element.
  const after = seg.after!;
  if (forward) {
    for (let j = i + 1; j < segments.length; j++) if (segments[j]!.node) return [segments[j]!.node!, 0];
  }
  return after.parentNode ? [after.parentNode, indexOf(after) + 1] : null;
}

function indexOf(node: Node): number {
  let i = 0;
  for (let s = node.previousSibling; s; s = s.previousSibling) i++;
  return i;
}

/** A live Range over text[start, end), or null when the map no longer fits the DOM. */
export function rangeFromSnapshot(root: Element, snapshot: TextSnapshot, start: number, end: number): Range | null {
  const a = pointAt(snapshot, start, true);
  const b = pointAt(snapshot, end, false);
  if (!a || !b) return null;
  if (!root.contains(a[0]) || !root.contains(b[0])) return null;
  try {
    const range = root.ownerDocument.createRange();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    return range;
  } catch {
    return null;
  }
}
