// "Nothing on the network", one definition for every browser suite that types a draft.
import { expect } from 'vitest';
import type { Session } from './harness.ts';

/** Hosts of Chromium's own background services seen on these machines (not the page, not the extension). */
const CHROMIUM_SERVICE_HOSTS = new Set(['accounts.google.com', 'update.googleapis.com', 'redirector.gvt1.com', 'clients2.google.com', 'clientservices.googleapis.com', 'content-autofill.googleapis.com', 'optimizationguide-pa.googleapis.com']);

/**
 * Nothing on the network: no request from a page, content script or service worker since `since`,
 * nothing that ever reached the network holds one of `words` of the draft, and no host other than
 * Chromium's own background services was reached since `since`.
 */
export function expectNothingSent(session: Session, since: number, words: readonly string[]): void {
  const { browser, network } = session.requestsSince(since);
  expect(browser.map((r) => `${r.from} ${r.method} ${r.url}`)).toEqual([]);
  const leaks = session.networkRequests.filter((r) => words.some((w) => `${r.url} ${r.body} ${JSON.stringify(r.headers)}`.toLowerCase().includes(w.toLowerCase())));
  expect(leaks.map((r) => `${r.host}${r.url}`)).toEqual([]);
  expect(network.filter((r) => !CHROMIUM_SERVICE_HOSTS.has(r.host)).map((r) => `${r.host}${r.url}`)).toEqual([]);
}
