// The bench's synthetic workload: company names and posts must be reproducible, realistic in
// shape, and exactly as large as the table says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeClientNames, prng } from '../../bench/names.ts';
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
