// UI labels follow the same language as the findings, with placeholders
// filled; the Dutch and English bundles stay in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const bundle = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

async function labelsFor(uiLang: string) {
  vi.resetModules();
  (fakeBrowser.i18n as any).getUILanguage = () => uiLang;
  return import('../../src/platform/content.ts');
}

describe('labels', () => {
  const CASES: [string, string, string[], string][] = [
    ['nl-NL', 'guardPostAnyway', [], 'Toch plaatsen'],
    ['nl', 'clause', ['3.2'], 'Protocolartikel 3.2'],
    ['en-GB', 'badgeLabel', ['2'], 'Think Twice: 2 finding(s). Show details.'],
    ['de-DE', 'guardEdit', [], 'Edit'],
    ['nl-BE', 'no-such-key', [], 'no-such-key'],
  ];
  for (const [lang, key, subs, want] of CASES) {
    it(`${lang} ${key} → ${want}`, async () => {
      const { label, uiLanguage } = await labelsFor(lang);
      expect(uiLanguage()).toBe(lang.startsWith('nl') ? 'nl' : 'en');
      expect(label(key, ...subs)).toBe(want);
    });
  }

  it('en and nl have the same keys and placeholders', () => {
    const en = bundle('en');
    const nl = bundle('nl');
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect(Object.keys(nl[k]!.placeholders ?? {}), k).toEqual(Object.keys(en[k]!.placeholders ?? {}));
  });
});
