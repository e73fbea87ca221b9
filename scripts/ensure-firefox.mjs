#!/usr/bin/env node
// Makes sure Firefox ESR is installed for the Firefox browser suite (Debian's `firefox-esr`, which
// reads /etc/firefox/policies/policies.json). That suite fails, never skips, without it.
import { ensureAptBinary } from './ensure-apt.mjs';

ensureAptBinary({
  path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  pkg: 'firefox-esr',
  name: 'Firefox ESR',
  otherwise: 'Install Firefox 140 or newer and run again with FIREFOX_PATH=/path/to/firefox.',
});
