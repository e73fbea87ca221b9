// Debian's Firefox ESR with the built Firefox extension, driven over WebDriver BiDi: a fresh
// headless profile whose DNS sends every host to the fixture server (network.dns.forceResolve),
// the extension installed as a temporary add-on, and small page helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GECKO_ID } from '../../src/extension-id.ts';
import { BiDi } from './bidi.ts';
import type { Highlights } from './ext.ts';
import { REPO_ROOT } from './harness.ts';
import { startFixtureServer, type FixtureServer } from './server/server.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv3');

export interface Firefox {
  bidi: BiDi;
  server: FixtureServer;
  /** The tab the tests drive. */
  context: string;
  /** moz-extension://<uuid>/ of the installed extension (the uuid is fixed in the profile). */
  extensionBase: string;
  /** https://<host>:<fixture port> — DNS sends the real host name to the fixture server. */
  origin(host: string): string;
  navigate(url: string): Promise<void>;
  /** Runs `fn(arg)` in the tab's page (or another context); arg and result travel as JSON. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, context?: string): Promise<R>;
  /**
   * Runs `fn(root, arg)` on the shadow root of the first `host` element in the tab, also a CLOSED
   * one (the extension's UI): BiDi serializes it when asked with `includeShadowTree: "all"`, and
   * the shared reference it returns can be passed back as an argument. Null when there is no root.
   */
  inShadowRoot<A, R>(host: string, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R | null>;
  /**
   * Opens one of the extension's own pages in a new tab and returns its context. WebDriver BiDi
   * refuses to navigate to moz-extension: URLs, so the browser window (chrome scope, allowed by
   * --remote-allow-system-access) opens it as the user would from the add-ons manager.
   */
  extensionPage(pathname: string): Promise<string>;
  /** Real key events into whatever has focus; '\n' is Enter. */
  type(text: string): Promise<void>;
  /** Presses `key` with Control held (e.g. 'a'). */
  ctrl(key: string): Promise<void>;
  press(key: string): Promise<void>;
  /** A real mouse click at viewport coordinates (CSS pixels) of the tab. */
  clickAt(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR is missing at ${FIREFOX_PATH}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
}

/** WebDriver key values for keys that are not characters. */
export const KEY = { enter: '\uE007', backspace: '\uE003', control: '\uE009' } as const;

function prefs(extensionUuid: string): string {
  const p: Record<string, string | boolean | number> = {
    // Every host name resolves to the fixture server (which also answers unknown hosts, 404).
    'network.dns.forceResolve': '127.0.0.1',
    'network.proxy.type': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
  };
  return Object.entries(p).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join('');
}

function startProcess(profile: string): Promise<{ proc: ChildProcess; url: string; stderr: () => string }> {
  const proc = spawn(FIREFOX_PATH, ['-headless', '-no-remote', '-profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access', 'about:blank'], {
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi within 30 s; stderr:\n${err.slice(-2000)}`)), 30_000);
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1]!.replace(/\/$/, ''), stderr: () => err });
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (code ${code}) before WebDriver BiDi was up; stderr:\n${err.slice(-2000)}`));
    });
  });
}

export async function launchFirefox(): Promise<Firefox> {
  assertFirefox();
  if (!existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_BUILD_DIR}: run \`npm run build:firefox\` first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'thinktwice-firefox-'));
  const uuid = randomUUID();
  writeFileSync(path.join(profile, 'user.js'), prefs(uuid));
  let proc: ChildProcess | undefined;
  let bidi: BiDi | undefined;
  let server: FixtureServer | undefined;
  const cleanup = async () => {
    bidi?.close();
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc!.once('exit', r));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc!.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(t);
    }
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    server = await startFixtureServer();
    const started = await startProcess(profile);
    proc = started.proc;
    bidi = await BiDi.connect(`${started.url}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD_DIR } });
    const tree = (await bidi.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
    const context = tree.contexts[0]?.context;
    if (!context) throw new Error('Firefox has no open tab');
    return driver(bidi, server, context, `moz-extension://${uuid}/`, cleanup);
  } catch (e) {
    await cleanup();
    throw e;
  }
}

function driver(bidi: BiDi, server: FixtureServer, context: string, extensionBase: string, close: () => Promise<void>): Firefox {
  const keys = (actions: { type: string; value: string }[]) =>
    bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  return {
    bidi,
    server,
    context,
    extensionBase,
    origin: (host) => `https://${host}:${server.port}`,
    async navigate(url) {
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async evaluate(fn, arg, target = context) {
      const res = (await bidi.send('script.callFunction', {
        functionDeclaration: `async (json) => JSON.stringify(await (${fn.toString()})(JSON.parse(json)) ?? null)`,
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
        target: { context: target },
        awaitPromise: true,
      })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (res.type === 'exception') throw new Error(`script in Firefox failed: ${res.exceptionDetails?.text ?? 'unknown error'}`);
      return JSON.parse(res.result?.value ?? 'null');
    },
    async inShadowRoot(host, fn, arg) {
      const found = (await bidi.send('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(host)})`,
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
      })) as { result?: { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } };
      const sharedId = found.result?.value?.shadowRoot?.sharedId;
      if (!sharedId) return null;
      const res = (await bidi.send('script.callFunction', {
        functionDeclaration: `(root, json) => JSON.stringify((${fn.toString()})(root, JSON.parse(json)) ?? null)`,
        arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
        target: { context },
        awaitPromise: false,
      })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (res.type === 'exception') throw new Error(`script in Firefox failed: ${res.exceptionDetails?.text ?? 'unknown error'}`);
      return JSON.parse(res.result?.value ?? 'null');
    },
    async extensionPage(pathname) {
      const url = extensionBase + pathname;
      const chrome = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { contexts: { context: string; url: string }[] };
      const win = chrome.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!win) throw new Error('Firefox has no browser window');
      await bidi.send('script.callFunction', {
        functionDeclaration: `(url) => { gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); }`,
        arguments: [{ type: 'string', value: url }],
        target: { context: win.context },
        awaitPromise: false,
      });
      const deadline = Date.now() + 10_000;
      for (;;) {
        const tree = (await bidi.send('browsingContext.getTree', { maxDepth: 0 })) as { contexts: { context: string; url: string }[] };
        const tab = tree.contexts.find((c) => c.url === url);
        if (tab) {
          const ready = await this.evaluate(() => document.readyState === 'complete' && typeof (globalThis as { browser?: unknown }).browser === 'object', null, tab.context).catch(() => false);
          if (ready) {
            // The new tab came to the front; the tests type into the driving tab, which must be
            // the visible one again (a hidden tab's timers are throttled and its checks lag seconds).
            await bidi.send('browsingContext.activate', { context });
            return tab.context;
          }
        }
        if (Date.now() > deadline) throw new Error(`the extension page ${url} did not load within 10 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async type(text) {
      const actions = [...text].flatMap((ch) => {
        const value = ch === '\n' ? KEY.enter : ch;
        return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
      });
      await keys(actions);
    },
    async ctrl(key) {
      await keys([{ type: 'keyDown', value: KEY.control }, { type: 'keyDown', value: key }, { type: 'keyUp', value: key }, { type: 'keyUp', value: KEY.control }]);
    },
    async press(key) {
      await keys([{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
    },
    async clickAt(x, y) {
      await bidi.send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
          { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ] }],
      });
    },
    close,
  };
}

/**
 * The underlined texts of composer `index` (CONTRACT.md numbering) in the tab: each
 * `[data-tt="mark"]` in the extension's closed UI root, reached over BiDi, applied to
 * `__fixture.modelText(index)`; per severity, sorted.
 */
export async function underlines(ff: Firefox, index = 0): Promise<Highlights> {
  const marks = await ff.inShadowRoot(
    'think-twice-ui',
    (root, i) =>
      [...root.querySelectorAll<HTMLElement>(`[data-tt="marks"][data-composer="${i}"] [data-tt="mark"]`)].map((m) => ({
        severity: m.dataset.severity!,
        start: Number(m.dataset.start),
        end: Number(m.dataset.end),
      })),
    index,
  );
  const text = await ff.evaluate((i) => (window as unknown as { __fixture: { modelText(i: number): string } }).__fixture.modelText(i), index);
  const out: Highlights = { block: [], warn: [], info: [] };
  for (const m of marks ?? []) out[m.severity as keyof Highlights].push(text.slice(m.start, m.end));
  for (const list of Object.values(out)) list.sort();
  return out;
}

/**
 * Clicks, with a real mouse click at its centre, the first element matching `selector` in the
 * extension's closed UI root (e.g. an underline's `.box`, a card or guard button). False when
 * there is none (or it has no size).
 */
export async function clickInUi(ff: Firefox, selector: string): Promise<boolean> {
  const rect = await ff.inShadowRoot(
    'think-twice-ui',
    (root, sel) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r && r.width && r.height ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    selector,
  );
  if (!rect) return false;
  await ff.clickAt(rect.x, rect.y);
  return true;
}

/** True when the extension's closed UI root holds an element matching `selector`. */
export async function uiHas(ff: Firefox, selector: string): Promise<boolean> {
  return Boolean(await ff.inShadowRoot('think-twice-ui', (root, sel) => root.querySelector(sel) !== null, selector));
}
