#!/usr/bin/env node
// Makes sure a Chromium that can load an unpacked extension is installed (Debian's `chromium`).
// Installs it with apt when we are root on Debian/Ubuntu; otherwise prints the exact command.
// Branded Google Chrome ignores --load-extension since version 137, so it is not a substitute.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(path)) process.exit(0);

const hasApt = existsSync('/usr/bin/apt-get');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (hasApt && isRoot) {
  console.log('Chromium is missing; installing Debian\'s chromium package with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && existsSync(path)) {
    console.log(`Installed ${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()}`);
    process.exit(0);
  }
  console.error('Installing chromium with apt-get failed (see above).');
  process.exit(1);
}

console.error(`Chromium is not installed at ${path}.`);
if (hasApt) console.error('Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n');
else console.error('Install Chromium (not branded Google Chrome, which no longer loads unpacked extensions from the command line) and run again with CHROMIUM_PATH=/path/to/chromium.\n');
process.exit(1);
