// Public surface of the pure core.
export { createLinter, MAX_CHARS, type Linter, type LintResult, type LintSession } from './lint.ts';
export { compileLayers } from './compile-layers.ts';
export { mergePacks, type EffectivePack, type Layer, type Source } from './merge.ts';
export type { Pack, CustomRule, NamedEntry } from './schema/pack.ts';
export * from './types.ts';
export { loadPack, type LoadResult, type PackIssue } from './pack-load.ts';
export { compileTerms, type TermMatch, type TermMatcher, type TermOptions, type TermSpec } from './text/terms.ts';
