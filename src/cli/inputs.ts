// Turns the command line's inputs into texts: files, directories walked for texts, and stdin.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCalendarDate } from '../arguments.js';
import { Utf8Text, type ByteSource } from '../utf8-text.js';
import { fileBytes } from './file-bytes.js';
import { InputTooLarge, readStream } from './stdin.js';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.text'];

export interface InputText {
  name: string;
  /** A long file's text is kept as its UTF-8 bytes: read by windows, it is never decoded whole. */
  text: string | Utf8Text;
  /** Found by walking a directory named on the command line. */
  walked?: boolean;
  /** Its own reference date (an --input ndjson line's "referenceDate"). */
  referenceDate?: string | null;
  /** On the first text of a directory or ndjson source: how many it holds (for progress). */
  batch?: number;
  /** On the first text of a directory: the bytes of all its texts (for -j). */
  batchBytes?: number;
}
export interface InputError {
  name: string;
  error: string;
  walked?: boolean;
  batch?: number;
}
export type Input = InputText | InputError;

export interface ReadLimits {
  /** Inputs longer than this are refused (--max-bytes). */
  maxBytes: number;
  /** Walk hidden folders and node_modules too (--include-hidden). */
  includeHidden?: boolean;
}

/**
 * Reads a file, a device or a FIFO up to `maxBytes`, stopping there. A regular file is read in
 * one piece (read in chunks, a long text is held about twice while it is gathered), or, longer
 * than KEPT_AS_BYTES and `leftLong`, left on disk to be read by windows.
 */
async function readFileLimited(path: string, maxBytes: number, leftLong: true): Promise<Uint8Array | ByteSource>;
async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array>;
async function readFileLimited(path: string, maxBytes: number, leftLong = false): Promise<Uint8Array | ByteSource> {
  if (statSync(path).isFile()) return readRegularFile(path, maxBytes, leftLong);
  const file = await open(path, 'r');
  // A FIFO's writer may be gone once it is opened: it is read through this very handle, which
  // the stream closes.
  let streamed = false;
  try {
    const info = await file.stat();
    if (!info.isFile()) {
      streamed = true;
      return await readStream(file.createReadStream(), maxBytes);
    }
    if (info.size > maxBytes) throw new InputTooLarge(maxBytes);
    if (leftLong && info.size > KEPT_AS_BYTES) return fileBytes(path, info.size);
    return await file.readFile();
  } finally {
    if (!streamed) await file.close();
  }
}

/**
 * A regular file, read synchronously: an asynchronous read waits a turn of the event loop at each
 * step (open, stat, read, close), behind a whole analysis when this thread shares the work with
 * helpers (-j N), and the helpers then wait for texts.
 */
function readRegularFile(path: string, maxBytes: number, leftLong: boolean): Uint8Array | ByteSource {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new InputTooLarge(maxBytes);
    if (leftLong && size > KEPT_AS_BYTES) return fileBytes(path, size);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Decodes bytes as UTF-8, refusing invalid sequences rather than replacing them. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Folders a walk passes by unless --include-hidden: hidden ones and installed packages. */
const skippedFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * The texts below `dir`, in sorted order: regular files (or links to them) with a text extension.
 * FIFOs, sockets and devices are passed by; a folder that cannot be read is reported and the walk
 * goes on.
 */
async function* walk(
  dir: string,
  includeHidden: boolean,
): AsyncGenerator<{ path: string; bytes: number } | InputError> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { name: dir, error: describeReadError(err), walked: true };
    return;
  }
  for (const e of entries.sort(byName)) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (includeHidden || !skippedFolder(e.name)) yield* walk(path, includeHidden);
    } else if (TEXT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
      // A link counts when it leads to a regular file; links to folders are not followed (cycles).
      const info = e.isFile() || e.isSymbolicLink() ? await stat(path).catch(() => null) : null;
      if (info?.isFile()) yield { path, bytes: info.size };
    }
  }
}

export function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (err instanceof TypeError && /encoded data/i.test(err.message)) return 'not valid UTF-8 text';
  if (err instanceof InputTooLarge) return err.message;
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

/**
 * Bytes past which a text is kept as its bytes, or left in its file (checked as UTF-8 all the
 * same). A JavaScript string of it would take two bytes a character on the heap, which V8 lets
 * grow by a factor of what survives there: 604 MB peak for 60 MB of text in json, where the
 * windows need a part at a time.
 */
export const KEPT_AS_BYTES = 1024 * 1024;

async function readText(name: string, read: () => Promise<Uint8Array | ByteSource>, maxBytes: number): Promise<Input> {
  try {
    const bytes = await read();
    if (bytes.length > maxBytes) throw new InputTooLarge(maxBytes);
    if (!(bytes instanceof Uint8Array) || bytes.length > KEPT_AS_BYTES) return { name, text: new Utf8Text(bytes) };
    return { name, text: decodeUtf8(bytes) };
  } catch (err) {
    return { name, error: describeReadError(err) };
  }
}

/** Every input named on the command line, in order, each a text or the reason it is not one. */
export async function* expandInputs(
  names: string[],
  readStdin: (maxBytes: number) => Promise<Uint8Array>,
  limits: ReadLimits,
): AsyncGenerator<Input> {
  const { maxBytes } = limits;
  for (const name of names) {
    if (name === '-') {
      yield await readText('-', () => readStdin(maxBytes), maxBytes);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(name)).isDirectory();
    } catch (err) {
      yield { name, error: describeReadError(err) };
      continue;
    }
    if (!isDir) {
      yield await readText(name, () => readFileLimited(name, maxBytes, true), maxBytes);
      continue;
    }
    // The walk is listed first (paths only) so that progress knows how many texts there are.
    const listed = [];
    for await (const found of walk(name, limits.includeHidden === true)) listed.push(found);
    let texts = 0;
    let batch: number | undefined = listed.length;
    let batchBytes: number | undefined = listed.reduce((n, found) => n + ('bytes' in found ? found.bytes : 0), 0);
    for (const found of listed) {
      if ('error' in found) yield { ...found, batch };
      else {
        texts++;
        yield {
          ...(await readText(found.path, () => readFileLimited(found.path, maxBytes, true), maxBytes)),
          walked: true,
          batch,
          batchBytes,
        };
        batchBytes = undefined;
      }
      batch = undefined;
    }
    if (texts === 0) yield { name, error: `no ${TEXT_EXTENSIONS.join(', ')} files in this directory` };
  }
}

/** The bytes of the regular files among `names` (folders are told as they are walked). */
export async function namedFileBytes(names: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const name of names) {
    const info = await stat(name).catch(() => null);
    if (info?.isFile()) bytes += info.size;
  }
  return bytes;
}

/** One input per line of `{"id", "text", "referenceDate"}` (--input ndjson); `-` is stdin. */
export async function* ndjsonInputs(
  names: string[],
  readStdin: (maxBytes: number) => Promise<Uint8Array>,
  { maxBytes }: ReadLimits,
): AsyncGenerator<Input> {
  for (const name of names) {
    let content: string;
    try {
      const bytes = name === '-' ? await readStdin(maxBytes) : await readFileLimited(name, maxBytes);
      if (bytes.length > maxBytes) throw new InputTooLarge(maxBytes);
      content = decodeUtf8(bytes);
    } catch (err) {
      yield { name, error: describeReadError(err) };
      continue;
    }
    const where = name === '-' ? 'stdin' : name;
    const lines = content.split(/\r?\n/);
    let batch: number | undefined = lines.filter((line) => line.trim()).length;
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      yield { ...parseNdjsonLine(line, `${where}:${i + 1}`), batch };
      batch = undefined;
    }
  }
}

function parseNdjsonLine(line: string, at: string): Input {
  let row: { id?: unknown; text?: unknown; referenceDate?: unknown };
  try {
    row = JSON.parse(line);
  } catch {
    return { name: at, error: 'not a JSON object' };
  }
  // Errors name the line; results are named by their id.
  if (row === null || typeof row !== 'object' || typeof row.text !== 'string')
    return { name: at, error: 'no "text" string' };
  const ref = row.referenceDate;
  if (ref != null && (typeof ref !== 'string' || !isCalendarDate(ref)))
    return { name: at, error: '"referenceDate" is not a YYYY-MM-DD date' };
  return { name: row.id == null ? at : String(row.id), text: row.text, referenceDate: ref ?? null };
}
