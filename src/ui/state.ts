// What the UI shows; the controller owns it and re-renders on change.
import type { Finding, Lang, Platform } from '../rules/index.ts';
import type { Scheme } from './theme.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface BadgeView {
  composer: number;
  count: number;
  severity: Finding['severity'] | 'none';
  /** The composer's box in viewport coordinates. */
  box: Box;
  /** Client rects of the composer's text, asked only when the badge must sit inside the box. */
  text: () => Box[];
  /** No page content (other than the composer's own containers) under this viewport box. */
  free: (spot: Box) => boolean;
  /** Checking is switched off on this site (by the user or the organisation): no count, never ✓. */
  off?: 'user' | 'org';
  /** Its card is open (aria-expanded). */
  expanded: boolean;
  /** A draft kept at the cool-down hold is due for another look. */
  reminder?: boolean;
  /** No submit control was found for this composer: underlines only, posts are not held here. */
  partial?: boolean;
}

/** What the page settings allow in the card and the hold (PageSettings, from the background). */
export interface CardOptions {
  /** "Always allow": the user's own exceptions are allowed (no locked company pack). */
  canAllow: boolean;
  /** Where "Report a false alarm" prepares an e-mail; without it the report is copied. */
  email?: string;
  /** "Post anyway" asks for an optional reason (kept only on this device). */
  askReason: boolean;
  site: Platform;
}

export interface CardView {
  composer: number;
  findings: Finding[];
  anchor: Box;
  /** Opened from the keyboard: move focus into the card. */
  focus: boolean;
  /** The finding (index in `findings`) whose first action gets the focus. */
  start?: number;
  /** Boxes the card must not cover: the caret's line, the site's Post button. */
  avoid: Box[];
  /** Checking is off on this site: the card says so instead of listing findings. */
  off?: 'user' | 'org';
  /** The last check of this post was incomplete: checks that failed, or where checking stopped. */
  incomplete?: Incomplete;
}

export interface Incomplete {
  failed?: string[];
  checkedTo?: number;
}

export interface GuardView {
  findings: Finding[];
  anchor: Box;
}

/** The cool-down hold ("Think twice?") before a post that reads as written in anger. */
export interface CoolDownView {
  anchor: Box;
  /** When the author would look again ("in an hour"), and the reminder comes. */
  minutes: number;
  /** "wait" mode: "Post now" is offered from this time (epoch ms). */
  postableAt?: number;
}

export interface UiState {
  lang: Lang;
  badges: BadgeView[];
  card?: CardView;
  guard?: GuardView;
  options: CardOptions;
  /** The composer's colour scheme; unset: the system's (prefers-color-scheme). */
  theme?: Scheme;
  coolDown?: CoolDownView;
}

export interface UiActions {
  openCard(composer: number, viaKeyboard: boolean): void;
  closeCard(returnFocus: boolean): void;
  /** The pointer is over the card: keep it open. */
  hoverCard(inside: boolean): void;
  apply(composer: number, finding: Finding): void;
  /** Only warnings and notes: a blocking finding is let through at the hold, deliberately. */
  ignore(composer: number, finding: Finding): void;
  /** "Always allow": the user's own exception for these words and this check. */
  allow(composer: number, finding: Finding): void;
  /** "Report a false alarm" without an e-mail address: copies the report. */
  copyReport(finding: Finding): Promise<boolean>;
  /** The off-here card's "Open Settings". */
  openSettings(): void;
  guardEdit(): void;
  /** `reason`: what the user typed when the organisation asks why (kept on this device only). */
  guardPostAnyway(reason?: string): void;
  /** Cool-down hold: keep the text in the composer and be reminded later. */
  coolKeep(): void;
  coolPostNow(): void;
}

/** UI labels from _locales, resolved by the platform layer. */
export type Label = (key: string, ...subs: string[]) => string;
