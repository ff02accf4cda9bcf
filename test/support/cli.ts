// Drives main(argv, io) in-process with captured streams.
import { main, type Io } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSetup {
  /** Piped stdin content; absent means stdin is a terminal. */
  stdin?: string | Uint8Array;
  stdoutIsTTY?: boolean;
  /** Width of the stdout terminal. */
  columns?: number;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export async function runCli(argv: string[], setup: CliSetup = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const piped = setup.stdin;
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: setup.stdoutIsTTY ?? false, columns: setup.columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: setup.stderrIsTTY ?? false },
    stdin: {
      isTTY: piped === undefined,
      read: async () => (typeof piped === 'string' ? new TextEncoder().encode(piped) : (piped ?? new Uint8Array())),
    },
    env: setup.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
