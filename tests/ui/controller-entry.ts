// Test page wiring: the real controller on a plain contenteditable, with a
// stand-in linter whose answer delay the test controls.
import { startController } from '../../src/ui/controller.ts';
import { defineSiteAdapter } from '../../src/sites/types.ts';
import { quill } from '../../src/sites/editors/quill.ts';
import { textarea } from '../../src/sites/editors/textarea.ts';
import type { Finding } from '../../src/rules/index.ts';
import type { LintAnswer, LintRequest } from '../../src/platform/protocol.ts';

const adapter = defineSiteAdapter({
  id: 'linkedin',
  matches: ['localhost'],
  selectors: { composer: ['.ql-editor[contenteditable="true"]', 'textarea'], submit: ['[data-testid="post"]'] },
  editor: [quill, textarea],
});

const RULES: [RegExp, Finding['severity'], string | undefined][] = [
  [/geheim/g, 'block', undefined],
  [/klant/g, 'warn', 'relatie'],
];

function lint(text: string): Finding[] {
  const out: Finding[] = [];
  for (const [re, severity, replacement] of RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const f: Finding = { ruleId: `t-${severity}`, category: 'confidential', severity, start, end, text: m[0], message: { nl: `nl ${m[0]}`, en: `en ${m[0]}` } };
      if (replacement) f.suggestion = { start, end, replacement, label: { nl: 'vervang', en: 'replace' } };
      out.push(f);
    }
  }
  return out;
}

const state = { delays: [] as number[], posts: [] as string[], editorMutations: 0, sent: [] as string[] };
Object.assign(window, { ttState: state });

/** The composer's text as the extension reads it (what underline offsets index). */
export function text(): string {
  const root = document.querySelector<HTMLElement>('.ql-editor, textarea')!;
  return (root instanceof HTMLTextAreaElement ? textarea : quill).read(root).text;
}

export function start(): void {
  const root = document.querySelector<HTMLElement>('.ql-editor, textarea')!;
  document.querySelector('[data-testid="post"]')!.addEventListener('click', () => {
    state.posts.push(root instanceof HTMLTextAreaElement ? root.value : root.innerText.trim());
  });
  startController({
    adapter,
    doc: document,
    lang: 'en',
    label: (k) => k,
    connect(onAnswer: (a: LintAnswer) => void) {
      return {
        send(r: Omit<LintRequest, 'type'>) {
          state.sent.push(r.text);
          const delay = state.delays.shift() ?? 5;
          // "💥" plays a check that failed on the post, "✂" a post checked only in part.
          const incomplete = { ...(r.text.includes('💥') ? { failed: ['t-broken'] } : {}), ...(r.text.includes('✂') ? { checkedTo: 4 } : {}) };
          setTimeout(() => onAnswer({ type: 'findings', composer: r.composer, seq: r.seq, findings: lint(r.text), ...incomplete }), delay);
        },
      };
    },
  });
}
