// The bench's synthetic workload: company names and posts must be reproducible, realistic in
// shape, and exactly as large as the table says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeClientNames, prng } from '../../bench/names.ts';
import { editSource, editTexts } from '../../bench/linter.ts';
import { loadCorpus, makePost } from '../../bench/posts.ts';

describe('makeClientNames', () => {
  const names = makeClientNames(20_000);

  it('is deterministic and the shorter pack is a prefix of the longer one', () => {
    expect(makeClientNames(500)).toEqual(names.slice(0, 500));
    expect(makeClientNames(50, 7)).not.toEqual(names.slice(0, 50));
  });

  it('gives distinct names, also ignoring case and the legal suffix', () => {
    const key = (s: string) => s.toLowerCase().replace(/ (b\.v\.|bv|n\.v\.|ltd|holding b\.v\.|& zn|& partners)$/, '');
    expect(new Set(names.map(key)).size).toBe(names.length);
  });

  it('avoids names it is told to avoid', () => {
    const first = makeClientNames(1)[0]!;
    expect(makeClientNames(200, undefined, [first])).not.toContain(first);
  });

  it('looks like company names: 2–7 capitalised words, Dutch and English sector words and suffixes', () => {
    for (const n of names.slice(0, 2000)) expect(n).toMatch(/^[A-Z][\w']*(?: (?:[A-Z][\w.']*|&|van|den|der|de))+$/);
    const all = names.join('\n');
    for (const w of ['Transport', 'Bakkerij', 'Logistics', 'B.V.', 'Ltd', ' & ']) expect(all).toContain(w);
  });
});

describe('prng', () => {
  it('repeats per seed and stays in [0, 1)', () => {
    const a = prng(42);
    const b = prng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});

describe('makePost', () => {
  const corpus = ['Eerste post met 😀 emoji.', 'Second post, English.', 'Derde.'];

  it.each([1, 10, 280, 3000, 63_206])('is exactly %d UTF-16 units long', (n) => {
    expect(makePost(corpus, n, ['Jansen Transport']).length).toBe(n);
  });

  it('mentions the given names and joins posts with blank lines', () => {
    const post = makePost(corpus, 3000, ['Meijer Logistics', 'Bluefin Capital']);
    expect(post).toContain('Meijer Logistics');
    expect(post).toContain('Bluefin Capital');
    expect(post).toContain('\n\nSecond post, English.');
  });

  it('never ends in half an emoji', () => {
    for (let n = 1; n < 200; n++) expect(makePost(['😀😀😀 x'], n, [])).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('loadCorpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tt-bench-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('reads the text of each case', () => {
    expect(loadCorpus(file('ok.jsonl', '{"id":"a","text":"een"}\n\n{"id":"b","text":"two"}\n'))).toEqual(['een', 'two']);
  });

  it.each([
    ['missing', null, /corpus is missing: expected .*nope\.jsonl/],
    ['not JSON', '{"text":"a"}\n{oops\n', /bad\.jsonl:2: not a corpus case/],
    ['no text', '{"id":"a"}\n', /notext\.jsonl:1: not a corpus case \(no "text" string\)/],
    ['empty', '\n', /empty\.jsonl: no posts/],
  ])('fails clearly when %s', (_what, content, err) => {
    const name = { missing: 'nope.jsonl', 'not JSON': 'bad.jsonl', 'no text': 'notext.jsonl', empty: 'empty.jsonl' }[_what as string]!;
    const p = content === null ? path.join(dir, name) : file(name, content);
    expect(() => loadCorpus(p)).toThrow(err);
  });
});

describe('editTexts', () => {
  const corpus = ['Eerste post met wat tekst erin.', 'Second post, English, a little longer than the first one.', 'Derde.'];
  const post = makePost(corpus, 3000, ['Jansen Transport']);
  const source = editSource(Array.from({ length: 40 }, (_, i) => `${corpus[i % 3]} ${i}`));

  it('edit types on: every call one character more, no text seen in the last 64 calls (the session memo must not answer it), back to the post every 65', () => {
    const next = editTexts(post, 'edit', source);
    const texts = Array.from({ length: 200 }, next);
    for (let i = 1; i < 200; i++) expect(texts.slice(Math.max(0, i - 64), i)).not.toContain(texts[i]);
    for (let i = 1; i < 200; i++) if (i % 65 !== 0) expect(texts[i]!.length).toBe(texts[i - 1]!.length + 1);
    expect(texts[65]).toBe(post);
  });

  it('undo alternates one typed character and the post; paste puts a different paragraph in each call', () => {
    const undo = editTexts(post, 'undo', source);
    expect([undo(), undo(), undo()].map((t) => t.length)).toEqual([3001, 3000, 3001]);
    const paste = editTexts(post, 'paste', source);
    const [a, b] = [paste(), paste()];
    expect(a).not.toBe(b);
    expect(a.length - post.length).toBeGreaterThan(250);
  });
});
