// One strategy per editor engine: find its editable root, read the text with a
// map back to DOM positions, and apply a replacement through the editor itself.

/** A piece of the read text: a DOM text node, or a line break the structure implies. */
export interface Segment {
  /** Offset of this piece in the snapshot text. */
  start: number;
  /** The text node, or null for an implied "\n" (block boundary or <br>). */
  node: Text | null;
  /** For an implied "\n": the element after which the break sits. */
  after?: Node;
}

export interface TextSnapshot {
  text: string;
  segments: Segment[];
}

/** `unknown`: a composer the site's selectors find but none of its engines claims (editors/unknown.ts). */
export type EngineId = 'draft' | 'lexical' | 'quill1' | 'quill' | 'prosemirror' | 'textarea' | 'unknown';

export interface EditorEngine {
  id: EngineId;
  /** Marks the editable root of this engine (engine markers, not site classes). */
  selector: string;
  read(root: HTMLElement): TextSnapshot;
  /** A DOM Range for text[start, end), or null when the engine cannot give one (textarea). */
  rangeFor(root: HTMLElement, snapshot: TextSnapshot, start: number, end: number): Range | null;
  /** Where there is no Range (textarea): client rects of text[start, end), measured in `scratch`. */
  rectsFor?(root: HTMLElement, start: number, end: number, scratch: HTMLElement): DOMRect[];
  /** Replace text[start, end) through the editor's own input path; resolves true when the editor took it. */
  replace(root: HTMLElement, start: number, end: number, replacement: string): Promise<boolean>;
}
