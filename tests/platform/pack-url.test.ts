// Fetching a pack from rulePackUrl with Node's own fetch against a real local
// HTTPS server (self-signed; certificate checks are off in this test process
// only), and the watcher's refresh alarm over WXT's in-memory browser.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { selfSignedCert } from '../e2e/server/cert.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { fetchPack } = await import('../../src/platform/pack-url.ts');
const { watchPolicy } = await import('../../src/platform/policy.ts');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const files = new Map<string, { body: string; status?: number; location?: string }>();
const seen: { path: string; ifNoneMatch?: string }[] = [];
let server: Server;
let base = '';
const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 12)}"`;
const sha = (body: string) => createHash('sha256').update(body).digest('hex');

beforeAll(async () => {
  server = createServer(selfSignedCert(['localhost']), (req, res) => {
    const path = (req.url ?? '/').slice(1);
    const inm = req.headers['if-none-match'];
    seen.push({ path, ...(inm ? { ifNoneMatch: inm } : {}) });
    if (path === 'endless') return void stream(res);
    const f = files.get(path);
    if (!f) return void res.writeHead(404).end();
    if (f.location) return void res.writeHead(302, { Location: f.location }).end();
    const etag = etagOf(f.body);
    if (inm === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(f.status ?? 200, { ETag: etag, 'Content-Type': 'application/json' }).end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Bytes the "endless" route wrote before the client stopped reading. */
let streamed = 0;
/** A pack of 64 MB in 64 kB chunks without Content-Length, sent as fast as the client reads; stops when it goes away. */
async function stream(res: import('node:http').ServerResponse): Promise<void> {
  streamed = 0;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  res.write('{"id": "big", "name": "Big", "version": "1", "clients": [');
  for (let i = 0; i < 1024 && !res.destroyed; i++) {
    streamed += chunk.length;
    if (!res.write(chunk)) await new Promise((r) => (res.once('drain', r), res.once('close', r)));
  }
  res.end(']}');
}
beforeEach(() => {
  fakeBrowser.reset();
  seen.length = 0;
});

const good = JSON.stringify({ id: 'acme', name: 'Acme', version: '1', clients: ['Jansen Transport'] });

describe('fetchPack', () => {
  const table: { name: string; file?: { body: string; status?: number; location?: string }; url?: string; sha?: string; path: string; message: RegExp }[] = [
    { name: 'checksum mismatch', file: { body: good }, sha: sha('other'), path: 'rulePackSha256', message: /checksum mismatch/ },
    { name: 'not found', path: 'rulePackUrl', message: /answered 404/ },
    { name: 'server error', file: { body: good, status: 500 }, path: 'rulePackUrl', message: /answered 500/ },
    { name: 'invalid JSON', file: { body: '{"id": ' }, path: 'rulePackUrl', message: /invalid JSON/ },
    { name: 'schema error', file: { body: JSON.stringify({ id: 'a', name: 'A', version: '1', clients: [7] }) }, path: 'rulePackUrl → $.clients[0]', message: /must be/ },
    { name: 'plain http', url: 'http://localhost:1/p.json', path: 'rulePackUrl', message: /https/ },
    { name: 'unreachable', url: 'https://localhost:1/p.json', path: 'rulePackUrl', message: /could not fetch/ },
    { name: 'redirect to http', file: { body: '', location: 'http://localhost:1/p.json' }, path: 'rulePackUrl', message: /could not fetch|non-HTTPS/ },
  ];
  for (const [i, c] of table.entries()) {
    it(`refuses: ${c.name}`, async () => {
      if (c.file) files.set(`case${i}`, c.file);
      const got = await fetchPack(c.url ?? `${base}/case${i}`, c.sha);
      expect(got.ok).toBe(false);
      if (got.ok) return;
      expect(got.problem.path).toBe(c.path);
      expect(got.problem.message).toMatch(c.message);
    });
  }

  it('counts bytes while they stream: a pack without Content-Length is cut off at 10 MB, not buffered whole', async () => {
    const got = await fetchPack(`${base}/endless`);
    expect(got).toMatchObject({ ok: false, problem: { path: 'rulePackUrl', message: expect.stringMatching(/more than 10485760 bytes/) } });
    // The server stops soon after the client does (what sits in socket buffers is all that follows).
    await new Promise((r) => setTimeout(r, 200));
    expect(streamed).toBeLessThan(16 * 1024 * 1024);
  });

  it('accepts a verified pack and keeps its ETag', async () => {
    files.set('ok.json', { body: good });
    const got = await fetchPack(`${base}/ok.json`, sha(good));
    expect(got).toEqual({ ok: true, pack: JSON.parse(good), sha256: sha(good), etag: etagOf(good) });
  });

  it('revalidates with If-None-Match; a 304 reuses the cached copy, still checked against the policy', async () => {
    files.set('ok.json', { body: good });
    const cached = { pack: JSON.parse(good), sha256: sha(good), etag: etagOf(good) };
    const same = await fetchPack(`${base}/ok.json`, sha(good), cached);
    expect(same).toMatchObject({ ok: true, notModified: true, sha256: sha(good) });
    expect(seen.at(-1)).toEqual({ path: 'ok.json', ifNoneMatch: etagOf(good) });
    const pinnedElsewhere = await fetchPack(`${base}/ok.json`, sha('other'), cached);
    expect(pinnedElsewhere).toMatchObject({ ok: false, problem: { path: 'rulePackSha256' } });
  });
});

describe('refresh', () => {
  it('schedules the refresh alarm and picks up a new version when it fires', async () => {
    files.set('live.json', { body: good });
    await fakeBrowser.storage.managed.set({ rulePackUrl: `${base}/live.json`, rulePackRefreshMinutes: 30 });
    const versions: (string | undefined)[] = [];
    const stop = watchPolicy((s) => versions.push(s.company?.version));
    const wait = async (v: string) => {
      for (let i = 0; i < 100 && !versions.includes(v); i++) await new Promise((r) => setTimeout(r, 20));
      expect(versions).toContain(v);
    };
    await wait('1');
    expect(await fakeBrowser.alarms.get('thinktwice-policy-refresh')).toMatchObject({ periodInMinutes: 30 });
    files.set('live.json', { body: good.replace('"version":"1"', '"version":"2"') });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'thinktwice-policy-refresh', scheduledTime: Date.now() });
    await wait('2');
    // The refresh was conditional: it sent the ETag of version 1.
    expect(seen.filter((r) => r.path === 'live.json').at(-1)).toEqual({ path: 'live.json', ifNoneMatch: etagOf(good) });
    stop();
  });
});
