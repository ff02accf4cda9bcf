#!/usr/bin/env node
// The `analyze` command: wires the process to main(argv, io) from the compiled sources.
import { main } from '../dist/cli/main.js';
import { readStream } from '../dist/cli/stdin.js';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: { isTTY: process.stdin.isTTY, read: () => readStream(process.stdin) },
  env: process.env,
});
process.exitCode = code;
