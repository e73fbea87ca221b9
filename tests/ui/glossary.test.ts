// The one glossary of UI strings (src/i18n): every key in Dutch and English with
// the same placeholders, one word per idea (vocabulary.ts) in the UI and in the
// rules' own texts, no threats, and no rule id in anything an employee reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, SECTIONS, localeFiles, summary, texts } from '../../src/i18n/index.ts';
import { CATEGORY_TEXT } from '../../src/i18n/categories.ts';
import { VOCABULARY } from '../../src/i18n/vocabulary.ts';
import { BUILTIN_RULES } from '../../src/rules/registry.ts';
import { INSULT_WHY, KIND_MESSAGES } from '../../src/rules/lexicon/messages.ts';
import { CATEGORIES, LANGS, type Messages } from '../../src/rules/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ui = Object.entries(GLOSSARY) as [string, Messages][];
const categories = Object.entries(CATEGORY_TEXT).map(([k, m]) => [`category:${k}`, m] as [string, Messages]);
/** Every text a rule can put in front of an employee: descriptions, messages, why. */
const ruleTexts: [string, Messages][] = [
  ...BUILTIN_RULES.flatMap(({ meta }) => [
    [`${meta.id}.description`, meta.description] as [string, Messages],
    ...Object.entries(meta.messages).map(([id, m]) => [`${meta.id}.messages.${id}`, m] as [string, Messages]),
    ...(meta.why ? [[`${meta.id}.why`, meta.why] as [string, Messages]] : []),
  ]),
  ...Object.entries(KIND_MESSAGES).map(([k, m]) => [`insult.${k}`, m] as [string, Messages]),
  ['insult.why', INSULT_WHY],
];
const ruleIds = BUILTIN_RULES.map((r) => r.meta.id);

describe('glossary', () => {
  it('has every key in nl and en, trimmed and non-empty, with the same placeholders', () => {
    for (const [key, m] of [...ui, ...categories]) {
      for (const lang of LANGS) {
        expect(m[lang], `${key}.${lang}`).toBeTypeOf('string');
        expect(m[lang].trim(), `${key}.${lang}`).not.toBe('');
        expect(m[lang], `${key}.${lang} has outer spaces`).toBe(m[lang].trim());
      }
      expect(placeholders(m.nl), `${key}: placeholders differ`).toEqual(placeholders(m.en));
    }
    expect(Object.keys(CATEGORY_TEXT).sort()).toEqual([...CATEGORIES].sort());
  });

  it('gives each key one home', () => {
    const seen = new Map<string, string>();
    for (const [section, entries] of Object.entries(SECTIONS)) {
      for (const key of Object.keys(entries)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${section}`).toBeUndefined();
        seen.set(key, section);
      }
    }
    expect(seen.size).toBe(ui.length);
  });

  it('comes in _one/_other pairs where a count picks the form', () => {
    const keys = new Set(ui.map(([k]) => k));
    for (const k of keys) {
      if (k.endsWith('_one')) expect(keys.has(k.replace(/_one$/, '_other')), k).toBe(true);
      if (k.endsWith('_other')) expect(keys.has(k.replace(/_other$/, '_one')), k).toBe(true);
    }
  });

  it('is translated: Dutch differs from English except for names', () => {
    const same = ui.filter(([, m]) => m.nl === m.en).map(([k]) => k);
    expect(same.sort()).toEqual(['extName', 'liveIntro', 'sites']);
  });

  it('keeps one word per idea in the UI strings', () => {
    const bad: string[] = [];
    for (const term of VOCABULARY) {
      for (const [key, m] of [...ui, ...categories]) {
        for (const lang of LANGS) for (const re of term.avoid[lang] ?? []) if (re.test(m[lang])) bad.push(`${key}.${lang}: ${re} (say "${term[lang]}")`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps the rules' own texts to the same words and free of threats", () => {
    const bad: string[] = [];
    for (const term of VOCABULARY.filter((t) => t.rules)) {
      for (const [key, m] of ruleTexts) {
        for (const lang of LANGS) for (const re of term.avoid[lang] ?? []) if (re.test(m[lang])) bad.push(`${key}.${lang}: ${re}`);
      }
    }
    expect(ruleTexts.length).toBeGreaterThan(40);
    expect(bad).toEqual([]);
  });

  it('shows no rule id in any string an employee reads', () => {
    const leaks = [...ui, ...categories, ...ruleTexts].flatMap(([key, m]) =>
      LANGS.flatMap((lang) => ruleIds.filter((id) => m[lang].includes(id)).map((id) => `${key}.${lang}: ${id}`)),
    );
    expect(leaks).toEqual([]);
  });

  it('puts counts into sentences in both languages', () => {
    const nl = texts('nl');
    const en = texts('en');
    expect(summary(nl, 0, 0)).toBe('Niets gevonden in dit bericht.');
    expect(summary(en, 1, 0)).toBe('1 finding.');
    expect(summary(nl, 3, 1)).toBe('3 meldingen, 1 daarvan houdt het bericht tegen.');
    expect(summary(en, 3, 2)).toBe('3 findings, 2 of them hold the post.');
    expect(en('clause', { clause: '2.1' })).toBe('Protocol clause 2.1');
  });

  it('writes _locales for every __MSG_…__ the manifest uses', () => {
    const config = readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(2);
    const files = localeFiles();
    for (const lang of LANGS) {
      const messages = JSON.parse(files[lang]) as Record<string, { message: string }>;
      for (const key of used) expect(messages[key]?.message, `${lang} ${key}`).toBe(GLOSSARY[key as keyof typeof GLOSSARY][lang]);
    }
  });
});
