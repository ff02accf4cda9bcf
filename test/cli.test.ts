// The command line through main(argv, io): formats, streams, exit codes, errors and order.
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8, describeReadError } from '../src/cli/inputs.js';
import { colorLevel } from '../src/cli/main.js';
import { threadHelper } from '../src/cli/lane.js';
import { workerPool, workerScript } from '../src/cli/pool.js';
import { analyze } from '../src/pipeline.js';
import { runCli } from './support/cli.js';
import { largest } from '../src/arrays.js';

const ANSI = /\u001b\[/;
const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
};
let dir: string;
let one: string;
let two: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
  one = join(dir, 'one.txt');
  two = join(dir, 'two.txt');
  writeFileSync(one, 'The envoy said: "We will return to Vienna on Monday." Talks ended on May 4, 2021.\n');
  writeFileSync(two, 'LONDON, March 2, 2022 — A spokesperson said the board "approved the plan <unanimously>."\n');
  mkdirSync(join(dir, 'tree', 'inner'), { recursive: true });
  writeFileSync(join(dir, 'tree', 'b.txt'), 'Second text, said the clerk.\n');
  writeFileSync(join(dir, 'tree', 'inner', 'a.md'), 'First text below.\n');
  writeFileSync(join(dir, 'tree', 'skip.json'), '{"not": "a text"}\n');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'bad.txt'), new Uint8Array([0x41, 0xff, 0xfe, 0x42]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formats', () => {
  it('--json prints one object for one input', async () => {
    const r = await runCli(['--json', one]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ schemaVersion: '1', offsetUnit: 'codepoint', source: one });
    expect(r.stderr).toBe('');
  });

  it('--format json prints an array, in input order, for several inputs', async () => {
    const r = await runCli(['--format', 'json', two, one]);
    expect(JSON.parse(r.stdout).map((a: { source: string }) => a.source)).toEqual([two, one]);
  });

  it('json prints an array for a directory even when it holds one text', async () => {
    const r = await runCli(['--json', join(dir, 'tree', 'inner')]);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });

  it('ndjson prints one compact object per line', async () => {
    const r = await runCli(['-f', 'ndjson', one, two]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).source)).toEqual([one, two]);
  });

  it.each([
    ['pretty', /Reference date[\s\S]*Speakers[\s\S]*Timeline/],
    ['markdown', /^## .*one\.txt\n[\s\S]*### Speakers[\s\S]*### Timeline/],
    ['html', /^<!doctype html>[\s\S]*<article [\s\S]*<h3>Timeline<\/h3>[\s\S]*<\/html>\n$/],
    [
      'csv',
      /^source,quote_id,kind,speaker_id,speaker,speaker_kind,speaker_title,speaker_organization,cue,start,end,text,speech_act\r\n/,
    ],
  ])('%s renders the summary', async (format, shape) => {
    const r = await runCli(['-f', format, one]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(shape);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('html escapes the text it shows', async () => {
    const r = await runCli(['-f', 'html', two]);
    expect(r.stdout).toContain('&#60;unanimously&#62;');
    expect(r.stdout).not.toContain('<unanimously>');
  });

  it('csv writes the header once and one row per quote, quoting fields', async () => {
    const r = await runCli(['-f', 'csv', one, two]);
    const rows = r.stdout.split('\r\n').filter(Boolean);
    expect(rows.filter((l) => l.startsWith('source,'))).toHaveLength(1);
    expect(rows.slice(1).some((l) => l.endsWith('"We will return to Vienna on Monday."'))).toBe(false);
    expect(rows.slice(1).some((l) => l.includes('We will return to Vienna on Monday.'))).toBe(true);
  });

  it('the pretty summary says how to anchor relative dates when the text has no date', async () => {
    const r = await runCli([one]);
    expect(r.stdout).toContain('--reference-date YYYY-MM-DD');
    const anchored = await runCli(['--reference-date', '2021-05-01', one]);
    expect(anchored.stdout).toContain('Sat 1 May 2021 (given with --reference-date)');
  });
});

describe('layout of the summary', () => {
  const widest = (out: string) => largest(out.split('\n').map((l) => Array.from(l).length));

  it('wraps to --width, else the terminal width, else 80', async () => {
    const long = join(dir, 'long.txt');
    const said = 'We will keep talking about the river and the dam. '.repeat(12).trim();
    writeFileSync(long, `The envoy said: "${said}"\n`);
    expect(widest((await runCli(['--width', '50', long])).stdout)).toBeLessThanOrEqual(50);
    const tty = await runCli([long], { stdoutIsTTY: true, columns: 100, env: { NO_COLOR: '1' } });
    expect(widest(tty.stdout)).toBeLessThanOrEqual(100);
    expect(widest(tty.stdout)).toBeGreaterThan(80);
    expect(widest((await runCli([long], { columns: 100 })).stdout)).toBeLessThanOrEqual(80);
    const cut = (await runCli([long])).stdout;
    expect(cut.replace(/\s+/g, ' ')).toMatch(/…” \(intent · said\) \(\+\d+ chars, --full\)/);
    const whole = (await runCli(['--full', '-w', '1000', long])).stdout;
    expect(whole).toContain(`“${said}” (intent · said)`);
    expect(whole).not.toContain('--full');
  });

  it.each([
    ['--width', '0'],
    ['--width', 'wide'],
    ['-w', '-3'],
  ])('%s %s is a usage error', async (flag, value) => {
    const r = await runCli([flag, value, one]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('colour', () => {
  it.each([
    [[], true, {}, true],
    [[], false, {}, false],
    [['--no-color'], true, {}, false],
    [['--color'], false, {}, true],
    [[], true, { NO_COLOR: '1' }, false],
    [[], false, { FORCE_COLOR: '1' }, true],
    [[], true, { FORCE_COLOR: '0' }, false],
    [['--no-color'], true, { FORCE_COLOR: '1' }, false],
    [[], true, { TERM: 'dumb' }, false],
  ] as const)('flags %j, terminal %s, env %j: coloured %s', async (flags, tty, env, coloured) => {
    const r = await runCli([...flags, one], { stdoutIsTTY: tty, env });
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });

  it('never colours data formats', async () => {
    const r = await runCli(['--color', '--json', one], { stdoutIsTTY: true, env: { FORCE_COLOR: '3' } });
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('reads FORCE_COLOR levels', () => {
    expect(colorLevel(undefined, false, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(undefined, false, { FORCE_COLOR: '' })).toBe(1);
  });
});

describe('inputs and streams', () => {
  it('reads piped stdin when no input is named, and with -', async () => {
    for (const argv of [['--json'], ['--json', '-']]) {
      const r = await runCli(argv, { stdin: '"We will reopen the bridge on Friday," the mayor said.\n' });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).quotes.map((q: { text: string }) => q.text)).toEqual([
        'We will reopen the bridge on Friday',
      ]);
    }
  });

  it('walks directories for .txt, .md and .text files, sorted', async () => {
    const r = await runCli(['-f', 'ndjson', join(dir, 'tree')]);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).source),
    ).toEqual([join(dir, 'tree', 'b.txt'), join(dir, 'tree', 'inner', 'a.md')]);
  });

  it('--input ndjson analyses one line each, in order, with its own id and reference date', async () => {
    const lines = [
      { id: 'a', text: 'The minister spoke on Monday.', referenceDate: '2020-10-22' },
      { id: 'b', text: 'Nothing dated here.' },
      { text: 'No id, so the line number names it.' },
    ].map((l) => JSON.stringify(l));
    const r = await runCli(['--input', 'ndjson'], { stdin: `${lines.join('\n')}\n` });
    expect(r.code).toBe(0);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((a) => [a.source, a.referenceDate, a.referenceDateSource])).toEqual([
      ['a', '2020-10-22', 'option'],
      ['b', null, null],
      ['stdin:3', null, null],
    ]);
  });

  it('--input ndjson reports a bad line by its number and analyses the others', async () => {
    const stdin = [
      '{"id":"ok","text":"Fine."}',
      'not json',
      '{"id":"x"}',
      '{"id":"d","text":"t","referenceDate":"2020-02-30"}',
    ].join('\n');
    const r = await runCli(['--input', 'ndjson'], { stdin });
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).source),
    ).toEqual(['ok']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'analyze: stdin:2: not a JSON object',
      'analyze: stdin:3: no "text" string',
      'analyze: stdin:4: "referenceDate" is not a YYYY-MM-DD date',
    ]);
  });

  it('-j 2 analyses in worker threads and keeps the input order', async () => {
    const names = [two, one, join(dir, 'tree'), one, two];
    const serial = await runCli(['-f', 'ndjson', ...names]);
    const parallel = await runCli(['-f', 'ndjson', '-j', '2', ...names]);
    expect(parallel.code).toBe(0);
    const sources = (out: string) =>
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).source);
    expect(sources(parallel.stdout)).toEqual(sources(serial.stdout));
    expect(sources(parallel.stdout)).toHaveLength(6);
  });

  // The pool runs the compiled worker (dist/, built by npm install and CI); skipped before a build.
  it.skipIf(workerScript() === null)(
    'the worker pool analyses texts in threads, each promise its own text',
    async () => {
      const pool = workerPool(2, () => threadHelper(workerScript()!));
      try {
        const texts = [
          '"We are ready," the minister said.',
          'The talks ended on Monday, officials said.',
          'No quotes here.',
        ];
        const results = await Promise.all(
          texts.map((t, i) => pool.run(t, { source: `t${i}`, referenceDate: '2024-03-06' })),
        );
        expect(results).toEqual(texts.map((t, i) => analyze(t, { source: `t${i}`, referenceDate: '2024-03-06' })));
        expect(results[0]!.quotes.map((q) => q.text)).toEqual(['We are ready']);
      } finally {
        await pool.close();
      }
    },
  );

  it('a pool whose workers cannot start fails its texts with the reason instead of hanging', async () => {
    const script = join(dir, 'broken-worker.mjs');
    writeFileSync(script, "throw new Error('cannot start');\n");
    const pool = workerPool(2, () => threadHelper(pathToFileURL(script)));
    try {
      await expect(pool.run('text', {})).rejects.toThrow('cannot start');
      await expect(pool.run('later text', {})).rejects.toThrow('cannot start');
    } finally {
      await pool.close();
    }
  });

  it('-o writes the data to a file and nothing to stdout', async () => {
    const out = join(dir, 'out.json');
    const r = await runCli(['--json', '-o', out, one]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).source).toBe(one);
    expect(r.stderr).toContain(out);
    expect((await runCli(['-q', '--json', '-o', out, one])).stderr).toBe('');
  });

  it('a closing count on stderr for several inputs when stderr is a terminal, unless -q', async () => {
    expect((await runCli(['-f', 'ndjson', one, two], { stderrIsTTY: true })).stderr).toMatch(
      /^analyze: 2 analysed \(\d+ k characters in [\d.]+ s\)\n$/,
    );
    expect((await runCli(['-q', '-f', 'ndjson', one, two], { stderrIsTTY: true })).stderr).toBe('');
    expect((await runCli(['-f', 'ndjson', one, two], { stderrIsTTY: false })).stderr).toBe('');
  });

  it('-o to a place that cannot be written is one line and exit 1', async () => {
    const r = await runCli(['--json', '-o', join(dir, 'no', 'such', 'dir', 'x.json'), one]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^analyze: .*x\.json: cannot write \(ENOENT\)\n$/);
  });
});

describe('errors and exit codes', () => {
  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file or directory'],
    ['a directory with no texts', () => join(dir, 'empty'), 'no .txt, .md, .text files in this directory'],
    ['invalid UTF-8', () => join(dir, 'bad.txt'), 'not valid UTF-8 text'],
  ])('%s: one line naming it, the others still analysed, exit 1', async (_, name, message) => {
    const r = await runCli(['-f', 'ndjson', one, name(), two]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`analyze: ${name()}: ${message}\n`);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).source),
    ).toEqual([one, two]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file: permission denied, exit 1', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    const r = await runCli(['--json', locked]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`analyze: ${locked}: permission denied\n`);
  });

  // Running as root, a file cannot be made unreadable: the message for each cause is checked here.
  it.each([
    [Object.assign(new Error('x'), { code: 'EACCES' }), 'permission denied'],
    [Object.assign(new Error('x'), { code: 'EPERM' }), 'permission denied'],
    [Object.assign(new Error('x'), { code: 'ENOENT' }), 'no such file or directory'],
    [Object.assign(new Error('x'), { code: 'EISDIR' }), 'is a directory'],
    [Object.assign(new Error('first line\nsecond line'), { code: 'EIO' }), 'first line'],
  ])('a read error %s reads "%s"', (err, message) => {
    expect(describeReadError(err)).toBe(message);
  });

  it.each([
    [[0x68, 0x69], 'hi'],
    [[0xef, 0xbb, 0xbf, 0x68, 0x69], 'hi'],
    [[0xf0, 0x9f, 0x98, 0x80], '😀'],
  ])('decodes UTF-8 %j, dropping a byte-order mark', (bytes, text) => {
    expect(decodeUtf8(new Uint8Array(bytes))).toBe(text);
  });

  it.each([[[0xff]], [[0xc3]], [[0xed, 0xa0, 0x80]]])('refuses invalid UTF-8 %j', (bytes) => {
    expect(describeReadError(catchError(() => decodeUtf8(new Uint8Array(bytes))))).toBe('not valid UTF-8 text');
  });

  it('json prints nothing at all when no input could be read', async () => {
    const r = await runCli(['--json', join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('json stays one valid array when some inputs fail', async () => {
    const r = await runCli(['--json', one, join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it.each([
    [['--bogus', 'x.txt'], /unknown option '--bogus'/],
    [['-f', 'yaml', 'x.txt'], /argument 'yaml' is invalid/],
    [['--reference-date', '2021-02-30', 'x.txt'], /YYYY-MM-DD/],
    [['--reference-date', 'tomorrow', 'x.txt'], /YYYY-MM-DD/],
    [['-j', '0', 'x.txt'], /whole number/],
    [['--input', 'csv'], /argument 'csv' is invalid/],
  ])('usage error %j: exit 2, message on stderr, no data', async (argv, message) => {
    const r = await runCli([...argv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('no input with stdin a terminal: short usage, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input given/);
  });

  it('--help prints options and examples, exit 0; -V the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--reference-date[\s\S]*Examples:[\s\S]*jq/);
    const version = await runCli(['-V']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
