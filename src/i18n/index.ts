// The one way to write a user-facing string: a `{nl, en}` pair (the `Messages`
// shape rule texts use too), with `{name}` placeholders filled by the same
// function as rule messages. UI strings live in this folder, one file per
// surface, under the vocabulary in vocabulary.ts; rule texts live with their rule.
import { fillMessage } from '../rules/rule.ts';
import type { Lang, Messages } from '../rules/index.ts';
import { MANIFEST_TEXT } from './manifest.ts';
import { PAGE_TEXT } from './page.ts';
import { PROBLEM_TEXT } from './problems.ts';
import { SETTINGS_TEXT } from './settings.ts';
import { WELCOME_TEXT } from './welcome.ts';

/** Each surface's strings; a key may appear in one of them only (tests/ui/glossary.test.ts). */
export const SECTIONS = { MANIFEST_TEXT, PAGE_TEXT, PROBLEM_TEXT, SETTINGS_TEXT, WELCOME_TEXT } as const;
export const GLOSSARY = { ...MANIFEST_TEXT, ...PAGE_TEXT, ...PROBLEM_TEXT, ...SETTINGS_TEXT, ...WELCOME_TEXT };

export type TextKey = keyof typeof GLOSSARY;
/** Keys that come as a `_one`/`_other` pair, chosen by a count. */
export type PluralKey = TextKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;
export type Vars = Record<string, string | number>;

export interface Texts {
  readonly lang: Lang;
  (key: TextKey, vars?: Vars): string;
  plural(key: PluralKey, count: number, vars?: Vars): string;
}

const strings = (vars: Vars = {}) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));

export function pick(m: Messages, lang: Lang, vars?: Vars): string {
  return fillMessage(m, strings(vars))[lang];
}

export function texts(lang: Lang): Texts {
  const t = ((key: TextKey, vars?: Vars) => pick(GLOSSARY[key], lang, vars)) as Texts;
  t.plural = (key, count, vars) => t(`${key}_${count === 1 ? 'one' : 'other'}` as TextKey, { ...vars, count });
  Object.defineProperty(t, 'lang', { value: lang });
  return t;
}

/** "3 findings, 1 of them holds the post." — what the badge, the live region and the popup say. */
export function summary(t: Texts, count: number, holds: number): string {
  if (count === 0) return t('nothingFound');
  return `${t.plural('countFindings', count)}${holds ? `, ${t.plural('countHolds', holds)}` : ''}.`;
}

/** `_locales/<lang>/messages.json` for the manifest's `__MSG_…__` strings, written by the build. */
export function localeFiles(): Record<Lang, string> {
  const file = (lang: Lang) =>
    JSON.stringify(Object.fromEntries(Object.entries(MANIFEST_TEXT).map(([key, m]) => [key, { message: m[lang] }])), null, 2) + '\n';
  return { nl: file('nl'), en: file('en') };
}

/** Site names as the sites write them (not translated). */
export const SITE_NAMES = { linkedin: 'LinkedIn', x: 'X (Twitter)', facebook: 'Facebook' } as const;

export const formatTime = (ms: number | undefined, lang: Lang): string =>
  ms ? new Date(ms).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
