// Lexical (Facebook). Paragraphs are the root's block children, text sits in
// [data-lexical-text] spans, a LineBreakNode renders as <br>, and an empty or
// trailing line keeps an extra placeholder <br>. execCommand('insertText')
// duplicates text here (design.md), so replacements go through Lexical's paste
// command only.
import type { EditorEngine } from './types.ts';
import { isBlockTag, readText, rangeFromSnapshot, type ReadOptions } from './text-map.ts';
import { replaceByPaste } from './input.ts';

const options: ReadOptions = {
  isBlock: isBlockTag,
  // Decorator nodes (mentions, embeds) carry their own text; widgets without text are skipped.
  skip: (el) => el.getAttribute('contenteditable') === 'false' && !el.textContent,
};

export const lexical: EditorEngine = {
  id: 'lexical',
  selector: '[data-lexical-editor="true"][contenteditable="true"]',
  read: (root) => readText(root, options),
  rangeFor: (root, snap, start, end) => rangeFromSnapshot(root, snap, start, end),
  replace: (root, start, end, replacement) => replaceByPaste(root, options, start, end, replacement, false),
};
