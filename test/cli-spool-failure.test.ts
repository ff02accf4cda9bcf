// A long text's findings are read back from temporary files (src/cli/spool.ts) when its JSON is
// written. If that reading fails (a failing disk), the output is still valid JSON or nothing: the
// text is reported on one line with exit 1 and the others are written; or, once part of its JSON
// is out on stdout (which cannot be taken back), that part is closed as valid JSON and the run ends.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WINDOW } from '../src/windows.js';
import { runCli } from './support/cli.js';
import { ownStatements } from './support/fixtures.js';

/** Spools, by name, whose reads fail from a byte position on (0: any read). */
const failing = new Map<string, number>();
/** Past the first two pieces read back (64 KB each): part of the text's JSON has been written then. */
const PAST_TWO_PIECES = 2 << 16;
const spoolFds = new Map<number, string>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    openSync: (path: string, flags: string) => {
      const fd = fs.openSync(path, flags);
      if (flags === 'wx+') spoolFds.set(fd, basename(path));
      return fd;
    },
    readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => {
      const from = failing.get(spoolFds.get(fd) ?? '');
      if (from !== undefined && position >= from)
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      return fs.readSync(fd, buffer, offset, length, position);
    },
  };
});

/**
 * What breaks the contract in an analysis closed early: a key that is '' (made up to close it) or
 * a span whose `text` is not its slice of the input (a string cut part-way).
 */
function brokenIn(value: unknown, input: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => brokenIn(item, input));
  if (typeof value !== 'object' || value === null) return [];
  const span = value as { start?: unknown; end?: unknown; text?: unknown };
  const broken = Object.hasOwn(value, '') ? ['a key ""'] : [];
  if (typeof span.start === 'number' && typeof span.end === 'number' && typeof span.text === 'string')
    if (input.slice(span.start, span.end).join('') !== span.text) broken.push(`span ${span.start}-${span.end}`);
  return [...broken, ...Object.values(value).flatMap((v) => brokenIn(v, input))];
}

describe('reading a long text back from its temporary files fails', () => {
  let dir: string;
  let long: string;
  let short: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-spool-fail-'));
    long = join(dir, 'long.txt');
    short = join(dir, 'short.txt');
    // Long enough that its JSON, even compact, is more than two pieces.
    const text = Array.from({ length: 3 }, ownStatements).join('\n\n');
    expect(text.length).toBeGreaterThan(WINDOW);
    writeFileSync(long, text);
    writeFileSync(short, '"We are ready," the minister said on Monday.\n');
  });
  afterEach(() => failing.clear());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('while its JSON is made: that text is reported on one line, exit 1, the output stays valid JSON', async () => {
    failing.set('quotes', 0);
    const r = await runCli(['--json', short, long]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`analyze: ${long}: a temporary file could not be read back (EIO)\n`);
    const written = JSON.parse(r.stdout) as { source: string }[];
    expect(written.map((a) => a.source)).toEqual([short]);
  });

  it('the same in ndjson: the lines written are whole', async () => {
    failing.set('events', 0);
    const r = await runCli(['-f', 'ndjson', long, short]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^analyze: [^\n]+long\.txt: a temporary file could not be read back \(EIO\)\n$/);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { source: string }).source),
    ).toEqual([short]);
  });

  it('once part of it is written: one line, exit 1, and with -o no file is left', async () => {
    failing.set('json', PAST_TWO_PIECES);
    const out = join(dir, 'out.json');
    const r = await runCli(['--json', '-o', out, long]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('analyze: output: cut short: a temporary file could not be read back (EIO)\n');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['long.txt', 'short.txt']);
  });

  it('once part of it is written to stdout: what was written is closed as valid JSON, one line, exit 1', async () => {
    failing.set('json', PAST_TWO_PIECES);
    const r = await runCli(['--json', short, long]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('analyze: output: cut short: a temporary file could not be read back (EIO)\n');
    const written = JSON.parse(r.stdout) as { source: string }[];
    expect(written.map((a) => a.source)).toEqual([short, long]);
    expect(brokenIn(written[1], Array.from(readFileSync(long, 'utf8')))).toEqual([]);
  });

  it('the same in ndjson: every line is valid JSON', async () => {
    failing.set('json', PAST_TWO_PIECES);
    const r = await runCli(['-f', 'ndjson', short, long]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { source: string }).source)).toEqual([short, long]);
    expect(brokenIn(JSON.parse(lines[1]!), Array.from(readFileSync(long, 'utf8')))).toEqual([]);
  });

  it('before any of it is written: that text alone is reported and left out, the others written', async () => {
    failing.set('json', 0);
    const r = await runCli(['--json', long, short]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`analyze: ${long}: a temporary file could not be read back (EIO)\n`);
    const written = JSON.parse(r.stdout) as { source: string }[];
    expect(written.map((a) => a.source)).toEqual([short]);
  });
});
