// Quill (LinkedIn). Each line is a block element under .ql-editor; an empty
// line is <p><br></p>. Quill inserts a cursor blot (.ql-cursor, a zero-width
// character) and list markers (.ql-ui) that are not part of the text.
// Quill 2 reads a paste's clipboardData itself. Quill 1 (LinkedIn's post composer
// in 2026, told apart by its hidden .ql-clipboard box) does not: its clipboard
// module moves the focus to .ql-clipboard and converts whatever the browser's own
// paste put there a moment later, which a synthetic paste never fills. Quill 1
// takes typing by observing the editor's DOM, so a replacement goes in as the
// browser's insertText edit: no script in the page's world, nothing the page can read.
import { isBlockTag, type ReadOptions } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-ui'),
};

export const quill1 = contentEditableEngine('quill1', '.ql-editor[contenteditable="true"]:has(~ .ql-clipboard)', options, ['insertText']);
export const quill = contentEditableEngine('quill', '.ql-editor[contenteditable="true"]', options, ['paste', 'insertText']);
