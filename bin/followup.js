#!/usr/bin/env node
// The `followup` command. The TypeScript is compiled into build/ by `npm install` (the prepare script).
'use strict';
const { main } = require('../build/src/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A broken invariant, not an input problem: say so plainly, without a stack trace.
    process.stderr.write(`followup: internt fel / internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 3;
  },
);
