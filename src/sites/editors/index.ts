export { draft } from './draft.ts';
export { lexical } from './lexical.ts';
export { quill, quill1 } from './quill.ts';
export { prosemirror } from './prosemirror.ts';
export { textarea } from './textarea.ts';
export type { EditorEngine, EngineId, Segment, TextSnapshot } from './types.ts';
