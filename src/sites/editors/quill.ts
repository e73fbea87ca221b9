// Quill 2 (LinkedIn posts). Each line is a block element under .ql-editor;
// an empty line is <p><br></p>. Quill inserts a cursor blot (.ql-cursor, a
// zero-width character) and list markers (.ql-ui) that are not part of the text.
import { isBlockTag, type ReadOptions } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-ui'),
};

export const quill = contentEditableEngine('quill', '.ql-editor[contenteditable="true"]', options);
