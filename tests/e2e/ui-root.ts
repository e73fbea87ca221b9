// The extension draws everything in the CLOSED shadow root of <think-twice-ui>, which page
// scripts (and Playwright's locators, which run as page scripts) cannot enter. The DevTools
// protocol can: DOM.getDocument with pierce lists closed roots, DOM.resolveNode turns one into
// a JavaScript object in the frame's main world, and the test takes it as a Playwright handle.
// Only the test holds that handle; the page never sees a reference to the root.
import type { CDPSession, ElementHandle, Frame, Page } from 'playwright-core';

const HOST_TAG = 'think-twice-ui';

interface CdpNode {
  nodeName: string;
  localName?: string;
  backendNodeId: number;
  documentURL?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  shadowRootType?: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdpFor = (page: Page) => {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
};

/** Documents in the tree (the page's and its same-process iframes'), each once. */
function* documents(node: CdpNode): Generator<CdpNode> {
  if (node.nodeName === '#document') yield node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) yield* documents(c);
}

/** The UI host of one document, not descending into iframes (they have their own). */
function findHost(node: CdpNode): CdpNode | undefined {
  if (node.localName === HOST_TAG) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findHost(c);
    if (hit) return hit;
  }
  return undefined;
}

const cache = new WeakMap<Frame, ElementHandle<ShadowRoot>>();

/** The UI's closed shadow root in `frame`, or null when the extension has drawn nothing there. */
export async function uiRoot(frame: Frame): Promise<ElementHandle<ShadowRoot> | null> {
  const known = cache.get(frame);
  if (known && (await known.evaluate((r) => r.host.isConnected).catch(() => false))) return known;
  const cdp = await cdpFor(frame.page());
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const doc = [...documents(root)].find((d) => d.documentURL === frame.url());
  const shadow = doc && findHost(doc)?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  // Handed over under a one-time name that is removed as soon as Playwright holds it.
  const key = `__ttRoot${Math.random().toString(36).slice(2)}`;
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: 'function (key) { Object.defineProperty(window, key, { value: this, configurable: true }); }',
    arguments: [{ value: key }],
  });
  const handle = await frame.evaluateHandle((k) => {
    const w = window as unknown as Record<string, ShadowRoot>;
    const r = w[k]!;
    delete w[k];
    return r;
  }, key);
  const el = handle.asElement() as ElementHandle<ShadowRoot> | null;
  if (el) cache.set(frame, el);
  return el;
}

/** Whether the UI root is closed to the page (mode as the DevTools protocol reports it). */
export async function uiRootMode(frame: Frame): Promise<string | undefined> {
  const cdp = await cdpFor(frame.page());
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const doc = [...documents(root)].find((d) => d.documentURL === frame.url());
  return doc && findHost(doc)?.shadowRoots?.[0]?.shadowRootType;
}

type State = 'attached' | 'detached' | 'visible' | 'hidden';

/**
 * Something inside the UI root, found by CSS selectors step by step (like a Playwright locator,
 * which cannot look into a closed root): `and` narrows the last step, `first`/`nth` picks one,
 * `locator` looks inside. Actions click with the real mouse at the element's centre.
 */
export class UiPart {
  constructor(
    readonly frame: Frame,
    private readonly steps: { sel: string; nth?: number }[],
  ) {}

  /** Also matching `filter` (a compound selector such as `[data-count="2"]`). */
  and(filter: string): UiPart {
    const last = this.steps.at(-1)!;
    return new UiPart(this.frame, [...this.steps.slice(0, -1), { ...last, sel: `${last.sel}${filter}` }]);
  }
  nth(n: number): UiPart {
    return new UiPart(this.frame, [...this.steps.slice(0, -1), { ...this.steps.at(-1)!, nth: n }]);
  }
  first(): UiPart {
    return this.nth(0);
  }
  locator(sel: string): UiPart {
    return new UiPart(this.frame, [...this.steps, { sel }]);
  }

  async all(): Promise<ElementHandle<Element>[]> {
    const root = await uiRoot(this.frame);
    if (!root) return [];
    let scope: ElementHandle<Node>[] = [root];
    for (const { sel, nth } of this.steps) {
      const found = (await Promise.all(scope.map((s) => s.$$(sel)))).flat();
      scope = nth === undefined ? found : found.slice(nth, nth + 1);
    }
    return scope as ElementHandle<Element>[];
  }
  async count(): Promise<number> {
    return (await this.all()).length;
  }
  private async one(timeout = 5_000): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const els = await this.all();
      if (els.length > 1) throw new Error(`${this}: ${els.length} elements match; pick one with first() or nth()`);
      if (els.length === 1 && (await els[0]!.isVisible())) return els[0]!;
      if (Date.now() > deadline) throw new Error(`${this}: not visible within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async waitFor(options: { state?: State; timeout?: number } = {}): Promise<void> {
    const { state = 'visible', timeout = 5_000 } = options;
    const deadline = Date.now() + timeout;
    for (;;) {
      const els = await this.all();
      const visible = els.length > 0 && (await els[0]!.isVisible());
      const ok = state === 'attached' ? els.length > 0 : state === 'detached' ? els.length === 0 : state === 'visible' ? visible : !visible;
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`${this}: not ${state} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async click(): Promise<void> {
    const box = await (await this.one()).boundingBox();
    if (!box) throw new Error(`${this}: no box to click`);
    await this.frame.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  async focus(): Promise<void> {
    await (await this.one()).focus();
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.one()).getAttribute(name);
  }
  async innerText(): Promise<string> {
    return (await this.one()).innerText();
  }
  async evaluate<R>(fn: (el: Element) => R): Promise<R> {
    return (await this.one()).evaluate(fn);
  }
  /** `fn` on every match, in order. */
  async map<R>(fn: (el: Element) => R): Promise<R[]> {
    return Promise.all((await this.all()).map((el) => el.evaluate(fn)));
  }
  toString(): string {
    return `ui(${this.steps.map((s) => (s.nth === undefined ? s.sel : `${s.sel}[nth=${s.nth}]`)).join(' >> ')})`;
  }
}
