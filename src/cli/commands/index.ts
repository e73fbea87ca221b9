// Every thinktwice subcommand, one file each.
import type { Command } from '../io.ts';
import { evaluate } from './eval.ts';
import { lint } from './lint.ts';
import { pack } from './pack.ts';
import { POLICY_USAGE, runPolicy } from './policy.ts';
import { studio } from './studio.ts';

export const COMMANDS: Command[] = [
  lint,
  evaluate,
  pack,
  { name: 'policy', summary: 'write a policy file that deploys a pack', usage: POLICY_USAGE, run: runPolicy },
  studio,
];
