#!/usr/bin/env node
// One bundled file (scripts/bundle-cli.mjs): resolving and compiling ~40 small modules and
// commander's cost ~20 ms of every start-up; its code cache saves compiling it (cli-script.js).
import { loadCli } from './cli-script.js';

loadCli()
  .main(process.argv)
  .then(
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
