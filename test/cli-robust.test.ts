// The command line against careless and hostile use, through main(argv, io): bad option values,
// outputs that cannot be written, oversized inputs, directory walks with odd entries.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { byteSize } from '../src/cli/options.js';
import { fileOutput, writeAll } from '../src/cli/output.js';
import { InputTooLarge, readStream } from '../src/cli/stdin.js';
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
  it.each([[() => ['-o', '']], [() => ['-o', dir]], [() => ['--output', `${join(dir, 'sub')}/`]]])(
    '%#: a directory or an empty name is a usage error',
    async (argv) => {
      const r = await runCli(['--json', ...argv(), one]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^analyze: .*(needs a file name|is a directory)/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    },
  );

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

  it
    .skipIf(!HAS_DEV_FULL || !BUILT)
    .each([['--json'], ['-f', 'html'], ['-f', 'ndjson'], ['-f', 'csv'], ['--help'], ['--schema']])(
    'the command with stdout on /dev/full (%s): one line, exit 1',
    (...format) => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, ...format, one], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
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
    const fills = (_fd: number, _b: Uint8Array, _o: number, length: number) =>
      calls++ === 0 ? Math.min(4, length) : 0;
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

describe('directory walk', () => {
  let tree: string;
  beforeAll(() => {
    tree = join(dir, 'walk');
    for (const folder of ['a', '.hidden', 'node_modules/pkg', 'z']) mkdirSync(join(tree, folder), { recursive: true });
    writeFileSync(join(tree, 'a', 'one.txt'), 'The clerk said so on Monday.\n');
    writeFileSync(join(tree, '.hidden', 'secret.txt'), 'Hidden text.\n');
    writeFileSync(join(tree, 'node_modules', 'pkg', 'readme.md'), 'Package text.\n');
    writeFileSync(join(tree, 'z', 'last.txt'), 'The last text.\n');
  });
  const sources = (stdout: string) =>
    stdout
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).source);

  it('passes by hidden folders and node_modules; --include-hidden walks them', async () => {
    const r = await runCli(['-f', 'ndjson', tree]);
    expect(r.code).toBe(0);
    expect(sources(r.stdout)).toEqual([join(tree, 'a', 'one.txt'), join(tree, 'z', 'last.txt')]);
    const all = await runCli(['-f', 'ndjson', '--include-hidden', tree]);
    expect(sources(all.stdout)).toEqual([
      join(tree, '.hidden', 'secret.txt'),
      join(tree, 'a', 'one.txt'),
      join(tree, 'node_modules', 'pkg', 'readme.md'),
      join(tree, 'z', 'last.txt'),
    ]);
  });

  it('a hidden folder named on the command line is walked', async () => {
    const r = await runCli(['-f', 'ndjson', join(tree, '.hidden')]);
    expect(sources(r.stdout)).toEqual([join(tree, '.hidden', 'secret.txt')]);
  });

  it('reads regular files only: a FIFO and a socket named like texts are passed by', async () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'real.txt'), 'A real text.\n');
    const fifo = spawnSync('mkfifo', [join(odd, 'pipe.txt')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(odd, 'socket.txt'), resolve));
    try {
      if (fifo.status === 0) expect(readdirSync(odd)).toContain('pipe.txt');
      const r = await runCli(['-f', 'ndjson', odd]);
      expect(r.code).toBe(0);
      expect(sources(r.stdout)).toEqual([join(odd, 'real.txt')]);
    } finally {
      server.close();
    }
  });

  it.skipIf(!BUILT || process.platform === 'win32')(
    'an unreadable folder is reported, the walk goes on, exit 1 at the end',
    (ctx) => {
      const walked = join(dir, 'locked-walk');
      mkdirSync(join(walked, 'b-locked'), { recursive: true });
      writeFileSync(join(walked, 'a.txt'), 'First text.\n');
      writeFileSync(join(walked, 'b-locked', 'inside.txt'), 'Cannot be read.\n');
      writeFileSync(join(walked, 'c.txt'), 'Last text.\n');
      chmodSync(dir, 0o755);
      chmodSync(join(walked, 'b-locked'), 0o000);
      // root reads any folder: the command then runs as the unprivileged user "nobody".
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      // That user may not reach node or this checkout (say, below /root): then there is no test.
      const reach = `require('fs').accessSync(${JSON.stringify(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))}, 4)`;
      if (spawnSync(process.execPath, ['-e', reach], asUser).status !== 0) ctx.skip();
      const r = spawnSync(process.execPath, [BIN, '-f', 'ndjson', walked], { encoding: 'utf8', ...asUser });
      chmodSync(join(walked, 'b-locked'), 0o755);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`analyze: ${join(walked, 'b-locked')}: permission denied\n`);
      expect(sources(r.stdout)).toEqual([join(walked, 'a.txt'), join(walked, 'c.txt')]);
    },
  );
});

describe('--max-bytes', () => {
  it.each([
    [['--max-bytes', '20'], 'larger than 20 bytes'],
    [['--max-bytes', '1k'], null],
  ])('%j', async (argv, message) => {
    const r = await runCli(['-f', 'ndjson', ...argv, one]);
    expect(r.code).toBe(message ? 1 : 0);
    expect(r.stderr).toBe(message ? `analyze: ${one}: ${message} (raise the limit with --max-bytes)\n` : '');
  });

  it('stdin past the limit: one line, exit 1', async () => {
    const r = await runCli(['--max-bytes', '10', '--json'], { stdin: 'x'.repeat(11) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('analyze: -: larger than 10 bytes (raise the limit with --max-bytes)\n');
    expect(r.stdout).toBe('');
  });

  it.skipIf(!existsSync('/dev/zero'))('an endless input stops at the limit', async () => {
    const r = await runCli(['--max-bytes', '1M', '--json', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('analyze: /dev/zero: larger than 1 MB (raise the limit with --max-bytes)\n');
  });

  it('readStream stops reading once past the limit', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    await expect(readStream(endless(), 4500)).rejects.toThrow(InputTooLarge);
    expect(pulled).toBe(5);
    expect(await readStream(endless(), 4500).catch((e: Error) => e.message)).toBe(
      'larger than 4.4 KB (raise the limit with --max-bytes)',
    );
  });

  it.each([['0'], ['-5'], ['10X'], ['1.5M'], ['']])('--max-bytes %j is a usage error', async (value) => {
    const r = await runCli(['--max-bytes', value, one]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/size in bytes/);
  });

  it.each([
    ['100', 100],
    ['2k', 2048],
    ['64M', 64 * 1024 * 1024],
    ['1g', 1024 ** 3],
    ['5MB', 5 * 1024 * 1024],
  ])('byteSize(%j) = %d', (value, bytes) => {
    expect(byteSize(value)).toBe(bytes);
  });
});
