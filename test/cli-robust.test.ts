// The command line against careless and hostile use, through main(argv, io): bad option values,
// outputs that cannot be written, oversized inputs, directory walks with odd entries.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { fileOutput, writeAll } from '../src/cli/output.js';
import { runCli } from './support/cli.js';

const HAS_DEV_FULL = existsSync('/dev/full');
const BIN = new URL('../bin/analyze.js', import.meta.url).pathname;
const BUILT = existsSync(new URL('../dist/cli/main.js', import.meta.url));

let dir: string;
let one: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-robust-'));
  one = join(dir, 'one.txt');
  writeFileSync(one, 'The envoy said: "We will return to Vienna on Monday." Talks ended on May 4, 2021.\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('usage errors: exit 2, one message, no data', () => {
  it.each([
    [['--reference-date', 'x']],
    [['--reference-date', '2020-13-45']],
    [['--reference-date', 'yesterday']],
    [['--reference-date', '']],
  ])('%j', async (argv) => {
    const r = await runCli([...argv, one]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
    expect(r.stdout).toBe('');
  });
});

describe('-o names a file', () => {
  it.each([
    [() => ['-o', '']],
    [() => ['-o', dir]],
    [() => ['--output', `${join(dir, 'sub')}/`]],
  ])('%#: a directory or an empty name is a usage error', async (argv) => {
    const r = await runCli(['--json', ...argv(), one]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^analyze: .*(needs a file name|is a directory)/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('a complete run replaces the file and leaves no temporary file beside it', async () => {
    const folder = join(dir, 'whole');
    mkdirSync(folder);
    const out = join(folder, 'out.json');
    writeFileSync(out, 'old');
    const r = await runCli(['-q', '--json', '-o', out, one]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).source).toBe(one);
    expect(readdirSync(folder)).toEqual(['out.json']);
  });
});

describe('every write is checked', () => {
  it.skipIf(!HAS_DEV_FULL)('-o /dev/full: one line, exit 1', async () => {
    const r = await runCli(['--json', '-o', '/dev/full', one]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('analyze: /dev/full: cannot write (ENOSPC)\n');
  });

  it.skipIf(!HAS_DEV_FULL || !BUILT).each([['--json'], ['-f', 'html'], ['-f', 'ndjson'], ['-f', 'csv']])(
    'the command with stdout on /dev/full (%s): one line, exit 1',
    (...format) => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, ...format, one], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('analyze: stdout: cannot write (ENOSPC)\n');
      } finally {
        closeSync(full);
      }
    },
  );

  it('a stdout that fails part way: the run stops with one line and exit 1', async () => {
    let stderr = '';
    let written = 0;
    const io: Io = {
      stdout: {
        write: (s: string) => {
          if (written + s.length > 100) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          written += s.length;
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: { isTTY: true, read: async () => new Uint8Array() },
      env: {},
    };
    expect(await main(['-f', 'ndjson', one, one, one], io)).toBe(1);
    expect(stderr).toBe('analyze: stdout: cannot write (ENOSPC)\n');
  });

  it('writeAll goes on after short writes and calls a write of nothing a full disk', () => {
    const got: number[] = [];
    const shortWrites = (_fd: number, bytes: Uint8Array, offset: number, length: number) => {
      const n = Math.min(3, length);
      for (const b of bytes.subarray(offset, offset + n)) got.push(b);
      return n;
    };
    writeAll(9, 'abcdefgh', shortWrites);
    expect(Buffer.from(got).toString()).toBe('abcdefgh');
    let calls = 0;
    const fills = (_fd: number, _b: Uint8Array, _o: number, length: number) => (calls++ === 0 ? Math.min(4, length) : 0);
    expect(() => writeAll(9, 'abcdefgh', fills)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
  });

  it('a discarded -o file leaves the old file as it was and no temporary file', () => {
    const folder = join(dir, 'discard');
    mkdirSync(folder);
    const out = join(folder, 'out.json');
    writeFileSync(out, 'old');
    const o = fileOutput(out);
    o.write('{"half": ');
    o.discard();
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['out.json']);
    const fresh = fileOutput(join(folder, 'new.json'));
    fresh.write('{');
    fresh.discard();
    expect(readdirSync(folder)).toEqual(['out.json']);
  });
});
