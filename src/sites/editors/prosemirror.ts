// ProseMirror / TipTap (LinkedIn comments). Blocks are block elements; a hard
// break is <br>; ProseMirror adds its own trailing <br class="ProseMirror-trailingBreak">
// and separator images that are not text.
import { isBlockTag, isLastInBlock, type ReadOptions } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  skip: (el) => el.classList.contains('ProseMirror-separator') || el.classList.contains('ProseMirror-widget'),
  isPlaceholderBr: (br, block) => br.classList.contains('ProseMirror-trailingBreak') || isLastInBlock(br, block),
};

export const prosemirror = contentEditableEngine('prosemirror', '.ProseMirror[contenteditable="true"]', options, ['paste', 'insertText']);
