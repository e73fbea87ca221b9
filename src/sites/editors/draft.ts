// Draft.js (X). Each block is a [data-block] element; text sits in
// [data-text] spans; an empty block holds a <br data-text> placeholder and soft
// line breaks are literal "\n" characters. Draft keeps its model in React
// state and handles paste itself (one undo step).
import type { EditorEngine } from './types.ts';
import { readText, rangeFromSnapshot, type ReadOptions } from './text-map.ts';
import { replaceByPaste } from './input.ts';

const options: ReadOptions = {
  isBlock: (el) => el.hasAttribute('data-block'),
  // Draft renders no real <br> line breaks: every <br> inside it is a placeholder.
  isPlaceholderBr: () => true,
};

export const draft: EditorEngine = {
  id: 'draft',
  selector: '.public-DraftEditor-content[contenteditable="true"]',
  read: (root) => readText(root, options),
  rangeFor: (root, snap, start, end) => rangeFromSnapshot(root, snap, start, end),
  replace: (root, start, end, replacement) => replaceByPaste(root, options, start, end, replacement),
};
