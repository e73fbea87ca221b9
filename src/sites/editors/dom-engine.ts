// The shared shape of a contenteditable engine: the engines differ only in
// what counts as a block, what is not text, and whether insertText may be
// used when the editor ignores the paste.
import type { EditorEngine, EngineId } from './types.ts';
import { readText, rangeFromSnapshot, type ReadOptions } from './text-map.ts';
import { replaceByPaste } from './input.ts';

export function contentEditableEngine(id: EngineId, selector: string, options: ReadOptions, insertTextFallback = true): EditorEngine {
  return {
    id,
    selector,
    read: (root) => readText(root, options),
    rangeFor: (root, snap, start, end) => rangeFromSnapshot(root, snap, start, end),
    replace: (root, start, end, replacement) => replaceByPaste(root, options, start, end, replacement, insertTextFallback),
  };
}
