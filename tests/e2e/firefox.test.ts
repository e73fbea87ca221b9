// The Firefox build in a real Firefox (Debian's firefox-esr) over WebDriver BiDi: the extension
// loads, underlines in the LinkedIn fixture composer exactly what the linter finds for the typed
// text, leaves clean posts alone, sends nothing typed to the network, and a company pack deployed
// as the policies.json our CLI writes (read at browser start) is applied.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/rules/index.ts';
import { policyLayers } from '../../src/rules/policy/layers.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { GECKO_ID } from '../../src/extension-id.ts';
import { JANSEN_EXAMPLE, acceptanceCases } from './corpus.ts';
import { NO_HIGHLIGHTS, expectedHighlights, referenceLinter } from './ext.ts';
import { KEY, launchFirefox, underlines, type Firefox } from './firefox.ts';
import { EXAMPLE_PACK_ID, REPO_ROOT, readExamplePack, type ExtensionStatus } from './harness.ts';

const CLEAN = 'Mooie dag gehad op de beurs in Utrecht, veel inspiratie opgedaan voor het nieuwe jaar.';
/** Longer than the extension's lint debounce: a clean post has had its chance to be underlined. */
const SETTLE_MS = 600;
const POLL = { timeout: 5_000, interval: 50 };
const EDITOR = '.ql-editor[role="textbox"][aria-label="Text editor for creating content"]';
/** Linux system-wide policies (what `thinktwice policy --target firefox` tells admins); firefox-esr reads it. */
const POLICY_FILE = process.env.THINKTWICE_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';

const lint = (text: string) => referenceLinter().lint(text, { platform: 'linkedin', uiLang: 'en' });

/** Status of the background, asked from the extension's own options page. */
function status(ff: Firefox, extPage: string): Promise<ExtensionStatus> {
  return ff.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<ExtensionStatus> } } }).browser.runtime.sendMessage({ type: 'thinktwice:status' }), null, extPage);
}

async function waitForPack(ff: Firefox, extPage: string, id: string, source: string, timeoutMs = 15_000): Promise<ExtensionStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await status(ff, extPage);
    if (last.ready && last.packs.some((p) => p.id === id && p.source === source)) return last;
    if (Date.now() > deadline) throw new Error(`the extension did not activate pack ${id} (${source}) within ${timeoutMs} ms; last status: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the LinkedIn fixture's composer (dialog in #interop-outlet's shadow root) and focuses it. */
async function openComposer(ff: Firefox): Promise<void> {
  await ff.navigate(`${ff.origin('www.linkedin.com')}/feed/`);
  await ff.evaluate(async (sel) => {
    const w = window as unknown as { __fixture: { open(): Promise<void> } };
    await w.__fixture.open();
    const editor = document.querySelector('#interop-outlet')?.shadowRoot?.querySelector<HTMLElement>(sel);
    if (!editor) throw new Error('LinkedIn fixture: no editor in the composer dialog');
    editor.focus();
  }, EDITOR);
}

const modelText = (ff: Firefox) => ff.evaluate(() => (window as unknown as { __fixture: { modelText(i: number): string } }).__fixture.modelText(0), null);

const highlights = (ff: Firefox) => underlines(ff, 0);

/** Select all + Backspace through the editor; its model must end up empty. */
async function clear(ff: Firefox): Promise<void> {
  await ff.ctrl('a');
  await ff.press(KEY.backspace);
  await expect.poll(() => modelText(ff), POLL).toBe('');
}

describe('Firefox ESR: the built extension with the example pack as the user pack', () => {
  let ff: Firefox;
  let extPage: string;
  beforeAll(async () => {
    ff = await launchFirefox();
    extPage = await ff.extensionPage('options.html');
    await ff.evaluate((p) => (globalThis as unknown as { browser: { storage: { local: { set(i: unknown): Promise<void> } } } }).browser.storage.local.set({ userPack: p }), readExamplePack(), extPage);
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('loads: the background compiles the seeded pack and reports it active', async () => {
    const s = await waitForPack(ff, extPage, EXAMPLE_PACK_ID, 'user');
    expect(s.error).toBeUndefined();
  });

  it('underlines exactly what the linter finds in the LinkedIn composer, and clean posts not at all', async () => {
    const cases = acceptanceCases();
    // The table must hold both kinds, or the comparison below proves little.
    expect(cases.some((c) => lint(c.text).length > 0)).toBe(true);
    expect(lint(CLEAN)).toEqual([]);
    expect(expectedHighlights(lint(JANSEN_EXAMPLE)).block).toContain('Jansen Transport');
    await openComposer(ff);
    for (const { id, text } of [...cases, { id: 'clean', text: CLEAN }]) {
      const want = expectedHighlights(lint(text));
      await ff.type(text);
      expect(await modelText(ff), id).toBe(text);
      if (want.block.length + want.warn.length + want.info.length === 0) await new Promise((r) => setTimeout(r, SETTLE_MS));
      await expect.poll(() => highlights(ff), { ...POLL, message: id }).toEqual(want);
      await clear(ff);
      await expect.poll(() => highlights(ff), { ...POLL, message: `${id} cleared` }).toEqual(NO_HIGHLIGHTS);
    }
  });

  it('sends nothing typed anywhere: no request carries the draft', async () => {
    await openComposer(ff);
    const since = Date.now();
    await ff.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(ff)).block.length, POLL).toBeGreaterThan(0);
    const leaks = ff.server.log.filter((r) => r.time >= since && [r.url, r.body].some((s) => s.includes('Jansen') || s.includes('militaire')));
    expect(leaks).toEqual([]);
    await clear(ff);
  });
});

describe('Firefox ESR: a company pack from policies.json (as `thinktwice policy --target firefox` writes it)', () => {
  const CLIENT = 'Zuiderzee Koeltechniek';
  const POST = `Vandaag de polis voor ${CLIENT} rondgemaakt, weer een tevreden relatie.`;
  const pack = { ...(readExamplePack() as Pack), id: 'thinktwice-e2e-firefox-policy', name: 'Firefox policy test pack', clients: [CLIENT] } as Pack;
  const work = mkdtempSync(path.join(tmpdir(), 'thinktwice-ff-policy-'));
  const createdDirs: string[] = [];
  let ff: Firefox | undefined;

  const removePolicy = () => {
    // Only our own file: it names our pack id (checked before writing, see beforeAll).
    if (existsSync(POLICY_FILE) && readFileSync(POLICY_FILE, 'utf8').includes(pack.id)) rmSync(POLICY_FILE, { force: true });
    for (const d of createdDirs.splice(0).reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // not empty: someone else put something there
      }
    }
  };

  beforeAll(async () => {
    if (existsSync(POLICY_FILE) && !readFileSync(POLICY_FILE, 'utf8').includes(pack.id)) {
      throw new Error(`${POLICY_FILE} exists and is not this test's: refusing to replace a real Firefox policy (set THINKTWICE_FIREFOX_POLICY_FILE to use another location Firefox reads).`);
    }
    const packFile = path.join(work, 'pack.json');
    const out = path.join(work, 'policies.json');
    writeFileSync(packFile, JSON.stringify(pack));
    // The admin CLI itself, as an admin runs it.
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'thinktwice.js'), 'policy', packFile, '--target', 'firefox', '--out', out], { stdio: 'pipe' });
    for (let d = path.dirname(POLICY_FILE); !existsSync(d); d = path.dirname(d)) createdDirs.unshift(d);
    mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
    try {
      // Rename within the folder: Firefox never reads a half-written file.
      const tmp = `${POLICY_FILE}.thinktwice-tmp`;
      writeFileSync(tmp, readFileSync(out));
      renameSync(tmp, POLICY_FILE);
      ff = await launchFirefox();
    } catch (e) {
      removePolicy();
      throw e;
    }
  });
  afterAll(async () => {
    removePolicy();
    rmSync(work, { recursive: true, force: true });
    await ff?.close();
  });

  it('the generated file is a Firefox policy for our gecko id', () => {
    const written = JSON.parse(readFileSync(path.join(work, 'policies.json'), 'utf8')) as { policies: { '3rdparty': { Extensions: Record<string, { rulePack?: { id?: string } }> } } };
    expect(written.policies['3rdparty'].Extensions[GECKO_ID]?.rulePack?.id).toBe(pack.id);
  });

  it('activates the policy pack as the company pack and flags a client only that pack knows', async () => {
    const extPage = await ff!.extensionPage('options.html');
    await waitForPack(ff!, extPage, pack.id, 'company');
    // Firefox has read the file at start; it need not stay on the machine any longer.
    removePolicy();
    const company = createLinter(policyLayers({ builtins: [], company: pack, settings: { lockUserRules: true } }));
    const want = expectedHighlights(company.lint(POST, { platform: 'linkedin', uiLang: 'en' }));
    expect(want.block).toEqual([CLIENT]);
    // The example pack alone finds nothing here: an underline can only come from the policy.
    expect(lint(POST)).toEqual([]);
    await openComposer(ff!);
    await ff!.type(POST);
    await expect.poll(() => highlights(ff!), POLL).toEqual(want);
  });
});
