// The finding the keyboard shortcut opens: the one at the caret, else the nearest.
import { describe, expect, it } from 'vitest';
import { findingAt } from '../../src/ui/caret.ts';

const F = [
  { id: 'a', start: 10, end: 20 },
  { id: 'b', start: 30, end: 35 },
  { id: 'c', start: 60, end: 70 },
];

describe('findingAt', () => {
  const table: [number, string | undefined][] = [
    [15, 'a'], // inside
    [20, 'a'], // right after the last character: still that word
    [10, 'a'], // at its start
    [0, 'a'], // before everything: the first
    [24, 'a'], // nearer to a (4) than to b (6)
    [26, 'b'], // nearer to b
    [25, 'b'], // a tie: the one after the caret
    [100, 'c'], // after everything: the last
  ];
  for (const [offset, want] of table) it(`caret at ${offset} → ${want}`, () => expect(findingAt(F, offset)?.id).toBe(want));
  it('none without findings', () => expect(findingAt([], 5)).toBeUndefined());
});
