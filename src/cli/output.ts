// Where the data goes, with every write checked: a full disk or a short write is an error, never
// a silently truncated file. A file named with -o is written to a temporary file beside it and
// renamed into place only when complete, so it is either whole or not there at all.
import { closeSync, fstatSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A write that failed: `target` is the file or "stdout", `code` the system's error code. */
export class WriteError extends Error {
  constructor(
    readonly target: string,
    readonly code: string,
    what = 'cannot write',
  ) {
    super(`${target}: ${what} (${code})`);
  }
}

const codeOf = (err: unknown): string =>
  (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));

type WriteFn = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/** Writes all of `chunk` to `fd`, going on after short writes; a write of nothing is a full disk. */
export function writeAll(fd: number, chunk: string | Uint8Array, write: WriteFn = writeSync): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  for (let offset = 0; offset < bytes.length;) {
    const written = write(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error('nothing written'), { code: 'ENOSPC' });
    offset += written;
  }
}

export interface Output {
  write(chunk: string): void;
  /** Everything is written: the file takes its place. */
  commit(): void;
  /** The run failed: nothing is left behind. */
  discard(): void;
}

/** Why `-o path` cannot be used at all (a usage error), or null. */
export function outputPathProblem(path: string): string | null {
  if (path === '') return 'option -o, --output needs a file name';
  let isDirectory = path.endsWith('/');
  try {
    isDirectory ||= statSync(path).isDirectory();
  } catch {
    // Not there yet: it will be created.
  }
  return isDirectory ? `-o ${path}: is a directory; give a file name` : null;
}

/**
 * Opens `-o path`. A regular file (or a new one) is written through a temporary file in the same
 * folder, then renamed; a device or pipe (/dev/null, /dev/stdout) is written directly.
 */
export function fileOutput(path: string): Output {
  let direct = false;
  try {
    direct = !statSync(path).isFile();
  } catch {
    // A new file.
  }
  const temp = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, direct ? 'w' : 'wx');
  } catch (err) {
    throw new WriteError(path, codeOf(err));
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const discard = () => {
    try {
      close();
    } catch {
      // Closing can report the same full disk again; the file goes anyway.
    }
    if (!direct) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
  };
  return {
    write(chunk) {
      try {
        writeAll(fd, chunk);
      } catch (err) {
        throw new WriteError(path, codeOf(err));
      }
    },
    commit() {
      try {
        close();
        if (!direct) renameSync(temp, path);
      } catch (err) {
        discard();
        throw new WriteError(path, codeOf(err));
      }
    },
    discard,
  };
}

/** Writes to a stream such as io.stdout; a write that throws becomes a WriteError. */
export function streamOutput(stream: { write(chunk: string): unknown }, name = 'stdout'): Output {
  return {
    write(chunk) {
      try {
        stream.write(chunk);
      } catch (err) {
        throw new WriteError(name, codeOf(err));
      }
    },
    commit() {},
    discard() {},
  };
}

/**
 * The process's stdout for the CLI. Node writes to a file or device without checking for short
 * writes, so those get writeAll on fd 1; terminals and pipes keep Node's stream (a pipe's errors
 * arrive as 'error' events).
 */
export function processStdout(stdout: NodeJS.WriteStream): { write(chunk: string): unknown; isTTY?: boolean } {
  let checked = false;
  try {
    const stat = fstatSync(1);
    checked = !stdout.isTTY && (stat.isFile() || stat.isCharacterDevice());
  } catch {
    // fd 1 closed: Node's stream reports it.
  }
  return checked ? { write: (chunk: string) => writeAll(1, chunk), isTTY: false } : stdout;
}
