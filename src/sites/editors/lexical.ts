// Lexical (Facebook). Paragraphs are the root's block children, text sits in
// [data-lexical-text] spans, a LineBreakNode renders as <br>, and an empty or
// trailing line keeps an extra placeholder <br>. A replacement goes in as a paste
// (Lexical's own paste command). Firefox can hand a content script's synthetic
// paste an empty DataTransfer; Lexical then changes nothing, and only then, once,
// the browser's insertText edit follows. Never more than once: a retried
// execCommand duplicates text here, as Lexical applies it after the current turn
// (design.md), which is why the engine re-reads the editor after its turn first.
import { isBlockTag, type ReadOptions } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  // Decorator nodes (mentions, embeds) carry their own text; widgets without text are skipped.
  skip: (el) => el.getAttribute('contenteditable') === 'false' && !el.textContent,
};

export const lexical = contentEditableEngine('lexical', '[data-lexical-editor="true"][contenteditable="true"]', options, ['paste', 'insertText']);
