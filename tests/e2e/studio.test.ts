// The protocol studio end to end in real Chromium: `thinktwice studio` serves the built page;
// from an empty start the admin answers the questionnaire, imports a CSV of 500 clients, tries a
// post (the extension's underlines and card), runs the examples table and exports the Linux
// policy file. That file is installed as managed policy and the extension flags a client from
// the CSV in a composer. Then: an invalid pack opened shows each problem at its field, and a
// reload keeps the work. Nothing the studio does leaves the machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { axeViolations } from './axe.ts';
import { extensionStatus, launch, REPO_ROOT, type Session } from './harness.ts';
import { POLICY_DIR, RUN, underlined, until } from './policy-helpers.ts';
import { X } from './sites/index.ts';
import { xlsx } from '../studio/zip.ts';

// 500 made-up firms (10 × 10 × 5), none an ordinary word: "Velmora Logistiek", "Zorquill Bouw", …
const HEADS = ['Vel', 'Zor', 'Tam', 'Kri', 'Bro', 'Lum', 'Nex', 'Dra', 'Pol', 'Xan'];
const TAILS = ['mora', 'quill', 'dorn', 'bex', 'vanta', 'stijn', 'ravo', 'kelm', 'tuss', 'gard'];
const SECTORS = ['Logistiek', 'Bouw', 'Techniek', 'Zorg', 'Handel'];
const CLIENTS = HEADS.flatMap((h) => TAILS.flatMap((t) => SECTORS.map((s) => `${h}${t} ${s}`)));
const CSV = ['Klantnummer;Klantnaam;Plaats', ...CLIENTS.map((c, i) => `${10001 + i};${c};Utrecht`)].join('\r\n');
const TRY_CLIENT = CLIENTS[317]!;
const COMPOSER_CLIENT = CLIENTS[42]!;
const PACK_NAME = `Zeeland Verzekeringen e2e ${RUN}`;

let studio: ChildProcess;
let url: string;
let session: Session;
let page: Page;
const policyPath = path.join(POLICY_DIR, `thinktwice-e2e-${RUN}.json`);

/** Starts `thinktwice studio` as an admin would and reads the address it prints. */
async function startStudio(): Promise<string> {
  studio = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/thinktwice.js'), 'studio', '--no-open'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`thinktwice studio printed no address: ${out}`)), 60_000);
    studio.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) clearTimeout(timer), resolve(m[0]);
    });
    studio.stderr!.on('data', (d) => (out += d));
    studio.on('exit', (code) => reject(new Error(`thinktwice studio exited with ${code}: ${out}`)));
  });
}

const view = async (v: string) => {
  await page.click(`nav [data-view="${v}"]`);
  await page.waitForSelector(`nav [data-view="${v}"][aria-current="step"]`);
};
const problemsAt = (field: string) => page.$$eval(`ul.problems[data-field="${field}"] li`, (lis) => lis.map((li) => (li as HTMLElement).dataset.path));

beforeAll(async () => {
  // The harness sends every host but localhost to its fixture server (IP literals included),
  // so the page is opened at localhost: the same loopback server, which accepts that name too.
  url = (await startStudio()).replace('127.0.0.1', 'localhost');
  session = await launch();
  page = await session.context.newPage();
});

afterAll(async () => {
  rmSync(policyPath, { force: true });
  await session?.close();
  studio?.kill();
});

describe('protocol studio', () => {
  let exported: { '3rdparty': { extensions: Record<string, { rulePack: { id: string; clients: unknown[]; clauses: Record<string, string> } }> } };
  /** Requests the studio page makes (the page, its script, downloads). */
  const studioRequests: string[] = [];

  it('starts empty, axe-clean, and takes the questionnaire from the keyboard', async () => {
    page.on('request', (r) => studioRequests.push(r.url()));
    await page.goto(url);
    await page.waitForSelector('#q-name');
    expect(await page.inputValue('#q-name')).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard only: the name field, then on to the organisation's names.
    await page.focus('#q-name');
    await page.keyboard.type(PACK_NAME);
    await page.focus('#q-orgNames');
    await page.keyboard.type('Zeeland Verzekeringen');
    await page.focus('[data-action="next"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('nav [data-view="clients"][aria-current="step"]');
    // Focus moves to the new screen's heading.
    await until('focus on the heading', () => page.evaluate(() => document.activeElement?.id === 'view-title'));
  });

  it('reads an XLSX export in the page: columns and a preview', async () => {
    const book = xlsx([['Debiteurnummer', 'Bedrijfsnaam'], ['1', 'Brouwerij Zuiderzon B.V.'], ['2', 'Kwekerij Lindehof']]);
    await page.setInputFiles('#import-file', { name: 'boekhouding.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(book) });
    await page.waitForSelector('[data-tt="import-preview"]');
    expect(await page.$eval('#import-column', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('Bedrijfsnaam');
    // The legal form is not needed in a post: the name without it, and its hashtag, are matched.
    expect(await page.textContent('table.preview tbody tr:first-child')).toContain('Brouwerij Zuiderzon · #BrouwerijZuiderzon');
    expect(await page.textContent('table.preview caption')).toContain('2');
  });

  it('imports a CSV of 500 clients with a column picker and a preview of the forms matched', async () => {
    await page.setInputFiles('#import-file', { name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}`) });
    await page.waitForSelector('[data-tt="import-preview"]');
    // The name column is picked by its header; the preview shows what will be matched.
    expect(await page.$eval('#import-column', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('Klantnaam');
    expect(await page.textContent('table.preview caption')).toContain('500');
    expect(await page.textContent('table.preview tbody tr:first-child')).toContain(`#${CLIENTS[0]!.replace(' ', '')}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-action="import-add"]');
    expect(await page.textContent('[data-tt="client-count"]')).toContain('500');
    expect((await page.inputValue('#q-clients')).split('\n')).toHaveLength(500);
    await view('confidential');
    await page.fill('#q-confidential', 'Project Zeemeeuw');
  });

  it('shows the protocol with numbered clauses, each naming the rules that enforce it', async () => {
    await view('protocol');
    const clauses = await page.$$eval('[data-clause]', (els) => els.map((e) => `${(e as HTMLElement).dataset.clause} ${e.id}`));
    expect(clauses).toContain('2.1 clause-2-1');
    expect(await page.$$eval('[data-clause="2.1"] code[data-rule]', (els) => els.map((e) => e.textContent))).toEqual(['client-name', 'client-disclosed']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('underlines a client from the CSV in the Try-it box and shows the card with its clause', async () => {
    await view('try');
    await page.focus('#try-post');
    const post = `Vandaag de polis voor ${TRY_CLIENT} afgesloten.`;
    await page.keyboard.type(post);
    const start = post.indexOf(TRY_CLIENT);
    const { value: marks } = await until('the underline', async () => {
      const got = await page.$$eval('[data-tt="mark"]', (els) => els.map((e) => ({ ...(e as HTMLElement).dataset, boxes: e.children.length })));
      return got.length ? got : null;
    });
    expect(marks).toEqual([{ tt: 'mark', severity: 'block', start: String(start), end: String(start + TRY_CLIENT.length), boxes: 1 }]);
    expect(await page.$$eval('[data-tt="card"] [data-tt="finding"]', (els) => els.map((e) => (e as HTMLElement).dataset.ruleId))).toEqual(['client-name']);
    expect(await page.textContent('[data-tt="card"] .clause')).toContain('2.1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs the examples table like eval, with pass and fail', async () => {
    await view('examples');
    const rows: [string, string, string][] = [
      [`Mooi contract getekend met ${CLIENTS[5]}!`, 'client', CLIENTS[5]!],
      ['Mooie dag aan zee met de collega’s.', 'clean', ''],
      ['Mooie dag aan zee met de collega’s.', 'insult', ''],
    ];
    for (const [i, [text, expect, words]] of rows.entries()) {
      await page.click('[data-action="add-example"]');
      await page.fill(`tr[data-example="${i}"] textarea`, text);
      await page.selectOption(`tr[data-example="${i}"] select`, expect);
      await page.fill(`tr[data-example="${i}"] input`, words);
    }
    await page.click('[data-action="run-examples"]');
    expect(await page.$$eval('td[data-result]', (tds) => tds.map((td) => (td as HTMLElement).dataset.result))).toEqual(['pass', 'pass', 'fail']);
    expect(await page.textContent('[data-tt="examples-summary"]')).toMatch(/2 (of|van) 3/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports the Linux policy file with the pack of 500 clients and its clauses', async () => {
    await view('export');
    await page.waitForSelector('[data-tt="export-status"].ok');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-linux"]')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const pack = exported['3rdparty'].extensions[EXTENSION_ID]!.rulePack;
    expect(pack.clients).toHaveLength(500);
    expect(pack.clauses.client).toMatch(/^2\.1 /);
    // The pack-URL variant pins the SHA-256 of the pack file exactly as downloaded.
    const [packFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-pack"]')]);
    const hash = createHash('sha256').update(readFileSync((await packFile.path())!)).digest('hex');
    expect(await page.textContent('[data-tt="pack-sha256"]')).toBe(hash);
    await page.fill('#pack-url', 'https://intranet.example/think-twice/pack.json');
    const [hosted] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-url-linux"]')]);
    const values = JSON.parse(readFileSync((await hosted.path())!, 'utf8'))['3rdparty'].extensions[EXTENSION_ID];
    expect(values).toMatchObject({ rulePackUrl: 'https://intranet.example/think-twice/pack.json', rulePackSha256: hash });
    expect(values.rulePack).toBeUndefined();
  });

  it('sent nothing anywhere but the local studio server', () => {
    expect(studioRequests.length).toBeGreaterThan(0);
    expect(studioRequests.filter((u) => !u.startsWith(url) && !/^(blob|data):/.test(u))).toEqual([]);
  });

  it('keeps the work over a reload', async () => {
    await page.reload();
    await page.waitForSelector('nav [data-view="export"][aria-current="step"]');
    await view('clients');
    expect(await page.textContent('[data-tt="client-count"]')).toContain('500');
    await view('organisation');
    expect(await page.inputValue('#q-name')).toBe(PACK_NAME);
    // A draft typed into "Try it" is never kept.
    await view('try');
    expect(await page.inputValue('#try-post')).toBe('');
  });

  it('the exported Linux file, installed as managed policy, makes the extension flag a client from the CSV', async () => {
    mkdirSync(POLICY_DIR, { recursive: true });
    // Write then rename: Chromium never reads a half-written file.
    const tmp = path.join(POLICY_DIR, `.thinktwice-e2e-${RUN}.tmp`);
    writeFileSync(tmp, JSON.stringify(exported));
    renameSync(tmp, policyPath);
    const composerPage = await session.context.newPage();
    await composerPage.goto(X.url);
    const c = await X.openComposer(composerPage);
    const id = exported['3rdparty'].extensions[EXTENSION_ID]!.rulePack.id;
    await until('the studio pack from policy', async () => (await extensionStatus(composerPage)).packs.some((p) => p.source === 'company' && p.id === id), 60_000);
    await c.type(`Morgen op bezoek bij ${COMPOSER_CLIENT} in Utrecht.`);
    const { value } = await until('the client underlined', async () => ((await underlined(composerPage)).includes(COMPOSER_CLIENT) ? underlined(composerPage) : null));
    expect(value).toContain(COMPOSER_CLIENT);
    await composerPage.close();
  });

  it('opens an invalid pack and shows each problem at its field with its JSON path; a reload keeps them', async () => {
    await view('open');
    const bad = { id: 'bad', name: 'Bad pack', version: '1', clients: ['Jansen Transport', 'Q'], protocolUrl: 'http://intranet.example/protocol', severity: { client: 'loud' } };
    await page.setInputFiles('#open-file', { name: 'bad.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad, null, 2)) });
    await page.waitForSelector('[data-tt="opened"]');
    expect(await page.textContent('[data-tt="opened"] [role="status"]')).toMatch(/bad\.pack\.json.*3/);
    for (const reload of [false, true]) {
      if (reload) await page.reload(), await page.waitForSelector('nav');
      // Each screen with a problem says so in the steps.
      for (const v of ['clients', 'severity', 'publish']) expect(await page.$(`nav [data-view="${v}"] [data-problems]`), v).not.toBeNull();
      await view('clients');
      expect(await problemsAt('$.clients')).toEqual(['$.clients[1]']);
      await view('severity');
      expect(await problemsAt('$.severity')).toEqual(['$.severity.client']);
      await view('publish');
      expect(await problemsAt('$.protocolUrl')).toEqual(['$.protocolUrl']);
      expect(await axeViolations(page)).toEqual([]);
    }
    // Fixing the field clears its problem.
    await page.fill('#q-protocolUrl', 'https://intranet.example/protocol');
    await until('the problem cleared', async () => (await problemsAt('$.protocolUrl')).length === 0 || null);
  });
});
