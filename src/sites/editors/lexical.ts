// Lexical (Facebook). Paragraphs are the root's block children, text sits in
// [data-lexical-text] spans, a LineBreakNode renders as <br>, and an empty or
// trailing line keeps an extra placeholder <br>. execCommand('insertText')
// duplicates text here (design.md), so replacements go through Lexical's paste
// command only.
import { isBlockTag, type ReadOptions } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  // Decorator nodes (mentions, embeds) carry their own text; widgets without text are skipped.
  skip: (el) => el.getAttribute('contenteditable') === 'false' && !el.textContent,
};

export const lexical = contentEditableEngine('lexical', '[data-lexical-editor="true"][contenteditable="true"]', options, false);
