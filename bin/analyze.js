#!/usr/bin/env node
// The `analyze` command: wires the process to main(argv, io) from the compiled sources. Whatever
// goes wrong, the user sees one line, never a stack trace.
const fail = (err) => {
  // A write that failed outside the data's own checked writes (--help, --schema on a full disk).
  if (err?.syscall === 'write') process.stderr.write(`analyze: stdout: cannot write (${err.code})\n`);
  else
    process.stderr.write(
      `analyze: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`,
    );
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// A reader that stops early (`analyze … | head`) is not an error.
process.stdout.on('error', (err) => (err.code === 'EPIPE' ? process.exit(0) : fail(err)));

try {
  const { main } = await import('../dist/cli/main.js');
  const { readStream } = await import('../dist/cli/stdin.js');
  const { processStdout } = await import('../dist/cli/output.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: processStdout(process.stdout),
    stderr: process.stderr,
    stdin: { isTTY: process.stdin.isTTY, read: (maxBytes) => readStream(process.stdin, maxBytes) },
    env: process.env,
  });
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && /dist/.test(String(err.message))) {
    process.stderr.write('analyze: not built yet: run `npm install` (or `npm run build`) first\n');
    process.exit(1);
  }
  fail(err);
}
