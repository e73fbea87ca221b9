// The linter's vocabulary. Everything here is plain data so findings can cross
// the content-script / worker / CLI boundaries as JSON.

export const CATEGORIES = ['client', 'confidential', 'insult', 'personal-data', 'disclaimer', 'spokesperson', 'heated'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A severity setting may also switch a rule or category off. */
export type SeveritySetting = Severity | 'off';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const PLATFORMS = ['linkedin', 'x', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Every user-facing string exists in both UI languages. */
export interface Messages {
  nl: string;
  en: string;
}

/** An edit the user can accept: replace text[start, end) with `replacement`. */
export interface Suggestion {
  start: number;
  end: number;
  replacement: string;
  /** Button label, e.g. "Replace with 'a client'". */
  label: Messages;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
  /** text.slice(start, end), for display and for the CLI. */
  text: string;
  message: Messages;
  /** Why this is risky to post; shown in the card under the message. */
  why?: Messages;
  suggestion?: Suggestion;
  /** The company-protocol clause this finding enforces. */
  clause?: string;
  /** Which pack the rule or term came from (built-in, a company pack id, "user"). */
  source?: string;
}

export interface LintContext {
  platform?: Platform;
  /** UI language; also the fallback when a post is too short to detect. */
  uiLang?: Lang;
}
