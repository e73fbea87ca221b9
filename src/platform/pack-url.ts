// Fetching the company pack from `rulePackUrl`: HTTPS only, size-capped,
// checked against rulePackSha256 (crypto.subtle) and the pack schema. A pack
// fetched before is revalidated with If-None-Match, so an unchanged pack costs
// a 304. (The browser's own HTTP cache is not relied on: it keeps nothing from
// servers with certificate problems and is cleared with the user's history.)
import type { Pack } from '../rules/index.ts';
import { checkPackUrl, parsePack } from '../rules/policy/model.ts';
import type { Issue } from '../rules/schema/dsl.ts';

/** Bigger than any real pack (100,000 clients is ~3 MB); stops a wrong URL from eating memory. */
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export type FetchResult =
  | { ok: true; pack: Pack; sha256: string; etag?: string; notModified?: true }
  | { ok: false; problem: Issue };

const fail = (path: string, message: string): FetchResult => ({ ok: false, problem: { path, message } });

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The copy fetched last time, for a conditional request. */
export interface CachedCopy {
  pack: Pack;
  sha256: string;
  etag?: string;
}

const get = (url: string, etag?: string) =>
  fetch(url, {
    cache: 'no-store',
    credentials: 'omit',
    redirect: 'follow',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    ...(etag ? { headers: { 'If-None-Match': etag } } : {}),
  });

export async function fetchPack(url: string, expectedSha256?: string, cached?: CachedCopy): Promise<FetchResult> {
  const bad = checkPackUrl(url);
  if (bad) return fail('rulePackUrl', bad);
  let res: Response;
  try {
    try {
      res = await get(url, cached?.etag);
    } catch (e) {
      // If-None-Match needs a CORS preflight; a server that refuses it still gets a plain GET.
      if (!cached?.etag || (e as Error)?.name === 'TimeoutError') throw e;
      res = await get(url);
    }
  } catch (e) {
    // Network errors, TLS errors and a missing Access-Control-Allow-Origin all land here.
    const reason = (e as Error)?.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : String((e as Error)?.message ?? e);
    return fail('rulePackUrl', `could not fetch ${url}: ${reason} (is the server reachable over HTTPS and does it send Access-Control-Allow-Origin?)`);
  }
  if (res.url && checkPackUrl(res.url)) return fail('rulePackUrl', `was redirected to a non-HTTPS address: ${res.url}`);
  if (res.status === 304 && cached) {
    if (expectedSha256 && cached.sha256 !== expectedSha256)
      return fail('rulePackSha256', `checksum mismatch: the file at rulePackUrl (unchanged, ${cached.etag}) has SHA-256 ${cached.sha256}, the policy expects ${expectedSha256}`);
    return { ok: true, pack: cached.pack, sha256: cached.sha256, ...(cached.etag ? { etag: cached.etag } : {}), notModified: true };
  }
  if (!res.ok) return fail('rulePackUrl', `the server answered ${res.status} ${res.statusText} for ${url}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) return fail('rulePackUrl', `the pack is ${length} bytes; at most ${MAX_BYTES} are accepted`);
  let bytes: ArrayBuffer | null;
  try {
    bytes = await readCapped(res);
  } catch (e) {
    return fail('rulePackUrl', `the download of ${url} broke off: ${String((e as Error)?.message ?? e)}`);
  }
  if (!bytes) return fail('rulePackUrl', `the pack is more than ${MAX_BYTES} bytes; at most ${MAX_BYTES} are accepted (the download was stopped there)`);
  const sha256 = await sha256Hex(bytes);
  if (expectedSha256 && sha256 !== expectedSha256)
    return fail('rulePackSha256', `checksum mismatch: the file at rulePackUrl has SHA-256 ${sha256}, the policy expects ${expectedSha256}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('rulePackUrl', 'the file is not UTF-8 text');
  }
  const parsed = parsePack(text, 'rulePackUrl');
  if (!parsed.pack) return { ok: false, problem: parsed.problems[0]! };
  const etag = res.headers.get('etag') ?? undefined;
  return { ok: true, pack: parsed.pack, sha256, ...(etag ? { etag } : {}) };
}

/**
 * The body, counted while it streams: a server that sends no Content-Length (or a wrong
 * one) is cut off at MAX_BYTES instead of being buffered whole first (300 MB were).
 * Null when the body is larger.
 */
async function readCapped(res: Response): Promise<ArrayBuffer | null> {
  const reader = res.body?.getReader();
  if (!reader) return res.arrayBuffer();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}
