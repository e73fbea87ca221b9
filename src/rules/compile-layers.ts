// The extension's linter for its layers (company ⊕ user). A user layer that breaks
// compiling — a rule or an entry that makes a check throw — is left out and named;
// the company pack never is. (A user pattern "(a)\1" once made a fresh worker fall
// back to no pack at all: the company's rules were gone until the next change.)
import { createLinter, type Linter } from './lint.ts';
import type { Layer } from './merge.ts';

export interface Dropped {
  packId: string;
  reason: string;
}

const attempt = (layers: readonly Layer[]): Linter | Error => {
  try {
    return createLinter(layers);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
};

export function compileLayers(layers: readonly Layer[]): { linter: Linter; dropped: Dropped[] } {
  const all = attempt(layers);
  if (!(all instanceof Error) && all.broken.length === 0) return { linter: all, dropped: [] };
  const users = layers.filter((l) => l.source === 'user');
  const kept = layers.filter((l) => l.source !== 'user');
  let linter = attempt(kept);
  // Merging a validated pack does not throw; if the company pack ever did, built-ins still run.
  if (linter instanceof Error) {
    const builtins = layers.filter((l) => l.source === 'builtin');
    const dropped = layers.filter((l) => l.source !== 'builtin').map((l) => ({ packId: l.pack.id, reason: (linter as Error).message }));
    return { linter: createLinter(builtins), dropped };
  }
  const dropped: Dropped[] = [];
  for (const user of users) {
    const next = attempt([...kept, user]);
    if (!(next instanceof Error) && next.broken.length <= linter.broken.length) {
      kept.push(user);
      linter = next;
    } else {
      const reason = next instanceof Error ? next.message : next.broken.map((b) => `${b.ruleId}: ${b.message}`).join('; ');
      dropped.push({ packId: user.pack.id, reason });
    }
  }
  return { linter, dropped };
}
