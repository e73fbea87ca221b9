// Selectors an admin adds per site (policy `siteSelectors`) on top of an adapter's built-in ones,
// the day a site changes, without a new release. Each one is checked as CSS where the page runs
// (`isValid`); a bad one is reported with its policy path and left out, the built-ins stay.
import type { SiteSelectorPatch } from '../rules/policy/model.ts';
import type { Issue } from '../rules/schema/dsl.ts';
import type { SiteAdapter } from './types.ts';

const KINDS = ['composer', 'submit', 'enterSubmits'] as const;

export function patchAdapter(
  adapter: SiteAdapter,
  patch: SiteSelectorPatch | undefined,
  isValid: (selector: string) => boolean,
): { adapter: SiteAdapter; problems: Issue[] } {
  const extra = patch?.[adapter.id];
  const problems: Issue[] = [];
  if (!extra) return { adapter, problems };
  const selectors = { ...adapter.selectors };
  for (const kind of KINDS) {
    const good = (extra[kind] ?? []).filter((sel, i) => {
      if (typeof sel === 'string' && sel.trim() && isValid(sel)) return true;
      problems.push({ path: `siteSelectors.${adapter.id}.${kind}[${i}]`, message: `not a valid CSS selector: ${JSON.stringify(sel)}; ignored` });
      return false;
    });
    if (good.length) selectors[kind] = [...(adapter.selectors[kind] ?? []), ...good];
  }
  return { adapter: { ...adapter, selectors }, problems };
}

/** A CSS selector check for a document (querySelector throws a SyntaxError on a bad one). */
export function cssValidator(doc: Document): (selector: string) => boolean {
  const probe = doc.createDocumentFragment();
  return (selector) => {
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}
