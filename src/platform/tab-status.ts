// Popup ↔ content script: "what is going on in this tab?". The answer holds
// counts only, never draft text.
import { browser } from 'wxt/browser';
import type { Platform } from '../rules/index.ts';
import { STATUS_MESSAGE, type Status } from './protocol.ts';

export const TAB_STATUS_MESSAGE = 'thinktwice:tab-status';

export interface TabStatus {
  platform?: Platform;
  /** Composers the content script is watching. */
  composers: number;
  /** Findings across those composers. */
  findings: number;
  /** Composers among them whose posts cannot be held (no submit control found): underlines only. */
  partial?: number;
}

/** Content script side: answer the popup with `get()`. */
export function answerTabStatus(get: () => TabStatus): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === TAB_STATUS_MESSAGE) return Promise.resolve(get());
    return undefined;
  });
}

/**
 * Popup side: the status of tab `tabId` (default: the active tab of this
 * window), or undefined when no content script runs there.
 */
export async function askTab(tabId?: number): Promise<TabStatus | undefined> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(id, { type: TAB_STATUS_MESSAGE })) as TabStatus | undefined;
  } catch {
    // "Receiving end does not exist": not a supported site, or the page predates the install.
    return undefined;
  }
}

/** The background's status (packs, problems, failed checks), or undefined while it cannot answer. */
export async function askBackground(): Promise<Status | undefined> {
  try {
    return (await browser.runtime.sendMessage({ type: STATUS_MESSAGE })) as Status | undefined;
  } catch {
    return undefined;
  }
}
