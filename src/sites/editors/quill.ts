// Quill 2 (LinkedIn posts). Each line is a block element under .ql-editor;
// an empty line is <p><br></p>. Quill inserts a cursor blot (.ql-cursor, a
// zero-width character) and list markers (.ql-ui) that are not part of the text.
import type { EditorEngine } from './types.ts';
import { isBlockTag, readText, rangeFromSnapshot, type ReadOptions } from './text-map.ts';
import { replaceByPaste } from './input.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-ui'),
};

export const quill: EditorEngine = {
  id: 'quill',
  selector: '.ql-editor[contenteditable="true"]',
  read: (root) => readText(root, options),
  rangeFor: (root, snap, start, end) => rangeFromSnapshot(root, snap, start, end),
  replace: (root, start, end, replacement) => replaceByPaste(root, options, start, end, replacement),
};
