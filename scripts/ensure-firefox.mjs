#!/usr/bin/env node
// Makes sure Firefox ESR is installed for the Firefox browser test (Debian's `firefox-esr`, which
// honours /etc/firefox/policies/policies.json). Installs it with apt when we are root on
// Debian/Ubuntu; otherwise prints the exact command. The test fails (never skips) without it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

if (existsSync(path)) process.exit(0);

const hasApt = existsSync('/usr/bin/apt-get');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (hasApt && isRoot) {
  console.log('Firefox ESR is missing; installing Debian\'s firefox-esr package with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && existsSync(path)) {
    console.log(`Installed ${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()}`);
    process.exit(0);
  }
  console.error('Installing firefox-esr with apt-get failed (see above).');
  process.exit(1);
}

console.error(`Firefox ESR is not installed at ${path}.`);
if (hasApt) console.error('Install it with:\n\n  sudo apt-get update && sudo apt-get install -y firefox-esr\n');
else console.error('Install Firefox 140 or newer and run again with FIREFOX_PATH=/path/to/firefox.\n');
process.exit(1);
