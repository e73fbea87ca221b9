// Helpers for the admin-policy browser tests: a managed policy file Chromium
// really reads (/etc/chromium/policies/managed/, unique name, removed after),
// a local HTTPS server for rulePackUrl, and small waits.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { highlights } from './ext.ts';
import { selfSignedCert } from './server/cert.ts';

export const POLICY_DIR = process.env.THINKTWICE_POLICY_DIR ?? '/etc/chromium/policies/managed';
export const RUN = randomUUID().slice(0, 8);

/** Files an interrupted earlier run left behind (over an hour old) would leak into every browser. */
function sweepStale(): void {
  let names: string[] = [];
  try {
    names = readdirSync(POLICY_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(POLICY_DIR, name);
    if (/^\.?thinktwice-e2e-/.test(name) && Date.now() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true });
  }
}

/** One policy file for this run; `write` replaces its content, `remove` deletes it. */
export function policyFile() {
  sweepStale();
  const file = path.join(POLICY_DIR, `thinktwice-e2e-${RUN}.json`);
  return {
    file,
    write(values: Record<string, unknown>) {
      mkdirSync(POLICY_DIR, { recursive: true });
      // Write then rename (hidden name, same folder): Chromium never reads a half-written file.
      const tmp = path.join(POLICY_DIR, `.thinktwice-e2e-${RUN}.tmp`);
      writeFileSync(tmp, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
      renameSync(tmp, file);
    },
    remove: () => rmSync(file, { force: true }),
  };
}

export interface PackServer {
  url(name: string): string;
  /** Serve `body` at /name with a strong ETag, CORS open (the extension fetches cross-origin). */
  set(name: string, body: string): void;
  log: { path: string; method: string; ifNoneMatch?: string; status: number; time: number }[];
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  const files = new Map<string, string>();
  const log: PackServer['log'] = [];
  const server: Server = createServer(selfSignedCert(['localhost']), (req, res) => {
    const name = (req.url ?? '/').slice(1);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      // The CORS preflight a conditional request (If-None-Match) needs.
      log.push({ path: name, method: 'OPTIONS', status: 204, time: Date.now() });
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
      res.setHeader('Access-Control-Allow-Methods', 'GET');
      return void res.writeHead(204).end();
    }
    const body = files.get(name);
    const etag = body === undefined ? undefined : `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const inm = req.headers['if-none-match'];
    const status = body === undefined ? 404 : inm && inm === etag ? 304 : 200;
    log.push({ path: name, method: req.method ?? 'GET', ...(inm ? { ifNoneMatch: inm } : {}), status, time: Date.now() });
    if (etag) res.setHeader('ETag', etag);
    res.setHeader('Access-Control-Expose-Headers', 'ETag');
    if (status !== 200) return void res.writeHead(status).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `https://localhost:${port}/${name}`,
    set: (name, body) => void files.set(name, body),
    log,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Polls `fn` until it returns a truthy value; returns it and how long it took. */
export async function until<T>(what: string, fn: () => Promise<T>, timeoutMs = 30_000): Promise<{ value: NonNullable<T>; ms: number }> {
  const t0 = Date.now();
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (last) return { value: last as NonNullable<T>, ms: Date.now() - t0 };
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Text of every Think Twice underline in the page's main frame, all severities. */
export async function underlined(page: Page): Promise<string[]> {
  return Object.values(await highlights(page.mainFrame())).flat();
}
