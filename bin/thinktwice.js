#!/usr/bin/env node
// Thin launcher: loads the TypeScript CLI through tsx's API (no build step).
import { tsImport } from 'tsx/esm/api';

const { runFromProcess } = await tsImport('../src/cli/main.ts', import.meta.url);
runFromProcess();
