// Starts the fixture server and Debian's Chromium with the built extension (or none), seeds the
// example company pack, waits until the extension says it is ready, and records every network
// request the browser makes so tests can assert that typing sends nothing anywhere.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import type { Status } from '../../src/platform/protocol.ts';
import { startFixtureServer, type FixtureServer, type LoggedRequest } from './server/server.ts';
import { EXAMPLE_PACK_PATH, REPO_ROOT } from '../corpus/paths.ts';

export { EXAMPLE_PACK_PATH, REPO_ROOT };
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserRequest {
  time: number;
  url: string;
  method: string;
  postData: string | null;
  /** 'page' for page and content-script requests, 'service-worker' for the extension's worker. */
  from: 'page' | 'service-worker';
}

export interface Session {
  context: BrowserContext;
  server: FixtureServer;
  /** The extension's service worker, when an extension is loaded. */
  sw: Worker | null;
  /** Requests seen by the browser (Playwright) — pages, content scripts, service workers. */
  browserRequests: BrowserRequest[];
  /** Everything that reached the network, seen by the catch-all server: any host, any scheme. */
  networkRequests: LoggedRequest[];
  /** Requests of both kinds at or after `since` (Date.now() time). */
  requestsSince(since: number): { browser: BrowserRequest[]; network: LoggedRequest[] };
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension to load; null for none. Default: the Chrome build in .output/. */
  extensionDir?: string | null;
  headless?: boolean;
  /** Browser UI language, e.g. 'en-US' or 'nl-NL'. */
  locale?: string;
  viewport?: { width: number; height: number };
}

export function readExamplePack(): unknown {
  return JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8'));
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  assertChromium();
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD_DIR : options.extensionDir;
  if (extensionDir && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const server = await startFixtureServer();
  const locale = options.locale ?? 'en-US';
  // Fixture hosts go to the fixture server; every other host goes there too, so a request to
  // any domain is seen (and answered 404) instead of failing silently in DNS.
  const rules = [...server.hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), `MAP * 127.0.0.1:${server.port}`, 'EXCLUDE localhost'].join(', ');
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules}`,
    `--lang=${locale}`,
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args,
      locale,
      viewport: options.viewport ?? { width: 1100, height: 900 },
      ignoreHTTPSErrors: true,
      env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    });
  } catch (e) {
    await server.close();
    throw e;
  }

  const browserRequests: BrowserRequest[] = [];
  context.on('request', (r) => {
    browserRequests.push({ time: Date.now(), url: r.url(), method: r.method(), postData: r.postData(), from: r.serviceWorker() ? 'service-worker' : 'page' });
  });

  let sw: Worker | null = null;
  if (extensionDir) {
    const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`);
    sw = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  }

  return {
    context,
    server,
    sw,
    browserRequests,
    networkRequests: server.log,
    requestsSince: (since) => ({
      browser: browserRequests.filter((r) => r.time >= since),
      network: server.log.filter((r) => r.time >= since),
    }),
    async close() {
      await context.close().catch(() => {});
      await server.close();
    },
  };
}

/** Puts the example company pack into storage.local `userPack` (CONTRACT.md). */
export async function seedExamplePack(session: Session, pack: unknown = readExamplePack()): Promise<void> {
  if (!session.sw) throw new Error('seedExamplePack: no extension loaded');
  // The worker's own `chrome.storage` (this function runs inside the service worker).
  await session.sw.evaluate((p) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ userPack: p }), pack);
}

interface ChromeGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

/** What the background answers to `thinktwice:status` (the protocol's own type). */
export type ExtensionStatus = Status;

/**
 * Asks the background for `thinktwice:status` from the content script's isolated world in `page`
 * (a service worker does not receive its own runtime messages). Also proves the content script
 * was injected into the page's main frame.
 */
export async function extensionStatus(page: Page): Promise<ExtensionStatus> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contextId = await isolatedWorld(cdp);
    const res = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `chrome.runtime.sendMessage({ type: 'thinktwice:status' })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (res.exceptionDetails) throw new Error(`thinktwice:status failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as ExtensionStatus;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const worlds: { id: number; origin: string; type: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = e.context.auxData as { type?: string } | undefined;
    worlds.push({ id: e.context.id, origin: e.context.origin, type: aux?.type ?? '' });
  });
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const w = worlds.find((x) => x.type === 'isolated' && x.origin.includes(EXTENSION_ID));
    if (w) return w.id;
    if (Date.now() > deadline) throw new Error('the extension\'s content script is not running in this page (no isolated world of ' + EXTENSION_ID + ')');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the background reports ready with the pack `packId` active. */
export async function waitForPack(page: Page, packId: string, timeoutMs = 15_000): Promise<ExtensionStatus> {
  const deadline = Date.now() + timeoutMs;
  let last: ExtensionStatus | null = null;
  for (;;) {
    last = await extensionStatus(page).catch((e: Error) => ({ ready: false, packs: [], error: { path: '', message: e.message } }));
    if (last.ready && last.packs.some((p) => p.id === packId)) return last;
    if (Date.now() > deadline) throw new Error(`the extension did not activate pack "${packId}" within ${timeoutMs} ms; last status: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const EXAMPLE_PACK_ID = 'vdp-assurantien';

/** A browser with the built extension and the example pack seeded as the user's pack. */
export async function launchWithExamplePack(options: LaunchOptions = {}): Promise<Session> {
  const pack = readExamplePack();
  const session = await launch(options);
  try {
    await seedExamplePack(session, pack);
  } catch (e) {
    await session.close();
    throw e;
  }
  return session;
}

/** Opens `url` and waits until the extension runs there with the example pack active. */
export async function openReady(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await waitForPack(page, EXAMPLE_PACK_ID);
  return page;
}
