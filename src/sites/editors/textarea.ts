// Plain <textarea>: the value is the text; there are no DOM text nodes to
// range over, so highlights use the overlay (see src/ui/highlights.ts).
// insertText keeps the browser's own undo stack.
import type { EditorEngine } from './types.ts';
import { textareaRects } from './textarea-rects.ts';

export const textarea: EditorEngine = {
  id: 'textarea',
  selector: 'textarea',
  read: (root) => {
    const text = (root as HTMLTextAreaElement).value;
    return { text, segments: [] };
  },
  rangeFor: () => null,
  rectsFor: (root, start, end, scratch) => textareaRects(root as HTMLTextAreaElement, start, end, scratch),
  replace: async (root, start, end, replacement) => {
    const area = root as HTMLTextAreaElement;
    area.focus({ preventScroll: true });
    area.setSelectionRange(start, end);
    if (root.ownerDocument.execCommand('insertText', false, replacement)) return true;
    area.setRangeText(replacement, start, end, 'end');
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    return true;
  },
};
