// Background side: compile the effective pack once per change and answer lint
// requests from content scripts. No draft text is stored or logged here.
import { browser } from 'wxt/browser';
import { compileLayers, createLinter, type Linter, type LintResult } from '../rules/index.ts';
import type { LayerState } from './packs.ts';
import { LINT_PORT, type LintRequest, type PortLike, STATUS_MESSAGE, type Status } from './protocol.ts';
import { createThrottle } from './tab-budget.ts';

export interface LintService {
  /** Install a new set of layers (compiles once) and tell open tabs to re-lint. */
  update(state: LayerState): void;
  /** Serve one connected port. */
  serve(port: PortLike): void;
  status(): Status;
}

export function createLintService(): LintService {
  let linter: Linter | undefined;
  let error: Status['error'];
  // Sites switched off by the admin or the user: drafts there get no findings.
  let disabled = new Set<string>();
  const ports = new Set<PortLike>();
  const throttle = createThrottle();
  // Rule ids that failed since the packs last changed: logged once each, shown in the popup.
  const failing = new Set<string>();
  // Requests that arrive before the first compile wait here (latest per composer).
  const waiting = new Map<PortLike, Map<number, LintRequest>>();

  const answer = (port: PortLike, req: LintRequest) => {
    if (!linter) {
      let m = waiting.get(port);
      if (!m) waiting.set(port, (m = new Map()));
      m.set(req.composer, req);
      return;
    }
    const off = !!req.platform && disabled.has(req.platform);
    let result: LintResult;
    try {
      result = off ? { findings: [], failed: [], checked: req.text.length } : linter.check(req.text, { platform: req.platform, uiLang: req.uiLang });
    } catch (err) {
      // Rules are isolated inside the linter; this is the linter itself. Report without text.
      console.error('[thinktwice] lint failed:', (err as Error)?.message);
      result = { findings: [], failed: ['linter'], checked: 0 };
    }
    const { findings, failed, checked } = result;
    for (const id of failed) if (!failing.has(id) && failing.add(id)) console.error(`[thinktwice] the check ${id} failed; its findings are missing`);
    port.postMessage({
      type: 'findings',
      composer: req.composer,
      seq: req.seq,
      findings,
      ...(failed.length ? { failed } : {}),
      ...(checked < req.text.length ? { checkedTo: checked } : {}),
    });
  };

  return {
    update(state) {
      try {
        // A user layer that breaks compiling is left out alone; the company pack stays.
        const { linter: next, dropped } = compileLayers(state.layers);
        linter = next;
        const broken = next.broken[0];
        error =
          state.error ??
          (dropped[0] && { path: `pack "${dropped[0].packId}"`, message: `left out: it could not be compiled (${dropped[0].reason})` }) ??
          (broken && { path: `rule ${broken.ruleId}`, message: `this check could not be compiled and is off: ${broken.message}` });
        disabled = new Set(state.disabledSites ?? []);
        failing.clear();
      } catch (err) {
        // compileLayers falls back on its own, so this is a bug: keep the previous linter (or built-ins).
        error = { path: 'pack', message: String((err as Error)?.message ?? err) };
        linter ??= createLinter([]);
      }
      for (const [port, reqs] of waiting) for (const req of reqs.values()) answer(port, req);
      waiting.clear();
      for (const port of ports) safePost(port, { type: 'packs-changed' });
    },
    serve(port) {
      ports.add(port);
      port.onMessage.addListener((msg: LintRequest) => {
        if (msg && msg.type === 'lint' && typeof msg.text === 'string') throttle.submit(port, msg, answer);
      });
      port.onDisconnect.addListener(() => {
        ports.delete(port);
        waiting.delete(port);
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
