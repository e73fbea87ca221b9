// ProseMirror / TipTap (LinkedIn comments). Blocks are block elements; a hard
// break is <br>; ProseMirror adds its own trailing <br class="ProseMirror-trailingBreak">
// and separator images that are not text.
import type { EditorEngine } from './types.ts';
import { isBlockTag, isLastInBlock, readText, rangeFromSnapshot, type ReadOptions } from './text-map.ts';
import { replaceByPaste } from './input.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  skip: (el) => el.classList.contains('ProseMirror-separator') || el.classList.contains('ProseMirror-widget'),
  isPlaceholderBr: (br, block) => br.classList.contains('ProseMirror-trailingBreak') || isLastInBlock(br, block),
};

export const prosemirror: EditorEngine = {
  id: 'prosemirror',
  selector: '.ProseMirror[contenteditable="true"]',
  read: (root) => readText(root, options),
  rangeFor: (root, snap, start, end) => rangeFromSnapshot(root, snap, start, end),
  replace: (root, start, end, replacement) => replaceByPaste(root, options, start, end, replacement),
};
