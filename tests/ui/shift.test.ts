// Findings follow the text between typing and the next answer.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/index.ts';
import { diffEdit, shiftFindings } from '../../src/ui/shift.ts';

const finding = (text: string, word: string): Finding => {
  const start = text.indexOf(word);
  return { ruleId: 'r', category: 'client', severity: 'warn', start, end: start + word.length, text: word, message: { nl: 'x', en: 'x' } };
};
const spans = (text: string, fs: Finding[]) => fs.map((f) => text.slice(f.start, f.end));

const BASE = 'Bij Jansen Transport en Meijer Logistics';
const CASES: { name: string; after: string; kept: string[] }[] = [
  { name: 'typing at the end keeps both', after: BASE + ' vandaag', kept: ['Jansen Transport', 'Meijer Logistics'] },
  { name: 'typing at the start shifts both', after: 'Gisteren ' + BASE, kept: ['Jansen Transport', 'Meijer Logistics'] },
  { name: 'typing between keeps the first and shifts the second', after: 'Bij Jansen Transport, ook en Meijer Logistics', kept: ['Jansen Transport', 'Meijer Logistics'] },
  { name: 'editing inside a finding drops it until the next answer', after: 'Bij Janssen Transport en Meijer Logistics', kept: ['Meijer Logistics'] },
  { name: 'deleting a finding drops it', after: 'Bij  en Meijer Logistics', kept: ['Meijer Logistics'] },
  { name: 'unchanged text keeps everything', after: BASE, kept: ['Jansen Transport', 'Meijer Logistics'] },
];

describe('shiftFindings', () => {
  const base = [finding(BASE, 'Jansen Transport'), finding(BASE, 'Meijer Logistics')];
  for (const c of CASES) {
    it(c.name, () => {
      expect(spans(c.after, shiftFindings(base, diffEdit(BASE, c.after)))).toEqual(c.kept);
    });
  }

  it('moves suggestions with their finding', () => {
    const f = { ...finding(BASE, 'Meijer Logistics'), suggestion: { start: 24, end: 40, replacement: 'een klant', label: { nl: 'x', en: 'x' } } };
    const after = 'Nu: ' + BASE;
    const [moved] = shiftFindings([f], diffEdit(BASE, after));
    expect(after.slice(moved!.suggestion!.start, moved!.suggestion!.end)).toBe('Meijer Logistics');
  });
});

describe('diffEdit', () => {
  const CASES: [string, string, ReturnType<typeof diffEdit>][] = [
    ['abc', 'abc', null],
    ['abc', 'abXc', { at: 2, oldEnd: 2, delta: 1 }],
    ['abc', 'ac', { at: 1, oldEnd: 2, delta: -1 }],
    ['aaa', 'aaaa', { at: 3, oldEnd: 3, delta: 1 }],
    ['', 'x', { at: 0, oldEnd: 0, delta: 1 }],
  ];
  for (const [a, b, want] of CASES) it(`${JSON.stringify(a)} → ${JSON.stringify(b)}`, () => expect(diffEdit(a, b)).toEqual(want));
});
