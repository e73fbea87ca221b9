#!/usr/bin/env node
// node_modules/.bin/thinktwice → here (Node resolves the symlinks); the CLI lives in the root package.
import '../../../bin/thinktwice.js';
