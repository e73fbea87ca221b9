// A composer the adapter's selectors find but none of its engines claims (the site moved to an
// editor we do not know). Its text is read from the DOM like any contenteditable, so the user
// still gets underlines; a fix goes in as a paste, else the browser's insertText edit, and is
// kept only when the editor reads back as expected. Posts from it are not held: without knowing
// the engine we cannot be sure the text we read is the text that is sent, nor release a held
// post through the editor's own submit, so the badge and the popup say "underlines only".
import { isBlockTag } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

export const unknownEngine = contentEditableEngine('unknown', '[contenteditable="true"], [contenteditable="plaintext-only"]', { isBlock: isBlockTag }, ['paste', 'insertText']);
