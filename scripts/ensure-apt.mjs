// Shared by ensure-chromium.mjs and ensure-firefox.mjs: makes sure a browser binary exists,
// installing its Debian package with apt when we are root on Debian/Ubuntu; otherwise prints the
// exact command. Exits the process: 0 when the binary is there, 1 when not.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @param {{ path: string, pkg: string, name: string, otherwise: string }} o
 *   path: the binary; pkg: the Debian package; name: for messages; otherwise: advice without apt.
 */
export function ensureAptBinary({ path, pkg, name, otherwise }) {
  if (existsSync(path)) process.exit(0);

  const hasApt = existsSync('/usr/bin/apt-get');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  if (hasApt && isRoot) {
    console.log(`${name} is missing; installing Debian's ${pkg} package with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env }) : update;
    if (install.status === 0 && existsSync(path)) {
      console.log(`Installed ${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()}`);
      process.exit(0);
    }
    console.error(`Installing ${pkg} with apt-get failed (see above).`);
    process.exit(1);
  }

  console.error(`${name} is not installed at ${path}.`);
  if (hasApt) console.error(`Install it with:\n\n  sudo apt-get update && sudo apt-get install -y ${pkg}\n`);
  else console.error(`${otherwise}\n`);
  process.exit(1);
}
