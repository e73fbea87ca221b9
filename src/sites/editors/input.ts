// Applying a replacement the way a user would: select the span, then hand the
// new text to the editor through the input path that editor honours (a paste, or
// the browser's insertText edit), so the editor updates its own model and records
// one undo step; then read the editor again to know the fix landed.
import { readText, type ReadOptions, rangeFromSnapshot } from './text-map.ts';

/** Resolves after the editor has seen the selection change (or after a short wait). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // Let the editor's own selectionchange handler run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

export async function selectText(root: HTMLElement, options: ReadOptions, start: number, end: number): Promise<boolean> {
  const snapshot = readText(root, options);
  const range = rangeFromSnapshot(root, snapshot, start, end);
  if (!range) return false;
  const doc = root.ownerDocument;
  const active = root.getRootNode() as Document | ShadowRoot;
  if (active.activeElement !== root && !root.contains(active.activeElement)) root.focus({ preventScroll: true });
  const settled = selectionSettled(doc);
  doc.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  await settled;
  return true;
}

/** Dispatches a synthetic paste of plain text; true when the editor handled it. */
export function pasteText(root: HTMLElement, text: string): boolean {
  const view = root.ownerDocument.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}

export function insertText(root: HTMLElement, text: string): boolean {
  return root.ownerDocument.execCommand('insertText', false, text);
}

/**
 * How an editor takes a replacement from a content script:
 * - `paste`: a synthetic paste carrying text/plain, which the editor reads and turns into one
 *   model change (Draft.js, Lexical, Quill 2, ProseMirror);
 * - `insertText`: the browser's own insertText edit on the selection, which editors that observe
 *   DOM mutations take like typing (Quill 1; the fallback of the paste editors).
 */
export type InputPath = 'paste' | 'insertText';

/** Lets the editor finish what it does after the event (Lexical commits in a microtask, Quill 1 reads mutations). */
const settle = (doc: Document) => new Promise<void>((resolve) => (doc.defaultView ?? window).setTimeout(resolve, 0));

/**
 * Replaces text[start, end) through the editor's own input, trying `paths` in order. After each
 * try the editor is read again: done only when it reads exactly the expected text. A paste that
 * removed the span but brought no text (Firefox can hand a content script's synthetic paste an
 * empty DataTransfer) leaves the caret where the replacement belongs, so the next path types it.
 */
export async function replaceVia(
  root: HTMLElement,
  options: ReadOptions,
  start: number,
  end: number,
  replacement: string,
  paths: readonly InputPath[],
): Promise<boolean> {
  const doc = root.ownerDocument;
  const before = readText(root, options).text;
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const removed = before.slice(0, start) + before.slice(end);
  for (const path of paths) {
    const now = readText(root, options).text;
    if (now === removed && now !== before) {
      // The span is gone and the caret sits at `start`: only the new text is missing.
      if (path === 'insertText' && replacement) insertText(root, replacement);
    } else {
      if (now !== before || !(await selectText(root, options, start, end))) return false;
      if (path === 'paste' && !pasteText(root, replacement)) continue;
      if (path === 'insertText') insertText(root, replacement);
    }
    await settle(doc);
    if (readText(root, options).text === expected) return true;
  }
  return false;
}
