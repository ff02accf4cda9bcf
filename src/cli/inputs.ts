// Turns the command line's inputs into texts: files, directories walked for texts, and stdin.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCalendarDate } from '../arguments.js';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.text'];

export interface InputText {
  name: string;
  text: string;
  /** Found by walking a directory named on the command line. */
  walked?: boolean;
  /** Its own reference date (an --input ndjson line's "referenceDate"). */
  referenceDate?: string | null;
}
export interface InputError {
  name: string;
  error: string;
  walked?: boolean;
}
export type Input = InputText | InputError;

/** Decodes bytes as UTF-8, refusing invalid sequences rather than replacing them. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) found.push(...(await walk(path)));
    else if (TEXT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) found.push(path);
  }
  return found;
}

export function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (err instanceof TypeError && /encoded data/i.test(err.message)) return 'not valid UTF-8 text';
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

async function readText(name: string, read: () => Promise<Uint8Array>): Promise<Input> {
  try {
    return { name, text: decodeUtf8(await read()) };
  } catch (err) {
    return { name, error: describeReadError(err) };
  }
}

/** Every input named on the command line, in order, each a text or the reason it is not one. */
export async function* expandInputs(names: string[], readStdin: () => Promise<Uint8Array>): AsyncGenerator<Input> {
  for (const name of names) {
    if (name === '-') {
      yield await readText('-', readStdin);
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
      yield await readText(name, () => readFile(name));
      continue;
    }
    let files: string[];
    try {
      files = await walk(name);
    } catch (err) {
      yield { name, error: describeReadError(err) };
      continue;
    }
    if (files.length === 0) yield { name, error: `no ${TEXT_EXTENSIONS.join(', ')} files in this directory` };
    for (const f of files) yield { ...(await readText(f, () => readFile(f))), walked: true };
  }
}

/** One input per line of `{"id", "text", "referenceDate"}` (--input ndjson); `-` is stdin. */
export async function* ndjsonInputs(names: string[], readStdin: () => Promise<Uint8Array>): AsyncGenerator<Input> {
  for (const name of names) {
    let content: string;
    try {
      content = decodeUtf8(name === '-' ? await readStdin() : await readFile(name));
    } catch (err) {
      yield { name, error: describeReadError(err) };
      continue;
    }
    const where = name === '-' ? 'stdin' : name;
    for (const [i, line] of content.split(/\r?\n/).entries()) {
      if (line.trim()) yield parseNdjsonLine(line, `${where}:${i + 1}`);
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
  if (row === null || typeof row !== 'object' || typeof row.text !== 'string') return { name: at, error: 'no "text" string' };
  const ref = row.referenceDate;
  if (ref != null && (typeof ref !== 'string' || !isCalendarDate(ref))) return { name: at, error: '"referenceDate" is not a YYYY-MM-DD date' };
  return { name: row.id == null ? at : String(row.id), text: row.text, referenceDate: ref ?? null };
}
