#!/usr/bin/env node
// One bundled file (scripts/bundle-cli.mjs): resolving and compiling ~40 small modules and
// commander's cost ~20 ms of every start-up.
import { main } from '../dist/cli/bundle.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last resort: an unexpected bug still gets one line, and a trace only with --debug.
    process.stderr.write(`clean-article: internal error: ${err?.message ?? err}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${err?.stack}\n`);
    process.exitCode = 1;
  },
);
