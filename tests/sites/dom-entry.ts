// Exposed to the test page as `window.tt`.
export { draft, lexical, quill, prosemirror, textarea } from '../../src/sites/editors/index.ts';
export { readText, rangeFromSnapshot } from '../../src/sites/editors/text-map.ts';
