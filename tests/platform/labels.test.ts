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
    ['en-US', 'coolBody', ['60'], 'This reads as written in anger. Post it, or keep it as a draft and look again in an hour?'],
    ['nl-NL', 'coolBody', ['30'], 'Dit leest alsof het in boosheid is geschreven. Plaats je het, of bewaar je het als concept en kijk je er over 30 minuten nog eens naar?'],
    ['en-GB', 'coolBody', ['1'], 'This reads as written in anger. Post it, or keep it as a draft and look again in 1 minute?'],
    ['nl', 'coolKeep', [], 'Bewaren als concept'],
    ['en', 'coolPostNow', [], 'Post now'],
    ['en', 'coolWait', ['14:30'], 'Your organisation asks you to wait a while. You can post it from 14:30.'],
  ];
  for (const [lang, key, subs, want] of CASES) {
    it(`${lang} ${key} → ${want}`, async () => {
      const { label, uiLanguage } = await labelsFor(lang);
      expect(uiLanguage()).toBe(lang.startsWith('nl') ? 'nl' : 'en');
      expect(label(key, ...subs)).toBe(want);
    });
  }
});
