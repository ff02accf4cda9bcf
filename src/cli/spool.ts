// Lines kept in temporary files until they are read back, in order: what a long text's windows
// found, held on disk rather than in memory until the command writes it (src/cli/stream.ts).
// Read back as often as asked, each time from the start.
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { writeAll } from './output.js';

/** Characters gathered before a write, and bytes read at a time. */
const CHUNK = 1 << 16;

/** A spool that could not be read back (a failing disk, say): `code` is the system's error code. */
export class ReadBackError extends Error {
  constructor(readonly code: string) {
    super(`a temporary file could not be read back (${code})`);
  }
}

/** One temporary file of text, written in pieces or in lines. */
export class Spool {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'wx+');
  }

  /** Adds a piece of text. */
  write(piece: string): void {
    this.pending.push(piece);
    this.pendingChars += piece.length;
    if (this.pendingChars >= CHUNK) this.flush();
  }

  /** Adds a line (without a line break in it). */
  push(line: string): void {
    this.write(`${line}\n`);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeAll(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
  }

  /** The text, in pieces of about CHUNK bytes, from the start. */
  *text(): Generator<string> {
    this.flush();
    const decoder = new StringDecoder('utf8');
    const bytes = Buffer.alloc(CHUNK);
    for (let position = 0, read; (read = this.readAt(bytes, position)) > 0; position += read)
      yield decoder.write(bytes.subarray(0, read));
    const rest = decoder.end();
    if (rest) yield rest;
  }

  private readAt(bytes: Buffer, position: number): number {
    try {
      return readSync(this.fd, bytes, 0, CHUNK, position);
    } catch (err) {
      throw new ReadBackError((err as NodeJS.ErrnoException)?.code ?? String(err));
    }
  }

  /** The lines, in the order pushed. */
  *lines(): Generator<string> {
    let rest = '';
    for (const piece of this.text()) {
      const lines = (rest + piece).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Spools under `names`, in a temporary folder. Their files are unlinked as soon as they are open
 * (where the system allows, as Unix does), so that nothing is left behind even when the command
 * is killed; elsewhere `dispose()` removes them.
 */
export class SpoolFolder<Name extends string> {
  private readonly path = mkdtempSync(join(tmpdir(), 'analyze-'));
  readonly spools: Record<Name, Spool>;

  constructor(names: readonly Name[]) {
    const spools = {} as Record<Name, Spool>;
    try {
      for (const name of names) spools[name] = new Spool(join(this.path, name));
    } catch (err) {
      for (const spool of Object.values<Spool>(spools)) spool.close();
      this.remove();
      throw err;
    }
    this.spools = spools;
    try {
      for (const name of names) unlinkSync(join(this.path, name));
      rmdirSync(this.path);
    } catch {
      // Open files cannot be unlinked here: dispose() removes them.
    }
  }

  private remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }

  dispose(): void {
    for (const spool of Object.values<Spool>(this.spools)) spool.close();
    this.remove();
  }
}
