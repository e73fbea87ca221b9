// Applying a replacement the way a user would: select the span, then hand the
// new text to the editor as a paste, so the editor updates its own model and
// records one undo step. Editors that ignore the paste get insertText.
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

/** Select, paste, and fall back to insertText when the paste was not taken. */
export async function replaceByPaste(
  root: HTMLElement,
  options: ReadOptions,
  start: number,
  end: number,
  replacement: string,
  fallback = true,
): Promise<boolean> {
  if (!(await selectText(root, options, start, end))) return false;
  if (pasteText(root, replacement)) return true;
  return fallback && insertText(root, replacement);
}
