// Fuzzing packs and posts with a fixed seed, bounded in time. A pack is data from outside
// (an admin's file, a server, a user's own pack): whatever it holds, loading it must give a
// verdict and never throw, a pack it accepts must compile with every check working, and
// the linter built from it must give findings inside the post, sorted, the same twice,
// with no check failing. Packs are a valid pack with random mutations: hostile keys,
// wrong types, degenerate and disguised names, slow or broken patterns, broken JSON.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { loadPack } from '../../src/rules/pack-load.ts';
import { CATEGORIES } from '../../src/rules/types.ts';
import { COMPANY_PACK } from './rule-tester.ts';

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '', ' ', 'de', 'a', 'I', '\u200b\u200b', 'Jansen Transport', 'BP', 'Ｎｏｏｒｄｓｔｅｒ', '𝐁𝐥𝐮𝐞𝐟𝐢𝐧', 'Kaboom Logistics', 'Bakkerij Smit',
  '🚛 Transport', 'İstanbul Kargo', 'Straße', '\ud800', 'x'.repeat(300), '@acme', '#werkgever', 'views are my own', 'today',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'info', 'block', 'off', 'warn', 'client', 'client-name',
];
const DISTINCTIVE = ['Kaboom Logistics', 'Bakkerij Smit', '𝐁𝐥𝐮𝐞𝐟𝐢𝐧 Capital', 'İstanbul Kargo', 'Straße Bau', 'BP', '🚛 Transport Noord'];
const PATTERNS = ['\\bPOL-\\d{6}\\b', '(a)\\1', 'foo(?=bar)', '[a-z', '.{1000}a', 'x?', '\\b', '(?:polis|premie).{0,40}jansen', '€\\s?\\d+', '^', '[\\s\\S]{200}x', '(?:.{90}){1,11}q'];
const PHRASES = ['namens {org}', '{client} ~3 (getekend|signed)', '(de|het)?', '_ ~3 _', 'namens ~20 {org}', '(niet', '{orgg}', 'on behalf of {org}'];
const KEYS = ['id', 'name', 'version', 'languages', 'organization', 'clients', 'confidential', 'disclaimers', 'severity', 'overrides', 'clauses', 'rules', 'internalDomains', '__proto__', 'constructor', 'prototype', 'extra'];
const KINDS = ['terms', 'pattern', 'cooccurrence', 'requirement', 'phrase', 'regex'];

function generator(rnd: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const str = () => pick(STRINGS);
  const list = (make: () => unknown = str) => Array.from({ length: Math.floor(rnd() * 4) }, make);
  const value = (depth = 0): unknown => {
    const r = rnd();
    if (r < 0.35) return str();
    if (r < 0.45) return pick([0, -1, 1e308, true, false, null]);
    if (r < 0.7 && depth < 3) return list(() => value(depth + 1));
    if (depth < 3) return Object.fromEntries(list(() => [pick([...KEYS, ...CATEGORIES, 'nl', 'en']), value(depth + 1)]) as [string, unknown][]);
    return str();
  };
  const rule = (): Record<string, unknown> => {
    const kind = pick(KINDS);
    const r: Record<string, unknown> = {
      id: rnd() < 0.8 ? `r-${Math.floor(rnd() * 5)}` : str(),
      kind,
      category: rnd() < 0.9 ? pick(CATEGORIES) : str(),
      severity: pick(['info', 'warn', 'block', 'off']),
      message: rnd() < 0.9 ? { nl: 'Niet doen.', en: "Don't." } : value(),
    };
    if (rnd() < 0.6) r.terms = list();
    if (kind === 'pattern' || kind === 'requirement' || rnd() < 0.1) r.pattern = pick(PATTERNS);
    if (kind === 'cooccurrence' || rnd() < 0.1) (r.near = list()), (r.termsFrom = pick(['clients', 'confidential', 'organization', 'staff']));
    if (kind === 'requirement' || rnd() < 0.1) r.require = list();
    if (kind === 'phrase' || rnd() < 0.1) (r.phrases = list(() => pick(PHRASES))), rnd() < 0.3 && (r.unless = list(() => pick(PHRASES)));
    if (rnd() < 0.2) r.window = pick([0, 1, 8, 50, 51, 2.5]);
    if (rnd() < 0.1) r[pick(KEYS)] = value();
    return r;
  };
  /** The JSON text of a mutated pack; now and then the text itself is broken. */
  return (): string => {
    const pack = JSON.parse(JSON.stringify(COMPANY_PACK)) as Record<string, unknown>;
    // A third of the packs get only changes a careful admin makes: they are mostly accepted, so
    // the linter half of the test runs on many different packs.
    if (rnd() < 0.35) {
      pack.clients = [...(pack.clients as string[]), ...list(() => pick(DISTINCTIVE))];
      pack.rules = [{ id: 'r-0', kind: 'pattern', category: 'confidential', severity: 'warn', message: { nl: 'Niet doen.', en: "Don't." }, pattern: pick(PATTERNS.slice(0, 1)) }];
      if (rnd() < 0.5) pack.overrides = { 'client-name': pick(['info', 'warn', 'block', 'off']) };
      return JSON.stringify(pack);
    }
    for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) {
      const r = rnd();
      if (r < 0.3) pack.rules = Array.from({ length: 1 + Math.floor(rnd() * 3) }, rule);
      else if (r < 0.5) {
        const key = pick(['clients', 'confidential']);
        const entry = rnd() < 0.7 ? str() : { name: str(), aliases: list(), severity: pick(['info', 'warn', 'block', 'off', 'fatal']) };
        pack[key] = [...(Array.isArray(pack[key]) ? pack[key] : []), entry];
      }
      else if (r < 0.65) pack[pick(['severity', 'overrides', 'clauses'])] = { [pick([...CATEGORIES, 'client-name', 'r-1', '__proto__', 'constructor'])]: pick(['info', 'off', 'block', '2.1', 7]) };
      else if (r < 0.85) pack[pick(KEYS)] = value();
      else delete pack[pick(KEYS)];
    }
    // JSON.stringify writes an own "__proto__" key only when it is an own property.
    let text = JSON.stringify(pack).replace('"extra":', rnd() < 0.5 ? '"__proto__":' : '"constructor":');
    const r = rnd();
    if (r < 0.05) text = text.slice(0, Math.floor(rnd() * text.length));
    else if (r < 0.08) text = `{"id": "x", "name": "X", "version": "1", "clients": ${'['.repeat(100 + Math.floor(rnd() * 200))}]}`;
    return text;
  };
}

function post(rnd: () => number): string {
  const pieces = ['Jansen Transport', '𝐉𝐚𝐧𝐬𝐞𝐧', 'Project Noordster', 'Kaboom Logistics', 'Bakkerij Smit', 'POL-123456', 'NL91ABNA0417164300', 'idioot', 'polis', 'de', ' ', '\n', '\ufe0f', '🚛', '\ud800', '#ad', '@acme', 'namens Van Dijk & Partners', '€ 1.250'];
  let out = '';
  for (let n = Math.floor(rnd() * 30); n > 0; n--) out += `${pieces[Math.floor(rnd() * pieces.length)]}${rnd() < 0.7 ? ' ' : ''}`;
  return out;
}

describe('fuzzed packs and posts (seeded)', () => {
  it('every pack gets a verdict; accepted ones compile and lint well-formed, deterministic findings', { timeout: 120_000 }, () => {
    const rnd = random(20261207);
    const nextPack = generator(rnd);
    // Bounded in time: at most MAX packs, and no new pack after BUDGET_MS.
    const MAX = 200;
    const BUDGET_MS = 30_000;
    const start = Date.now();
    let accepted = 0;
    let refused = 0;
    let findings = 0;
    while (accepted + refused < MAX && Date.now() - start < BUDGET_MS) {
      const source = nextPack();
      const res = loadPack(source);
      if (!res.ok) {
        refused++;
        expect(res.issues.length, source).toBeGreaterThan(0);
        for (const i of res.issues) {
          expect(i.path, source).toMatch(/^\$/);
          expect(i.message.length, source).toBeGreaterThan(0);
        }
        continue;
      }
      accepted++;
      const linter = createLinter([{ source: 'company', pack: res.pack }]);
      expect(linter.broken, source).toEqual([]);
      for (let k = 0; k < 5; k++) {
        const text = post(rnd);
        const result = linter.check(text);
        expect(result.failed, `${source}\n${text}`).toEqual([]);
        expect(result.checked).toBe(text.length);
        let last = 0;
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(['info', 'warn', 'block']).toContain(f.severity);
          last = f.start;
        }
        expect(linter.check(text)).toEqual(result);
        findings += result.findings.length;
      }
    }
    // The generator must reach both sides, and enough packs must run to mean something.
    expect(accepted + refused).toBeGreaterThanOrEqual(100);
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
    expect(findings).toBeGreaterThan(100);
  });
});
