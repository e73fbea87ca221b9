// The admin's added selectors: appended to the built-ins per kind; a bad one named by its policy path and left out.
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../src/sites/index.ts';
import { patchAdapter } from '../../src/sites/patch.ts';

const linkedin = SITE_ADAPTERS.find((a) => a.id === 'linkedin')!;
// Stands in for the browser's CSS parser (the dom tests use the real one): '[[' is not CSS.
const isValid = (s: string) => !s.includes('[[');

describe('patchAdapter', () => {
  it('no patch for this site: the adapter as it is', () => {
    expect(patchAdapter(linkedin, { x: { submit: ['.y'] } }, isValid)).toEqual({ adapter: linkedin, problems: [] });
  });
  it('adds good selectors after the built-ins, reports bad ones with their path', () => {
    const { adapter, problems } = patchAdapter(linkedin, { linkedin: { submit: ['button[[x', '.publish'], composer: ['.new-editor'] } }, isValid);
    expect(adapter.selectors.submit).toEqual([...linkedin.selectors.submit, '.publish']);
    expect(adapter.selectors.composer).toEqual([...linkedin.selectors.composer, '.new-editor']);
    expect(adapter.selectors.enterSubmits).toEqual(linkedin.selectors.enterSubmits);
    expect(problems).toEqual([{ path: 'siteSelectors.linkedin.submit[0]', message: 'not a valid CSS selector: "button[[x"; ignored' }]);
  });
});
