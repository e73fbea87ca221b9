// The five kinds of rules a pack can define in `rules[]`, each compiled into an
// ordinary Rule so the pipeline treats them like built-ins.
import type { EffectivePack } from '../merge.ts';
import type { Rule } from '../rule.ts';
import { cooccurrenceRule } from './cooccurrence.ts';
import { patternRule } from './pattern.ts';
import { phraseRule } from './phrase.ts';
import type { Custom } from './shared.ts';
import { requirementRule } from './requirement.ts';
import { termsRule } from './terms.ts';

export function compileCustomRule(r: Custom, _pack: EffectivePack): Rule<any> {
  switch (r.kind) {
    case 'terms':
      return termsRule(r);
    case 'pattern':
      return patternRule(r);
    case 'cooccurrence':
      return cooccurrenceRule(r);
    case 'requirement':
      return requirementRule(r);
    case 'phrase':
      return phraseRule(r);
  }
}
