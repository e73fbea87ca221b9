// The fixture server: HTTPS at the real hostnames (Chromium maps them here with
// --host-resolver-rules) and a catch-all for every other host, so any request the browser makes
// — from a page, a content script or the extension's service worker — is logged, even to hosts
// that do not exist. Plain HTTP on the same port is answered too (first byte decides).
import { createServer as createHttps, type Server as HttpsServer } from 'node:https';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNet, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtures } from '../fixtures/build.ts';
import { FIXTURE_HOSTS, pageFor } from '../fixtures/pages.ts';
import { selfSignedCert } from './cert.ts';

export interface LoggedRequest {
  time: number;
  scheme: 'https' | 'http';
  host: string;
  method: string;
  url: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureServer {
  port: number;
  /** Every request received, in order. */
  log: LoggedRequest[];
  /** Hosts Chromium should map to this server. */
  hosts: readonly string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const assets = await buildFixtures();
  const log: LoggedRequest[] = [];

  const handle = (scheme: 'https' | 'http') => (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      log.push({ time: Date.now(), scheme, host, method: req.method ?? 'GET', url: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      void respond(assets, host, req.url ?? '/', res);
    });
  };

  const https: HttpsServer = createHttps({ ...selfSignedCert(FIXTURE_HOSTS) }, handle('https'));
  const http = createHttp(handle('http'));
  // One port for both: a TLS handshake starts with byte 0x16.
  const front: NetServer = createNet({ pauseOnConnect: true }, (socket: Socket) => {
    socket.on('error', () => {});
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as AddressInfo).port;
  return {
    port,
    log,
    hosts: FIXTURE_HOSTS,
    close: () =>
      new Promise<void>((resolve) => {
        https.closeAllConnections();
        http.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}

async function respond(assets: string, host: string, url: string, res: ServerResponse): Promise<void> {
  const { pathname } = new URL(url, 'https://fixture.invalid');
  const known = (FIXTURE_HOSTS as readonly string[]).includes(host);
  if (known && pathname.startsWith('/assets/') && /^\/assets\/[a-z]+\.js$/.test(pathname)) {
    try {
      const body = await readFile(path.join(assets, path.basename(pathname)));
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
    return;
  }
  const page = known && pathname !== '/favicon.ico' ? pageFor(host, pathname) : null;
  if (page === null) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page);
}
