// Incremental = full: a composer's session re-checks only the region around an edit, and must
// give exactly what a check of the whole post gives. Random edit sequences (typing, deleting,
// pasting and cutting paragraphs, joining and splitting lines) over posts built from the
// labelled corpora, each with its own pack, compared after every edit. Seeded: a failure
// names its seed and step, and reruns the same.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonPrefix, commonSuffix } from '../../src/rules/incremental.ts';
import { createLinter, type LintContext, type Pack, type Platform } from '../../src/rules/index.ts';
import { BUILTIN_RULES } from '../../src/rules/registry.ts';
import { defineRule } from '../../src/rules/rule.ts';
import { CORPUS_DIR, DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } from '../corpus/paths.ts';

interface Corpus {
  name: string;
  pack: Pack;
  texts: string[];
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const readTexts = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text);

const SECTORS = ['accountancy', 'advocatuur', 'bouw', 'gemeente', 'hotel', 'prose', 'retail', 'software', 'zorg'];
const CORPORA: Corpus[] = [
  { name: 'dev', pack: readJson(EXAMPLE_PACK_PATH), texts: readTexts(DEV_CORPUS_PATH) },
  ...SECTORS.map((s) => ({ name: s, pack: readJson(path.join(CORPUS_DIR, s, 'pack.json')), texts: readTexts(path.join(CORPUS_DIR, s, 'dev.jsonl')) })),
];

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPED = 'aeinorst lkdmu,.!?\n0123456789@#ABCJKPTVW-:/'.split('');
const SEPARATORS = ['\n\n', '\n', ' ', '. '];

/** One edit: what it did (for the failure message) and the new text. */
type Edit = (text: string) => [string, string];

function edits(rnd: () => number, texts: readonly string[]): Edit[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const at = (text: string) => Math.floor(rnd() * (text.length + 1));
  return [
    // Typing and deleting single characters weigh most: that is what a keystroke is.
    (t) => {
      const i = at(t);
      const c = pick(TYPED);
      return [`type ${JSON.stringify(c)} at ${i}`, t.slice(0, i) + c + t.slice(i)];
    },
    (t) => {
      const i = at(t);
      const c = pick(TYPED);
      return [`type ${JSON.stringify(c)} at ${i}`, t.slice(0, i) + c + t.slice(i)];
    },
    (t) => {
      const i = Math.max(1, at(t));
      return [`backspace at ${i}`, t.slice(0, i - 1) + t.slice(i)];
    },
    (t) => {
      const i = at(t);
      const n = 1 + Math.floor(rnd() * 60);
      return [`delete ${n} at ${i}`, t.slice(0, i) + t.slice(i + n)];
    },
    (t) => {
      const i = at(t);
      const p = pick(SEPARATORS) + pick(texts) + pick(SEPARATORS);
      return [`paste ${p.length} chars at ${i}`, t.slice(0, i) + p + t.slice(i)];
    },
    (t) => {
      // A word or a name from another post typed in the middle of this one.
      const words = pick(texts).split(/\s+/);
      const k = Math.floor(rnd() * words.length);
      const w = ` ${words.slice(k, k + 1 + Math.floor(rnd() * 3)).join(' ')} `;
      const i = at(t);
      return [`insert ${JSON.stringify(w)} at ${i}`, t.slice(0, i) + w + t.slice(i)];
    },
    (t) => {
      // Join two paragraphs, or split one.
      const i = t.indexOf('\n', at(t));
      if (i < 0) return ['split at 0', `\n${t}`];
      return rnd() < 0.5 ? [`join at ${i}`, t.slice(0, i) + t.slice(i + 1).replace(/^\n/, '')] : [`split at ${i}`, `${t.slice(0, i)}\n\n${t.slice(i)}`];
    },
  ];
}

/** A post of several corpus posts in one, up to about `chars` characters. */
function post(rnd: () => number, texts: readonly string[], chars: number): string {
  let out = '';
  while (out.length < chars) out += (out ? SEPARATORS[Math.floor(rnd() * 2)]! : '') + texts[Math.floor(rnd() * texts.length)]!;
  return out;
}

const PLATFORMS: Platform[] = ['linkedin', 'x', 'facebook'];
const STEPS = 100;
const SEQUENCES = 3;

describe('incremental linting equals a full lint', () => {
  it.each(CORPORA.map((c) => [c.name, c] as const))('%s corpus: random edit sequences', (_name, corpus) => {
    const linter = createLinter([{ source: 'company', pack: corpus.pack }]);
    for (let seq = 0; seq < SEQUENCES; seq++) {
      const seed = 1000 * (CORPORA.indexOf(corpus) + 1) + seq;
      const rnd = random(seed);
      const ops = edits(rnd, corpus.texts);
      // One sequence in steps of 300 characters: a whole post checked window by window.
      const session = linter.session(seq === 2 ? { chunk: 300 } : {});
      const context: LintContext = { platform: PLATFORMS[seq % 3], uiLang: seq % 2 ? 'en' : 'nl' };
      let text = post(rnd, corpus.texts, 300 + Math.floor(rnd() * 3000));
      let what = 'start';
      // The session keeps its findings and moves them in place after an edit: a result it handed
      // out earlier must not change with them.
      let previous: { result: unknown; copy: unknown } | undefined;
      // Undo and redo give back texts checked a moment ago: the session reuses its passes over
      // recent windows by their text, and a reused pass must give what the rules give.
      const undone: string[] = [];
      const done: string[] = [];
      for (let step = 0; step <= STEPS; step++) {
        const full = linter.check(text, context);
        const incremental = session.check(text, context);
        expect(incremental, `seed ${seed}, step ${step} (${what}), text:\n${JSON.stringify(text)}`).toEqual(full);
        if (previous) expect(previous.result, `seed ${seed}, step ${step}: the previous result changed`).toEqual(previous.copy);
        previous = { result: incremental, copy: structuredClone(incremental) };
        const r = rnd();
        if (r < 0.15 && undone.length > 0) {
          done.push(text);
          [what, text] = ['undo', undone.pop()!];
        } else if (r < 0.2 && done.length > 0) {
          undone.push(text);
          [what, text] = ['redo', done.pop()!];
        } else {
          undone.push(text);
          done.length = 0;
          [what, text] = ops[Math.floor(rnd() * ops.length)]!(text);
        }
      }
    }
  });

  it('a session checked in steps gives the same findings, and abandoning the steps leaves it as it was', () => {
    const linter = createLinter([{ source: 'company', pack: CORPORA[0]!.pack }]);
    const session = linter.session({ chunk: 500 });
    const text = CORPORA[0]!.texts.join('\n\n').slice(0, 6000);
    const it = session.steps(text, { platform: 'facebook' });
    let steps = 0;
    let r = it.next();
    for (; !r.done; r = it.next()) steps++;
    // Twelve windows of 500 characters, then the post-level rules.
    expect(steps).toBeGreaterThanOrEqual(12);
    expect(r.value).toEqual(linter.check(text, { platform: 'facebook' }));
    const edited = `${text.slice(0, 3000)}Jansen Transport ${text.slice(3000)}`;
    const abandoned = session.steps(`${edited} en nog wat`, { platform: 'facebook' });
    abandoned.next();
    abandoned.next();
    expect(session.lint(edited, { platform: 'facebook' })).toEqual(linter.lint(edited, { platform: 'facebook' }));
  });

  it('the findings of a session do not change when the same post is checked again or under another platform', () => {
    const linter = createLinter([{ source: 'company', pack: CORPORA[0]!.pack }]);
    const session = linter.session();
    const text = CORPORA[0]!.texts.join('\n\n').slice(0, 5000);
    expect(session.lint(text, { platform: 'x' })).toEqual(linter.lint(text, { platform: 'x' }));
    expect(session.lint(text, { platform: 'x' })).toEqual(linter.lint(text, { platform: 'x' }));
    expect(session.lint(text, { platform: 'linkedin', uiLang: 'en' })).toEqual(linter.lint(text, { platform: 'linkedin', uiLang: 'en' }));
    expect(session.lint('   ')).toEqual([]);
    expect(session.lint(text)).toEqual(linter.lint(text));
  });

  it('common prefix and suffix of two texts', () => {
    const a = 'x'.repeat(5000) + 'abc' + 'y'.repeat(300);
    const b = 'x'.repeat(5000) + 'aXc' + 'y'.repeat(300);
    expect(commonPrefix(a, b)).toBe(5001);
    expect(commonSuffix(a, b, a.length - 5001)).toBe(301);
    expect(commonPrefix('abc', 'abc')).toBe(3);
    expect(commonSuffix('abc', 'xbc', 3)).toBe(2);
    // The suffix never overlaps the prefix: "aa" → "aaa" is one "a" typed somewhere.
    expect(commonPrefix('aa', 'aaa')).toBe(2);
    expect(commonSuffix('aa', 'aaa', 0)).toBe(0);
  });
});

describe('a session reuses its passes over recent windows', () => {
  // A local rule that counts the windows it is run over, beside the built-ins.
  let runs = 0;
  const counting = defineRule({
    meta: { id: 'counting', category: 'confidential', severity: 'info', description: { nl: '-', en: '-' }, messages: { m: { nl: '-', en: '-' } } },
    compile: () => ({}),
    check(ctx) {
      runs++;
      for (const m of ctx.text.matchAll(/geheim/g)) ctx.report({ range: [m.index, m.index + 6], messageId: 'm' });
    },
  });
  const linter = createLinter([{ source: 'company', pack: CORPORA[0]!.pack }], { rules: [...BUILTIN_RULES, counting] });
  const text = `${CORPORA[0]!.texts.join('\n\n').slice(0, 5000)} geheim`;
  const mid = text.indexOf(' ', 2500);

  it('a word typed and deleted again key by key: the deletions reuse the passes of the typing, and every result equals a full lint', () => {
    const session = linter.session();
    const word = ' geheim';
    const typing = [...word].map((_, k) => `${text.slice(0, mid)}${word.slice(0, k + 1)}${text.slice(mid)}`);
    const backspacing = [...typing].reverse().slice(1).concat(text);
    const full = new Map([text, ...typing].map((t) => [t, linter.lint(t)]));
    session.lint(text);
    for (const t of typing) expect(session.lint(t)).toEqual(full.get(t));
    const before = runs;
    for (const t of backspacing) expect(session.lint(t)).toEqual(full.get(t));
    expect(runs - before).toBeLessThanOrEqual(1);
    // A reused pass is copied: moving the session's findings after the next edit leaves it intact.
    const later = `x${text}`;
    expect(session.lint(later)).toEqual(linter.lint(later));
    for (const t of typing) expect(session.lint(`x${t}`)).toEqual(linter.lint(`x${t}`));
    expect(session.lint(typing[3]!)).toEqual(full.get(typing[3]!));
  });

  it('typing on runs the rules over the new window', () => {
    const session = linter.session();
    const typed = `${text.slice(0, mid)} g${text.slice(mid)}`;
    const full = linter.lint(typed);
    session.lint(text);
    const before = runs;
    expect(session.lint(typed)).toEqual(full);
    expect(runs).toBe(before + 1);
  });
});
