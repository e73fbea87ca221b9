// The shared shape of a contenteditable engine: the engines differ only in
// what counts as a block, what is not text, and which input paths (in order)
// the editor takes a replacement through.
import type { EditorEngine, EngineId } from './types.ts';
import { readText, rangeFromSnapshot, type ReadOptions } from './text-map.ts';
import { replaceVia, type InputPath } from './input.ts';

export function contentEditableEngine(id: EngineId, selector: string, options: ReadOptions, paths: readonly InputPath[]): EditorEngine {
  return {
    id,
    selector,
    read: (root) => readText(root, options),
    rangeFor: (root, snap, start, end) => rangeFromSnapshot(root, snap, start, end),
    replace: (root, start, end, replacement) => replaceVia(root, options, start, end, replacement, paths),
  };
}
