// Background side: compile the effective pack once per change and answer lint
// requests from content scripts. No draft text is stored or logged here.
import { browser } from 'wxt/browser';
import { OPEN_FINDINGS_KEY } from '../commands.ts';
import { type AllowEntry, applyAllowList, compileLayers, createLinter, type Linter, type LintResult, type LintSession } from '../rules/index.ts';
import type { LayerState } from './packs.ts';
import { createScheduler, type SchedulerOptions } from './scheduler.ts';
import { LINT_PORT, type LintRequest, type PageSettings, type PortLike, STATUS_MESSAGE, type Status } from './protocol.ts';
import { createThrottle } from './tab-budget.ts';

/** Longer drafts are checked in steps, so that other tabs' drafts are answered in between. */
const LONG_POST = 8000;
/** Composers per tab whose last draft is kept for incremental checks. */
const MAX_SESSIONS_PER_PORT = 8;

export interface LintService {
  /** Install a new set of layers (compiles once) and tell open tabs to re-lint. */
  update(state: LayerState): void;
  /** The open-findings shortcut as the user has it, for the page settings. */
  setShortcut(shortcut: string): void;
  /** Serve one connected port. */
  serve(port: PortLike): void;
  status(): Status;
}

export function createLintService(options: SchedulerOptions = {}): LintService {
  let linter: Linter | undefined;
  let error: Status['error'];
  // Sites switched off by the organisation or the user: drafts there get no findings.
  let off: PageSettings['off'] = {};
  // The user's exceptions; not applied under a locked company pack.
  let allowed: readonly AllowEntry[] = [];
  let shortcut = OPEN_FINDINGS_KEY;
  let privateChats = false;
  let siteSelectors: PageSettings['siteSelectors'];
  const ports = new Set<PortLike>();
  const throttle = createThrottle();
  // Rule ids that failed since the packs last changed: logged once each, shown in the popup.
  const failing = new Set<string>();
  // Requests that arrive before the first compile wait here (latest per composer).
  const waiting = new Map<PortLike, Map<number, LintRequest>>();
  const scheduler = createScheduler(options);
  // One session per composer: a keystroke re-checks only the region around the edit.
  let sessions = new Map<PortLike, Map<number, LintSession>>();
  const sessionFor = (port: PortLike, composer: number, current: Linter): LintSession => {
    let m = sessions.get(port);
    if (!m) sessions.set(port, (m = new Map()));
    let s = m.get(composer);
    if (!s) {
      // A page that keeps making composers must not make the background keep every draft.
      if (m.size >= MAX_SESSIONS_PER_PORT) m.delete(m.keys().next().value!);
      m.set(composer, (s = current.session()));
    }
    return s;
  };

  const answer = (port: PortLike, req: LintRequest) => {
    if (!linter) {
      let m = waiting.get(port);
      if (!m) waiting.set(port, (m = new Map()));
      m.set(req.composer, req);
      return;
    }
    const reply = (result: LintResult) => {
      const { failed, checked } = result;
      // The user's exceptions, unless the company locked its rules.
      const findings = linter && !linter.pack.locked && allowed.length ? applyAllowList(result.findings, allowed) : result.findings;
      for (const id of failed) if (!failing.has(id) && failing.add(id)) console.error(`[thinktwice] the check ${id} failed; its findings are missing`);
      safePost(port, {
        type: 'findings',
        composer: req.composer,
        seq: req.seq,
        findings,
        ...(failed.length ? { failed } : {}),
        ...(checked < req.text.length ? { checkedTo: checked } : {}),
      });
    };
    if (req.platform && off[req.platform]) return reply({ findings: [], failed: [], checked: req.text.length });
    const session = sessionFor(port, req.composer, linter);
    scheduler.run(
      session,
      {
        steps: session.steps(req.text, { platform: req.platform, uiLang: req.uiLang }),
        done: reply,
        failed(err) {
          // Rules are isolated inside the linter; this is the linter itself. Report without text.
          console.error('[thinktwice] lint failed:', (err as Error)?.message);
          reply({ findings: [], failed: ['linter'], checked: 0 });
        },
      },
      req.text.length > LONG_POST,
    );
  };

  const pageSettings = (): PageSettings => ({
    off,
    canAllow: !linter?.pack.locked,
    support: linter?.pack.support ?? { askReason: false },
    shortcut,
    privateChats,
    ...(siteSelectors ? { siteSelectors } : {}),
    ...(linter ? { coolDown: linter.pack.coolDown } : {}),
  });

  return {
    update(state) {
      try {
        // A user layer that breaks compiling is left out alone; the company pack stays.
        const { linter: next, dropped } = compileLayers(state.layers);
        linter = next;
        sessions = new Map();
        scheduler.clear();
        const broken = next.broken[0];
        error =
          state.error ??
          (dropped[0] && { path: `pack "${dropped[0].packId}"`, message: `left out: it could not be compiled (${dropped[0].reason})` }) ??
          (broken && { path: `rule ${broken.ruleId}`, message: `this check could not be compiled and is off: ${broken.message}` });
        off = state.off ?? {};
        allowed = state.allowed ?? [];
        privateChats = state.privateChats ?? false;
        siteSelectors = state.siteSelectors;
        failing.clear();
      } catch (err) {
        // compileLayers falls back on its own, so this is a bug: keep the previous linter (or built-ins).
        error = { path: 'pack', message: String((err as Error)?.message ?? err) };
        linter ??= createLinter([]);
      }
      for (const [port, reqs] of waiting) for (const req of reqs.values()) answer(port, req);
      waiting.clear();
      for (const port of ports) {
        safePost(port, { type: 'settings', settings: pageSettings() });
        safePost(port, { type: 'packs-changed' });
      }
    },
    setShortcut(s) {
      if (s === shortcut) return;
      shortcut = s;
      if (linter) for (const port of ports) safePost(port, { type: 'settings', settings: pageSettings() });
    },
    serve(port) {
      ports.add(port);
      if (linter) safePost(port, { type: 'settings', settings: pageSettings() });
      port.onMessage.addListener((msg: LintRequest) => {
        if (msg && msg.type === 'lint' && typeof msg.text === 'string') throttle.submit(port, msg, answer);
      });
      port.onDisconnect.addListener(() => {
        ports.delete(port);
        waiting.delete(port);
        sessions.delete(port);
        throttle.drop(port);
      });
    },
    status() {
      return {
        ready: !!linter,
        packs: linter ? linter.pack.packs.map(({ id, name, version, source }) => ({ id, name, version, source })) : [],
        ...(error ? { error } : {}),
        ...(failing.size ? { failed: [...failing] } : {}),
      };
    },
  };
}

function safePost(port: PortLike, message: unknown): void {
  try {
    port.postMessage(message);
  } catch {
    // The tab went away between the change and this message.
  }
}

/** Wires the service to the runtime: lint ports and the status message. */
export function listenForClients(service: LintService): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === LINT_PORT) service.serve(port as unknown as PortLike);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === STATUS_MESSAGE) return Promise.resolve(service.status());
    return undefined;
  });
}
