// A check that breaks loses only its own findings, and the result says so; long posts are
// checked whole (up to MAX_CHARS, past which the result says where checking stopped).
import { describe, expect, it } from 'vitest';
import { compileLayers } from '../../src/rules/compile-layers.ts';
import { createLinter, MAX_CHARS } from '../../src/rules/index.ts';
import { BUILTIN_RULES } from '../../src/rules/registry.ts';
import { defineRule } from '../../src/rules/rule.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { COMPANY_PACK } from './rule-tester.ts';

const meta = (id: string) => ({ id, category: 'insult' as const, severity: 'warn' as const, description: { nl: id, en: id }, messages: { m: { nl: id, en: id } } });
const throwsOnCheck = defineRule({ meta: meta('throws-on-check'), compile: () => ({}), check: () => { throw new Error('bug'); } });
const throwsAfterReport = defineRule({
  meta: meta('throws-after-report'),
  compile: () => ({}),
  check(ctx) {
    ctx.report({ range: [0, 3], messageId: 'm' });
    throw new Error('bug');
  },
});
const throwsOnCompile = defineRule({ meta: meta('throws-on-compile'), compile: () => { throw new Error('cannot compile'); }, check: () => {} });
const badRange = defineRule({ meta: meta('bad-range'), compile: () => ({}), check: (ctx) => ctx.report({ range: [0, ctx.text.length + 5], messageId: 'm' }) });

const POST = 'Net de polis voor Jansen Transport rondgekregen, IBAN NL91ABNA0417164300.';
const layers = [{ source: 'company' as const, pack: COMPANY_PACK }];

describe('a rule that throws', () => {
  it.each([
    ['on a post', throwsOnCheck],
    ['when its pack is compiled', throwsOnCompile],
    ['by reporting a range outside the text', badRange],
  ])('%s: the other rules still report, and the result names the failed check', (_, broken) => {
    const linter = createLinter(layers, { rules: [...BUILTIN_RULES, broken] });
    const result = linter.check(POST);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['client-name', 'personal-data-iban']);
    expect(result.failed).toEqual([broken.meta.id]);
    expect(linter.lint(POST).map((f) => f.text)).toEqual(['Jansen Transport', 'NL91ABNA0417164300']);
  });

  it('what it reported before it threw is kept', () => {
    const result = createLinter(layers, { rules: [throwsAfterReport] }).check(POST);
    expect(result.findings.map((f) => f.text)).toEqual(['Net']);
    expect(result.failed).toEqual(['throws-after-report']);
  });

  it('a compile failure is listed once on the linter, with its reason', () => {
    const linter = createLinter(layers, { rules: [throwsOnCompile] });
    expect(linter.broken).toEqual([{ ruleId: 'throws-on-compile', message: 'cannot compile' }]);
    expect(linter.check('hallo').failed).toEqual(['throws-on-compile']);
  });

  it('nothing failed: an empty list', () => {
    expect(createLinter(layers).check(POST).failed).toEqual([]);
  });
});

describe('long posts', () => {
  // A client, an IBAN and an insult past 100,000 characters used to be silently unchecked.
  const filler = 'Een gewone zin over het weer en de koffie. '.repeat(2_800);
  const tail = 'Bij Jansen Transport, IBAN NL91ABNA0417164300, wat een idioot.';
  it('are checked to the end (whole posts up to a million characters)', () => {
    const post = filler + tail;
    expect(post.indexOf('Jansen')).toBeGreaterThan(120_000);
    const result = createLinter(layers).check(post);
    const of = (category: string) => result.findings.filter((f) => f.category === category).map((f) => f.text);
    expect([of('client'), of('personal-data'), of('insult')]).toEqual([['Jansen Transport'], ['NL91ABNA0417164300'], ['idioot']]);
    expect(result.checked).toBe(post.length);
  });

  it('past MAX_CHARS the result says where checking stopped, without splitting a character', () => {
    const post = `${'a'.repeat(MAX_CHARS - 1)}🚛 ${tail}`;
    const result = createLinter(layers).check(post);
    expect(result.checked).toBe(MAX_CHARS - 1);
    expect(result.findings).toEqual([]);
  });
});

describe('compileLayers', () => {
  const company = { source: 'company' as const, pack: COMPANY_PACK, locked: true };
  const brokenUser = (pack: Partial<Pack>) => ({ source: 'user' as const, pack: { id: 'user', name: 'Mine', version: '1', ...pack } as Pack });

  it('leaves out a user layer whose rule does not compile, never the company pack', () => {
    const user = brokenUser({ rules: [{ id: 'mine', kind: 'pattern', category: 'client', severity: 'block', message: { nl: 'x', en: 'x' }, pattern: '(a)\\1' }] });
    const { linter, dropped } = compileLayers([{ ...company, locked: false }, user]);
    expect(dropped).toEqual([{ packId: 'user', reason: 'mine: error parsing regexp: invalid escape sequence: `\\1`' }]);
    expect(linter.broken).toEqual([]);
    expect(linter.lint(POST).map((f) => f.text)).toEqual(['Jansen Transport', 'NL91ABNA0417164300']);
  });

  it('keeps a user layer that compiles', () => {
    const { linter, dropped } = compileLayers([company, brokenUser({ clients: ['Bakkerij Smit'] })]);
    expect(dropped).toEqual([]);
    expect(linter.lint('Bij Bakkerij Smit.').map((f) => f.text)).toEqual(['Bakkerij Smit']);
  });
});
