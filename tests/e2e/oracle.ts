// The page as attacker: what a script of the social site can do to learn the company's lists
// through the extension. It adds composers of its own (hidden, off screen, transparent, in
// plain view), writes candidate names into them and into the site's real composer in every way
// a script can (DOM writes, execCommand, synthetic key/input/clipboard/drop events), and then
// records everything a page script can observe of the extension: CSS.highlights, the UI host
// (its shadow root, attributes, box, computed style), every attribute in the page, open shadow
// roots, hit testing around the composers (elementsFromPoint), focus, animations, layout shifts. Run in the page's main
// world; docs/security.md ("the page as attacker") reports what it recovered.
import type { Page } from 'playwright-core';

/** The attacker's own composers: selectors the LinkedIn adapter watches, placed to be unseen. */
export const ATTACK_COMPOSERS = {
  hidden: 'display:none',
  offscreen: 'position:fixed;left:-9999px;top:0;width:420px;height:60px',
  transparent: 'position:fixed;left:20px;top:420px;width:420px;height:60px;opacity:0',
  visible: 'position:fixed;left:20px;top:500px;width:420px;height:60px;border:1px solid #999;background:#fff',
  typed: 'position:fixed;left:20px;top:600px;width:420px;height:60px;border:1px solid #999;background:#fff',
} as const;
export type AttackComposer = keyof typeof ATTACK_COMPOSERS;
export type WriteHow = 'dom' | 'exec' | 'events';

/** Adds the attacker's composers to the page (quill-like `.ql-editor` boxes) and a `__atk` toolkit. */
export async function installAttack(page: Page): Promise<void> {
  // tsx/esbuild may name inner functions through a helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate((composers) => {
    const box = document.createElement('div');
    box.id = 'atk';
    for (const [id, style] of Object.entries(composers)) {
      const ed = document.createElement('div');
      Object.assign(ed, { id: `atk-${id}`, className: 'ql-editor', contentEditable: 'true' });
      ed.setAttribute('role', 'textbox');
      // Above the site's own dialog, so a user's click reaches them.
      ed.setAttribute('style', `${style};font:16px/20px sans-serif;overflow:hidden;z-index:2147483000`);
      ed.append(document.createElement('p'));
      box.append(ed);
    }
    document.body.append(box);
    // Layout shifts anywhere in the page (a box that moves by left/top would be one, even inside
    // a closed root; the entry's node is withheld, its existence and size are not).
    const shifts: number[] = [];
    new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift' });

    /** The site's own composer (Quill in #interop-outlet's open shadow root), if open. */
    const siteComposer = () => document.querySelector('#interop-outlet')?.shadowRoot?.querySelector<HTMLElement>('.ql-editor') ?? null;
    const write = (el: HTMLElement, text: string, how: string) => {
      if (how === 'exec') {
        el.focus();
        document.execCommand('selectAll');
        document.execCommand('insertText', false, text);
        return;
      }
      const p = document.createElement('p');
      p.textContent = text;
      el.replaceChildren(p);
      if (how === 'events') {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
        el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
        el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }));
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true }));
      }
    };
    /** Everything a page script can read that the extension might have changed, as one string. */
    const observe = () => {
      const out: string[] = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
      out.push(`highlights:${JSON.stringify(registry ? [...registry].map(([k, h]) => [k, [...h].map((r) => (r instanceof Range ? r.toString() : ''))]) : null)}`);
      for (const host of document.querySelectorAll('think-twice-ui')) {
        const cs = getComputedStyle(host);
        out.push(`host:${host.outerHTML}|root:${String(host.shadowRoot)}|box:${JSON.stringify(host.getBoundingClientRect())}|children:${host.childElementCount}`);
        out.push(`style:${[...cs].map((p) => `${p}=${cs.getPropertyValue(p)}`).join(';')}`);
      }
      // Every element and attribute in the page and in every open shadow root, text left out
      // (the candidate text itself is the page's own writing).
      const walk = (root: Document | ShadowRoot): string =>
        [...root.querySelectorAll('*')]
          .map((e) => `${e.localName}[${[...e.attributes].map((a) => `${a.name}=${a.value}`).join(',')}]${e.shadowRoot ? `{${walk(e.shadowRoot)}}` : ''}`)
          .join('');
      out.push(`dom:${walk(document)}`);
      // Hit testing over each visible composer and the band around it where a badge could sit.
      for (const ed of [...document.querySelectorAll<HTMLElement>('#atk .ql-editor'), siteComposer()]) {
        const r = ed?.getBoundingClientRect();
        if (!r || r.width === 0 || r.right < 0) continue;
        const hits: string[] = [];
        for (let y = Math.max(0, r.top - 30); y < Math.min(innerHeight, r.bottom + 40); y += 4) {
          for (let x = Math.max(0, r.left - 10); x < Math.min(innerWidth, r.right + 90); x += 4) {
            const top = document.elementsFromPoint(x, y).map((e) => e.localName).join('>');
            if (top.includes('think-twice-ui')) hits.push(`${x},${y}:${top}`);
          }
        }
        out.push(`hits:${hits.join(';')}`);
      }
      out.push(`active:${document.activeElement?.localName}#${document.activeElement?.id}`);
      out.push(`animations:${document.getAnimations().length}`);
      out.push(`shifts:${shifts.splice(0).length}`);
      return out.join('\n');
    };
    Object.assign(window, {
      __atk: {
        write(target: string, text: string, how: string) {
          const el = target === 'site' ? siteComposer() : document.getElementById(`atk-${target}`);
          if (!el) throw new Error(`no composer ${target}`);
          write(el, text, how);
        },
        observe,
        text: (target: string) => (target === 'site' ? siteComposer() : document.getElementById(`atk-${target}`))?.textContent ?? '',
      },
    });
  }, ATTACK_COMPOSERS);
}

export const atkWrite = (page: Page, target: AttackComposer | 'site', text: string, how: WriteHow) =>
  page.evaluate(([t, x, h]) => (window as unknown as { __atk: { write(a: string, b: string, c: string): void } }).__atk.write(t, x, h), [target, text, how] as const);

export const atkObserve = (page: Page) => page.evaluate(() => (window as unknown as { __atk: { observe(): string } }).__atk.observe());

export const atkText = (page: Page, target: AttackComposer | 'site') => page.evaluate((t) => (window as unknown as { __atk: { text(a: string): string } }).__atk.text(t), target);

/** Decoy company names in the style of the pack's clients, none of them a client. */
export function decoys(clients: readonly string[], n: number): string[] {
  const first = ['Jansen', 'De Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer'];
  const second = ['Transport', 'Logistiek', 'Bouw', 'Agri', 'Holding', 'Installaties', 'Groep', 'Advies', 'Shipping', 'Capital', 'Europe', 'Techniek'];
  const taken = new Set(clients.map((c) => c.toLowerCase()));
  const out: string[] = [];
  for (const b of second) for (const a of first) if (out.length < n && !taken.has(`${a} ${b}`.toLowerCase())) out.push(`${a} ${b}`);
  return out;
}

/** A candidate post naming `name`, padded to one length so layout cannot tell candidates apart. */
export const candidatePost = (name: string) => `Vandaag langs geweest bij ${name} in Utrecht.`.padEnd(80, ' .');
