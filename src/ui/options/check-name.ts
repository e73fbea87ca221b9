// A check as an employee knows it: the rule's own description (a company rule:
// its message). Rule ids are for admins only.
import type { Linter } from '../../rules/index.ts';
import type { Texts } from '../../i18n/index.ts';

export function checkName(linter: Linter, ruleId: string, t: Texts): string {
  const meta = linter.rules.find((m) => m.id === ruleId);
  if (meta) return meta.description[t.lang];
  const custom = linter.pack.rules.find((r) => r.id === ruleId);
  if (custom) return custom.message[t.lang];
  return t('checkInactive');
}
