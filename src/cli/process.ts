// main(argv, io) wired to this process: its arguments, streams and environment. Whatever goes
// wrong, the user sees one line, never a stack trace. The entry of the bundle bin/analyze.js loads.
import { main } from './main.js';
import { processStdout } from './output.js';
import { readStream } from './stdin.js';

function fail(err: unknown): never {
  // A write that failed outside the data's own checked writes (--help, --schema on a full disk).
  if ((err as NodeJS.ErrnoException)?.syscall === 'write')
    process.stderr.write(`analyze: stdout: cannot write (${(err as NodeJS.ErrnoException).code})\n`);
  else
    process.stderr.write(
      `analyze: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`,
    );
  process.exit(1);
}

/** Runs the command on `argv` (the user's arguments) and sets the process's exit code. */
export async function runProcess(argv: string[]): Promise<void> {
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // A reader that stops early (`analyze … | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(0) : fail(err)));
  try {
    process.exitCode = await main(argv, {
      stdout: processStdout(process.stdout),
      stderr: process.stderr,
      stdin: { isTTY: process.stdin.isTTY, read: (maxBytes) => readStream(process.stdin, maxBytes) },
      env: process.env,
    });
  } catch (err) {
    fail(err);
  }
}
