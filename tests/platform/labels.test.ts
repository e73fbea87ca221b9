// The page UI's texts follow the same language as the findings (getUILanguage,
// reduced to nl/en), from the one glossary, with values filled in.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

async function labelsFor(uiLang: string) {
  vi.resetModules();
  (fakeBrowser.i18n as any).getUILanguage = () => uiLang;
  return import('../../src/platform/content.ts');
}

describe('labels', () => {
  const CASES: [string, string, string[], string][] = [
    ['nl-NL', 'guardPostAnyway', [], 'Toch plaatsen'],
    ['nl', 'clause', ['3.2'], 'Protocolartikel 3.2'],
    ['en-GB', 'badgeLabel', ['2'], 'Think Twice: 2 findings. Opens the list of findings.'],
    ['nl-BE', 'badgeLabel', ['0'], 'Think Twice: Niets gevonden in dit bericht. Opent de lijst met meldingen.'],
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
});
