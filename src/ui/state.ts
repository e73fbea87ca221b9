// What the UI shows; the controller owns it and re-renders on change.
import type { Finding, Lang } from '../rules/index.ts';

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
  /** A draft kept at the cool-down hold is due for another look. */
  reminder?: boolean;
}

export interface CardView {
  composer: number;
  findings: Finding[];
  anchor: Box;
  /** Opened from the keyboard: move focus into the card. */
  focus: boolean;
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
  coolDown?: CoolDownView;
}

export interface UiActions {
  openCard(composer: number, viaKeyboard: boolean): void;
  closeCard(returnFocus: boolean): void;
  /** The pointer is over the card: keep it open. */
  hoverCard(inside: boolean): void;
  apply(composer: number, finding: Finding): void;
  ignore(composer: number, finding: Finding): void;
  guardEdit(): void;
  guardPostAnyway(): void;
  /** Cool-down hold: keep the text in the composer and be reminded later. */
  coolKeep(): void;
  coolPostNow(): void;
}

/** UI labels from _locales, resolved by the platform layer. */
export type Label = (key: string, ...subs: string[]) => string;
