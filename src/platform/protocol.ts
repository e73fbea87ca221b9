// Messages between the content script and the background. Plain JSON; the
// draft text only ever travels inside the browser's own messaging channel.
import type { Finding, Lang, Platform } from '../rules/index.ts';
import type { Issue } from '../rules/schema/dsl.ts';

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
