// Messages between the content script and the background. Plain JSON; the
// draft text only ever travels inside the browser's own messaging channel.
import type { Finding, Lang, Platform } from '../rules/index.ts';
import type { Issue } from '../rules/schema/dsl.ts';
import type { CoolDownMode } from '../rules/schema/pack.ts';
import type { SiteSelectorPatch } from '../rules/policy/model.ts';

export const LINT_PORT = 'thinktwice-lint';
export const STATUS_MESSAGE = 'thinktwice:status';

/** Content script → background: lint this draft. */
export interface LintRequest {
  type: 'lint';
  /** Which composer on the page (content-script local). */
  composer: number;
  /** Increases with every request on the port; answers to older ones are stale. */
  seq: number;
  text: string;
  platform?: Platform;
  uiLang?: Lang;
}

/** What the page UI needs to know beyond findings; sent on connect and after every pack change. */
export interface PageSettings {
  /** Sites where checking is off, and who switched it off there (the user, or the organisation's policy). */
  off: Partial<Record<Platform, 'user' | 'org'>>;
  /** The user may make exceptions ("always allow"): no locked company pack. */
  canAllow: boolean;
  /** Where false alarms go; whether "Post anyway" asks for a reason. */
  support: { email?: string; askReason: boolean };
  /** The keyboard shortcut that opens the card at the caret, as the user has it ('' when unset). */
  shortcut: string;
  /** The hold before a post that reads as written in anger (the pack's `coolDown`). */
  coolDown?: { mode: CoolDownMode; minutes: number };
  /** Private chats (Messenger, X DMs) are checked too (default false: they are not public posts). */
  privateChats: boolean;
  /** Selectors the admin adds per site (policy `siteSelectors`); the page checks each is valid CSS. */
  siteSelectors?: SiteSelectorPatch;
}

/** Background → content script. */
export type LintAnswer =
  | {
      type: 'findings';
      composer: number;
      seq: number;
      findings: Finding[];
      /** Rule ids of checks that failed on this text: their findings are missing. */
      failed?: string[];
      /** Set when only the text before this offset was checked (MAX_CHARS). */
      checkedTo?: number;
    }
  /** The effective pack changed: lint the open composers again. */
  | { type: 'packs-changed' }
  /** Not from the background: the port closed (worker stopped); requests in flight are lost. */
  | { type: 'disconnected' };

/** Everything the background sends on the port: answers for the composers' sessions, and the page settings. */
export type PortMessage = LintAnswer | { type: 'settings'; settings: PageSettings };

export interface Status {
  ready: boolean;
  packs: { id: string; name: string; version: string; source: string }[];
  error?: Issue;
  /** Rule ids of checks that failed on some post since the packs last changed. */
  failed?: string[];
}

/** The part of a runtime.Port both sides use; lets tests pass a fake. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: any) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  /** Who connected (the tab of a content script): the rate limit is per tab. */
  sender?: { tab?: { id?: number } };
}
