// Site adapters are data: every selector is dated, and every adapter's hosts are
// covered by the content script's match patterns (selectors.dom.test.ts: valid CSS
// that finds each editor, in Chromium).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, adapterFor } from '../../src/sites/index.ts';
import { HOST_MATCHES } from '../../src/sites/matches.ts';

const selectorsOf = (a: (typeof SITE_ADAPTERS)[number]) => Object.values(a.selectors).flat() as string[];

describe('site adapters', () => {
  for (const a of SITE_ADAPTERS) {
    it(`${a.id}: has composers, a submit, engines`, () => {
      expect(a.selectors.composer.length).toBeGreaterThan(0);
      expect(a.selectors.submit.length + (a.submitLabels?.length ?? 0)).toBeGreaterThan(0);
      expect(a.editor.length).toBeGreaterThan(0);
    });

    it(`${a.id}: every selector carries the date it was seen`, () => {
      const source = readFileSync(new URL(`../../src/sites/${a.id === 'x' ? 'x' : a.id}.ts`, import.meta.url), 'utf8');
      for (const sel of selectorsOf(a)) {
        const quoted = `'${sel}'`;
        const at = source.indexOf(quoted);
        expect(at, sel).toBeGreaterThan(-1);
        expect(source.slice(Math.max(0, at - 20), at), sel).toMatch(/\/\* \d{4}-\d{2}(-\d{2})? \*\/\s*$/);
      }
    });

    it(`${a.id}: the content script runs on every host it serves`, () => {
      expect(a.matches.length).toBeGreaterThan(0);
      for (const h of a.matches) {
        expect(HOST_MATCHES).toContain(`https://${h}/*`);
        expect(adapterFor(h)).toBe(a);
      }
    });
  }

  it('the manifest injects on no host that no adapter serves', () => {
    const served = SITE_ADAPTERS.flatMap((a) => a.matches.map((h) => `https://${h}/*`));
    expect([...HOST_MATCHES].sort()).toEqual([...new Set(served)].sort());
  });

  it('unknown hosts get no adapter', () => {
    for (const h of ['example.com', 'linkedin.com.evil.test', 'facebook.com']) expect(adapterFor(h)).toBeUndefined();
  });
});
