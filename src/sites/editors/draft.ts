// Draft.js (X). Each block is a [data-block] element; text sits in
// [data-text] spans; an empty block holds a <br data-text> placeholder and soft
// line breaks are literal "\n" characters. Draft keeps its model in React
// state and handles paste itself (one undo step).
import type { ReadOptions } from './text-map.ts';
import { contentEditableEngine } from './dom-engine.ts';

const options: ReadOptions = {
  isBlock: (el) => el.hasAttribute('data-block'),
  // Draft renders no real <br> line breaks: every <br> inside it is a placeholder.
  isPlaceholderBr: () => true,
};

export const draft = contentEditableEngine('draft', '.public-DraftEditor-content[contenteditable="true"]', options, ['paste', 'insertText']);
