#!/usr/bin/env node
// Makes sure a Chromium that can load an unpacked extension is installed (Debian's `chromium`).
// Branded Google Chrome ignores --load-extension since version 137, so it is not a substitute.
import { ensureAptBinary } from './ensure-apt.mjs';

ensureAptBinary({
  path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  pkg: 'chromium',
  name: 'Chromium',
  otherwise: 'Install Chromium (not branded Google Chrome, which no longer loads unpacked extensions from the command line) and run again with CHROMIUM_PATH=/path/to/chromium.',
});
