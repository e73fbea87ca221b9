// Admin policy end to end in Debian's Chromium: a real managed policy file in
// /etc/chromium/policies/managed/ reaches the extension through
// chrome.storage.managed; changes apply without a restart; a broken policy
// keeps the last good pack and says why; a pack URL is fetched and verified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { extensionStatus, launch, type ExtensionStatus, type Session } from './harness.ts';
import { RUN, policyFile, sha256, startPackServer, type PackServer, underlined, until } from './policy-helpers.ts';
import { X } from './sites/index.ts';

const packV1 = { id: `e2e-policy-${RUN}`, name: 'E2E Policy Pack', version: '1', clients: [{ name: 'Zephyrion Holdings' }] };
const packV2 = { ...packV1, version: '2', clients: [{ name: 'Quorvant Logistics' }] };
const urlPack = { id: `e2e-url-${RUN}`, name: 'E2E URL Pack', version: '7', clients: ['Vexmoor Analytics'] };
const TEXT = 'Mooie dag gehad met Zephyrion Holdings, Quorvant Logistics en Vexmoor Analytics in Rotterdam.';

const policy = policyFile();
let session: Session;
let server: PackServer;
let page: Page;
const timings: Record<string, number> = {};
/**
 * Pack requests made by THIS browser's extension (Playwright sees service-worker
 * requests). The server log alone is not enough: any other Chromium on the
 * machine with this extension reads the same policy folder and fetches too.
 */
const packRequests: Promise<{ method: string; ifNoneMatch?: string; status?: number }>[] = [];

interface ChromeAction {
  chrome: { action: { getBadgeText(d: object): Promise<string> } };
}

const company = (s: ExtensionStatus) => s.packs.find((p) => p.source === 'company');
const status = () => extensionStatus(page);
/** Waits until the composer shows exactly these client names underlined. */
const expectUnderlined = async (names: string[]) => {
  const { value } = await until(`underlines ${names.join(', ')}`, async () => {
    const got = (await underlined(page)).filter((t) => /Zephyrion|Quorvant|Vexmoor/.test(t)).sort();
    return JSON.stringify(got) === JSON.stringify([...names].sort()) ? got : null;
  });
  expect(value).toEqual([...names].sort());
};

beforeAll(async () => {
  server = await startPackServer();
  policy.write({ rulePack: packV1, lockUserRules: true });
  const t0 = Date.now();
  // THINKTWICE_EXTENSION_DIR: test another build than .output/chrome-mv3 (e.g. while others rebuild).
  session = await launch(process.env.THINKTWICE_EXTENSION_DIR ? { extensionDir: process.env.THINKTWICE_EXTENSION_DIR } : {});
  session.context.on('request', (r) => {
    if (!r.url().startsWith(server.url(''))) return;
    packRequests.push(
      (async () => {
        const inm = (await r.allHeaders())['if-none-match'];
        const status = (await r.response().catch(() => null))?.status();
        return { method: r.method(), ...(inm ? { ifNoneMatch: inm } : {}), ...(status ? { status } : {}) };
      })(),
    );
  });
  page = await session.context.newPage();
  await page.goto(X.url);
  const c = await X.openComposer(page);
  // From browser start to the policy pack being active: covers the empty managed read right after start.
  await until('the policy pack at start', async () => company(await status())?.id === packV1.id);
  timings.startToActive = Date.now() - t0;
  await c.type(TEXT);
});

afterAll(async () => {
  policy.remove();
  await session?.close();
  await server?.close();
  console.info(`[policy e2e] timings (ms): ${JSON.stringify(timings)}`);
});

describe('admin policy in Chromium', () => {
  it('flags a client that exists only in the policy pack', async () => {
    const s = await status();
    expect(company(s)).toEqual({ id: packV1.id, name: packV1.name, version: '1', source: 'company' });
    await expectUnderlined(['Zephyrion Holdings']);
  });

  it('applies a changed policy file without restarting the browser', async () => {
    const t0 = Date.now();
    policy.write({ rulePack: packV2, lockUserRules: true });
    await until('version 2 active', async () => company(await status())?.version === '2', 60_000);
    timings.changeToActive = Date.now() - t0;
    // The open composer is re-linted: the old client is no longer flagged, the new one is.
    await expectUnderlined(['Quorvant Logistics']);
    timings.changeToUnderlined = Date.now() - t0;
  });

  it('keeps the last good pack when the policy is broken, and shows the problem', async () => {
    const cases = [
      { values: { rulePackJson: '{"id": "broken", ' }, path: 'rulePackJson', message: /invalid JSON/ },
      // Chrome's schema cannot say "non-empty"; the extension's own check does.
      { values: { rulePack: { ...packV2, version: '' } }, path: 'rulePack.version', message: /must not be empty/ },
    ];
    for (const c of cases) {
      policy.write({ ...c.values, lockUserRules: true });
      const { value: s } = await until(`error at ${c.path}`, async () => {
        const st = await status();
        return st.error?.path === c.path ? st : null;
      }, 60_000);
      expect(s.error!.message).toMatch(c.message);
      expect(company(s)).toMatchObject({ id: packV2.id, version: '2' });
      await expectUnderlined(['Quorvant Logistics']);
    }
    // The toolbar icon carries a "!" while the company pack has a problem.
    expect(await session.sw!.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}))).toBe('!');
    // The options page shows the same problem and the pack still in force.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const error = options.locator('[data-tt="policy-error"]');
    await expect.poll(() => error.getAttribute('data-path')).toBe('rulePack.version');
    expect(await error.textContent()).toContain('must not be empty');
    expect(await options.locator('[data-tt="company-pack"]').textContent()).toContain('2');
    expect(await options.locator('[data-tt="rules-company"]').getAttribute('data-locked')).toBe('true');
    await options.close();
  });

  it('fetches a rulePackUrl over HTTPS, verifies its SHA-256 and uses it', async () => {
    const body = JSON.stringify(urlPack);
    server.set('pack.json', body);
    const t0 = Date.now();
    policy.write({ rulePackUrl: server.url('pack.json'), rulePackSha256: sha256(body), lockUserRules: true });
    const { value: s } = await until('the URL pack', async () => {
      const st = await status();
      return company(st)?.id === urlPack.id ? st : null;
    }, 60_000);
    timings.urlPolicyToActive = Date.now() - t0;
    expect(s.error).toBeUndefined();
    expect(await session.sw!.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}))).toBe('');
    const gets = (await Promise.all(packRequests)).filter((r) => r.method === 'GET');
    expect(gets).toEqual([{ method: 'GET', status: 200 }]);
    await expectUnderlined(['Vexmoor Analytics']);
  });

  it('refuses a pack whose SHA-256 does not match, keeping the verified one', async () => {
    const body = JSON.stringify(urlPack);
    const steps = [
      // Same file, wrong checksum in the policy: revalidated (If-None-Match → 304) and refused.
      { body, sha: '0'.repeat(64), status: 304 },
      // New content at the same address that the policy's checksum does not cover: refused.
      { body: JSON.stringify({ ...urlPack, version: '8', clients: ['Zephyrion Holdings'] }), sha: sha256('another file'), status: 200 },
    ];
    for (const step of steps) {
      const before = packRequests.length;
      server.set('pack.json', step.body);
      policy.write({ rulePackUrl: server.url('pack.json'), rulePackSha256: step.sha, lockUserRules: true });
      const { value: s } = await until('checksum error', async () => {
        const st = await status();
        return st.error?.path === 'rulePackSha256' && st.error.message.includes(`expects ${step.sha}`) ? st : null;
      }, 60_000);
      expect(s.error!.message).toMatch(/checksum mismatch/);
      expect(company(s)).toMatchObject({ id: urlPack.id, version: '7' });
      const gets = (await Promise.all(packRequests.slice(before))).filter((r) => r.method === 'GET');
      expect(gets).toEqual([{ method: 'GET', ifNoneMatch: expect.stringMatching(/^"[0-9a-f]{16}"$/), status: step.status }]);
      await expectUnderlined(['Vexmoor Analytics']);
    }
  });

  it('refuses a plain-http pack URL with the path named', async () => {
    policy.write({ rulePackUrl: 'http://localhost:1/pack.json', lockUserRules: true });
    const { value: s } = await until('http error', async () => {
      const st = await status();
      return st.error?.path === 'rulePackUrl' ? st : null;
    }, 60_000);
    expect(s.error!.message).toMatch(/https/);
    expect(company(s)).toMatchObject({ id: urlPack.id, version: '7' });
  });

  it('switches a site off for everyone when the admin says so', async () => {
    policy.write({ rulePack: packV2, lockUserRules: true, sites: { x: false } });
    await until('pack 2 again', async () => company(await status())?.version === '2', 60_000);
    await expectUnderlined([]);
    policy.write({ rulePack: packV2, lockUserRules: true, sites: { x: true } });
    await expectUnderlined(['Quorvant Logistics']);
  });
});
