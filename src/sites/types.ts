// A site adapter is data: where the composers are and what posts them.
import type { Platform } from '../rules/index.ts';
import type { EditorEngine } from './editors/types.ts';

export interface SiteAdapter {
  id: Platform;
  /** Host names the adapter serves (the manifest's match patterns cover the same). */
  matches: readonly string[];
  selectors: {
    /** Editable roots of post, comment and reply composers. */
    composer: readonly string[];
    /** Buttons that publish what the nearest composer holds. */
    submit: readonly string[];
    /** Hosts whose open shadow root may hold a composer (searched eagerly). */
    shadowHosts?: readonly string[];
    /** Composers where a plain Enter publishes (comment boxes). */
    enterSubmits?: readonly string[];
    /**
     * Private chats (a composer inside or matching one of these). Not public posts: not checked
     * unless the user or the admin switched private chats on; then Enter sends there, and is held.
     */
    privateChats?: readonly string[];
  };
  /** Buttons without stable attributes, recognised by their visible text or aria-label. */
  submitLabels?: readonly string[];
  /** The editor engines this site uses; the first whose marker matches wins. */
  editor: readonly EditorEngine[];
}

export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}
