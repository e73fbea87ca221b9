// The background's lint service over fake ports: compile once, answer by
// composer and sequence number, hold requests until the first compile, tell
// open tabs when the packs change.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createLinter, type Pack } from '../../src/rules/index.ts';
import type { PortLike } from '../../src/platform/protocol.ts';
import { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } from '../corpus/paths.ts';
import { withFaultyEmailCheck } from '../rules/faulty-rule.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { createLintService } = await import('../../src/platform/lint-service.ts');
const { MAX_CHARS } = await import('../../src/rules/index.ts');

const PACK = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;

function fakePort(name = 'thinktwice-lint') {
  const sent: any[] = [];
  let onMessage: (m: any) => void = () => {};
  let onDisconnect: () => void = () => {};
  const port: PortLike = {
    name,
    postMessage: (m) => sent.push(m),
    onMessage: { addListener: (cb) => (onMessage = cb) },
    onDisconnect: { addListener: (cb) => (onDisconnect = cb) },
  };
  return { port, sent, send: (m: any) => onMessage(m), disconnect: () => onDisconnect() };
}

const lint = (composer: number, seq: number, text: string) => ({ type: 'lint', composer, seq, text, platform: 'linkedin', uiLang: 'nl' });

describe('lint service', () => {
  it('answers with findings for the same composer and sequence number', () => {
    const svc = createLintService();
    svc.update({ layers: [{ source: 'user', pack: PACK }] });
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(3, 7, 'Gisteren bij Jansen Transport geweest.'));
    const answer = p.sent.find((m) => m.type === 'findings');
    expect(answer).toMatchObject({ composer: 3, seq: 7 });
    expect(answer.findings.map((f: any) => f.text)).toContain('Jansen Transport');
  });

  it('holds requests until the first compile, then answers only the latest per composer', () => {
    const svc = createLintService();
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(1, 1, 'Jansen'));
    p.send(lint(1, 2, 'Jansen Transport'));
    p.send(lint(2, 1, 'Mooie dag'));
    expect(p.sent).toEqual([]);
    expect(svc.status().ready).toBe(false);
    svc.update({ layers: [{ source: 'user', pack: PACK }] });
    const answers = p.sent.filter((m) => m.type === 'findings').map((m) => [m.composer, m.seq]);
    expect(answers).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('tells connected tabs to re-lint when the packs change, and reports them in status', () => {
    const svc = createLintService();
    svc.update({ layers: [] });
    const a = fakePort();
    const b = fakePort();
    svc.serve(a.port);
    svc.serve(b.port);
    b.disconnect();
    svc.update({ layers: [{ source: 'user', pack: PACK }] });
    expect(a.sent).toContainEqual({ type: 'packs-changed' });
    expect(b.sent.filter((m) => m.type !== 'settings')).toEqual([]);
    expect(svc.status()).toMatchObject({ ready: true, packs: [{ id: PACK.id, name: PACK.name, version: PACK.version, source: 'user' }] });
  });

  it('reports a rejected pack in status without dropping the rest', () => {
    const svc = createLintService();
    svc.update({ layers: [], error: { path: 'storage.local.userPack:$.clients[0]', message: 'must be a string or an object' } });
    expect(svc.status()).toMatchObject({ ready: true, error: { path: 'storage.local.userPack:$.clients[0]' } });
  });

  it('ignores messages that are not lint requests', () => {
    const svc = createLintService();
    svc.update({ layers: [] });
    const p = fakePort();
    svc.serve(p.port);
    p.send({ type: 'other', text: 'x' });
    p.send(null);
    p.send({ type: 'lint', composer: 1, seq: 1, text: 42 });
    expect(p.sent.filter((m) => m.type !== 'settings')).toEqual([]);
  });

  it('tells each tab the page settings on connect and after every change: sites off and by whom, exceptions, support', () => {
    const svc = createLintService();
    const p = fakePort();
    svc.serve(p.port);
    // Nothing known before the first compile.
    expect(p.sent).toEqual([]);
    svc.update({ layers: [{ source: 'user', pack: { ...PACK, support: { email: 'it@vdp.example', askReason: true } } }], off: { x: 'user', facebook: 'org' } });
    expect(p.sent.find((m) => m.type === 'settings')?.settings).toEqual({ off: { x: 'user', facebook: 'org' }, canAllow: true, support: { email: 'it@vdp.example', askReason: true }, shortcut: 'Alt+Shift+K', privateChats: false, coolDown: { mode: 'ask', minutes: 60 } });
    const late = fakePort();
    svc.serve(late.port);
    expect(late.sent).toEqual([{ type: 'settings', settings: expect.objectContaining({ off: { x: 'user', facebook: 'org' } }) }]);
    svc.update({ layers: [{ source: 'company', pack: PACK, locked: true }] });
    expect(p.sent.filter((m) => m.type === 'settings').at(-1).settings).toMatchObject({ off: {}, canAllow: false });
    // The pack's cool-down reaches the page (the hold before a heated post).
    svc.update({ layers: [{ source: 'company', pack: { ...PACK, coolDown: { mode: 'wait', minutes: 15 } } }] });
    expect(p.sent.filter((m) => m.type === 'settings').at(-1).settings.coolDown).toEqual({ mode: 'wait', minutes: 15 });
    // Private chats switched on (by the user or the admin) reach the page too.
    svc.update({ layers: [{ source: 'company', pack: PACK }], privateChats: true });
    expect(p.sent.filter((m) => m.type === 'settings').at(-1).settings.privateChats).toBe(true);
  });

  it('answers a site that is switched off with no findings', () => {
    const svc = createLintService();
    svc.update({ layers: [{ source: 'user', pack: PACK }], off: { linkedin: 'user' } });
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(1, 1, 'Gisteren bij Jansen Transport geweest.'));
    p.send({ ...lint(2, 1, 'Gisteren bij Jansen Transport geweest.'), platform: 'x' });
    const answers = p.sent.filter((m) => m.type === 'findings');
    expect(answers.map((a) => [a.composer, a.findings.length > 0])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("leaves out the user's exceptions, except under a locked company pack", () => {
    const post = 'Sponsor mijn loop: NL91 ABNA 0417 1643 00, dank!';
    const allowed = [{ ruleId: 'personal-data-iban', text: 'NL91ABNA0417164300' }];
    const ibans = (layers: Parameters<ReturnType<typeof createLintService>['update']>[0]['layers']) => {
      const svc = createLintService();
      svc.update({ layers, allowed });
      const p = fakePort();
      svc.serve(p.port);
      p.send(lint(1, 1, post));
      return p.sent.find((m) => m.type === 'findings').findings.filter((f: any) => f.ruleId === 'personal-data-iban').length;
    };
    expect(ibans([{ source: 'user', pack: PACK }])).toBe(0);
    expect(ibans([{ source: 'company', pack: PACK, locked: true }])).toBe(1);
  });

  it('keeps draft text out of storage and the console', async () => {
    // Empty before, so anything found after was written by linting (other files share this fake).
    fakeBrowser.reset();
    const log = vi.spyOn(console, 'log');
    const err = vi.spyOn(console, 'error');
    const svc = createLintService();
    svc.update({ layers: [{ source: 'user', pack: PACK }] });
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(1, 1, 'Vertrouwelijk: Project Noordster bij Jansen Transport'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    const printed = [...log.mock.calls, ...err.mock.calls].flat().map(String).join('\n');
    expect(printed).not.toContain('Noordster');
  });
  it('checks each composer incrementally, with the findings of a fresh check, and starts over when the packs change', () => {
    const svc = createLintService();
    svc.update({ layers: [{ source: 'user', pack: PACK }] });
    const p = fakePort();
    svc.serve(p.port);
    const fresh = (layers: { source: 'user'; pack: Pack }[], text: string) => createLinter(layers).lint(text, { platform: 'linkedin', uiLang: 'nl' });
    const long = `${'Mooie dag gehad met het team. '.repeat(60)}\n\nGisteren bij Jansen Transport geweest voor de polis.\n\n${'Tot volgende week! '.repeat(40)}`;
    const edited = long.replace('Tot volgende', 'Tot de volgende');
    p.send(lint(1, 1, long));
    p.send(lint(2, 1, 'Gisteren bij NovaChem Europe.'));
    p.send(lint(1, 2, edited));
    const answers = p.sent.filter((m) => m.type === 'findings');
    expect(answers[0].findings).toEqual(fresh([{ source: 'user', pack: PACK }], long));
    expect(answers[2].findings).toEqual(fresh([{ source: 'user', pack: PACK }], edited));
    expect(answers[2].findings.map((f: any) => f.text)).toContain('Jansen Transport');
    // Without the client on the list, the unchanged paragraph must not keep the old finding.
    const without = { ...PACK, clients: (PACK.clients ?? []).filter((c) => (typeof c === 'string' ? c : c.name) !== 'Jansen Transport') };
    svc.update({ layers: [{ source: 'user', pack: without }] });
    p.send(lint(1, 3, `${edited}!`));
    const last = p.sent.filter((m) => m.type === 'findings').at(-1);
    expect(last.findings).toEqual(fresh([{ source: 'user', pack: without }], `${edited}!`));
    expect(last.findings.map((f: any) => f.text)).not.toContain('Jansen Transport');
  });
  describe('a 63,206-character post', () => {
    const longPost = () => {
      const paragraphs = readFileSync(DEV_CORPUS_PATH, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
      let out = '';
      for (let i = 0; out.length < 63_206; i++) out += `${paragraphs[i % paragraphs.length]}\n\n`;
      return out.slice(0, 63_206);
    };
    const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
    const findingsOf = (sent: any[]) => sent.filter((m) => m.type === 'findings');

    it('does not hold up the answer for a short post in another tab, and is answered in full after it', async () => {
      // One step per slice: the long post takes many turns of the event loop whatever the machine's speed.
      const svc = createLintService({ sliceMs: 0 });
      svc.update({ layers: [{ source: 'user', pack: PACK }] });
      const a = fakePort();
      const b = fakePort();
      svc.serve(a.port);
      svc.serve(b.port);
      const text = longPost();
      a.send({ ...lint(1, 1, text), platform: 'facebook' });
      await macrotask();
      // The long check has started and is not done…
      expect(findingsOf(a.sent)).toEqual([]);
      // …and the short post in the other tab is answered at once, not after it.
      b.send(lint(1, 1, 'Gisteren bij Jansen Transport geweest.'));
      expect(findingsOf(b.sent)).toHaveLength(1);
      expect(findingsOf(b.sent)[0].findings.map((f: any) => f.text)).toContain('Jansen Transport');
      expect(findingsOf(a.sent)).toEqual([]);
      while (findingsOf(a.sent).length === 0) await macrotask();
      const answer = findingsOf(a.sent)[0];
      expect(answer).toMatchObject({ composer: 1, seq: 1 });
      expect(answer.findings).toEqual(createLinter([{ source: 'user', pack: PACK }]).lint(text, { platform: 'facebook', uiLang: 'nl' }));
    });

    it('is dropped when the same composer sends a newer draft', async () => {
      const svc = createLintService({ sliceMs: 0 });
      svc.update({ layers: [{ source: 'user', pack: PACK }] });
      const a = fakePort();
      svc.serve(a.port);
      const text = longPost();
      a.send(lint(1, 1, text));
      await macrotask();
      a.send(lint(1, 2, `${text.slice(0, 30_000)}Jansen Transport ${text.slice(30_000)}`.slice(0, 63_206)));
      while (findingsOf(a.sent).length === 0) await macrotask();
      for (let i = 0; i < 40; i++) await macrotask();
      expect(findingsOf(a.sent).map((m) => m.seq)).toEqual([2]);
    });
  });

  it('a check that throws loses only its own findings, and the answer names it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const faulty = await withFaultyEmailCheck(() => import('../../src/platform/lint-service.ts'));
    const svc = faulty.createLintService();
    svc.update({ layers: [{ source: 'company', pack: PACK }] });
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(1, 1, 'Jansen Transport 💥 mail me: piet.jansen@gmail.com'));
    const answer = p.sent.find((m) => m.type === 'findings');
    expect(answer.findings.map((f: any) => f.text)).toEqual(['Jansen Transport']);
    expect(answer.failed).toEqual(['personal-data-email']);
    p.send(lint(1, 2, 'Jansen Transport, mail me: piet.jansen@gmail.com'));
    const second = p.sent.filter((m) => m.type === 'findings')[1];
    expect(second.findings.map((f: any) => f.text)).toEqual(['Jansen Transport', 'piet.jansen@gmail.com']);
    expect(second.failed).toBeUndefined();
    // The popup shows it until the packs change.
    expect(svc.status().failed).toEqual(['personal-data-email']);
    svc.update({ layers: [{ source: 'company', pack: PACK }] });
    expect(svc.status().failed).toBeUndefined();
  });

  it.each([false, true])("a user pattern that does not compile drops the user's pack alone, never the company's (locked: %s)", (locked) => {
    const svc = createLintService();
    const user = { id: 'user', name: 'Mine', version: '1', clients: ['Bakkerij Smit'], rules: [{ id: 'mine', kind: 'pattern', category: 'client', severity: 'block', message: { nl: 'x', en: 'x' }, pattern: '(a)\\1' }] } as Pack;
    // A fresh worker: the first compile is this one.
    svc.update({ layers: [{ source: 'company', pack: PACK, locked }, { source: 'user', pack: user }] });
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(1, 1, 'Net de polis voor Jansen Transport rondgekregen.'));
    const answer = p.sent.find((m) => m.type === 'findings');
    expect(answer.findings.map((f: any) => [f.text, f.severity])).toEqual([['Jansen Transport', 'block']]);
    expect(svc.status().packs.map((x) => x.id)).toContain(PACK.id);
    // Under the lock the user's rules are ignored (nothing to drop); without it the layer is left out and named.
    if (!locked) expect(svc.status().error).toMatchObject({ path: 'pack "user"', message: expect.stringMatching(/left out: it could not be compiled/) });
  });

  it('past MAX_CHARS the answer says where checking stopped', async () => {
    const svc = createLintService();
    svc.update({ layers: [{ source: 'company', pack: PACK }] });
    const p = fakePort();
    svc.serve(p.port);
    p.send(lint(1, 1, `${'a '.repeat(MAX_CHARS / 2)}Jansen Transport`));
    // A long post is checked in steps between other work: its answer comes a few turns later.
    while (!p.sent.some((m) => m.type === 'findings')) await new Promise((resolve) => setTimeout(resolve, 0));
    const answer = p.sent.find((m) => m.type === 'findings');
    expect(answer).toMatchObject({ findings: [], checkedTo: MAX_CHARS });
  });
});
