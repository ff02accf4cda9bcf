// json and ndjson of a long text written window by window (src/cli/stream.ts, json-writer.ts,
// spool.ts): byte for byte what the whole analysis, stringified, gives.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streamed, writeJson } from '../src/cli/json-writer.js';
import { spoolAnalysis, writtenByWindow } from '../src/cli/stream.js';
import { Utf8Text } from '../src/utf8-text.js';
import { analyze, WINDOW } from '../src/windows.js';
import { runCli } from './support/cli.js';
import { ownStatements } from './support/fixtures.js';

// Statements of our own, accents and emoji (astral characters) among them.
const joined = ownStatements();

/** What writeJson writes, gathered. */
function written(value: unknown, pretty: boolean, indent = ''): string {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c), pretty, indent);
  return chunks.join('');
}

describe('writeJson', () => {
  const value = {
    a: 1,
    skipped: undefined,
    list: [{ x: 'é 😀 "q"\n', y: null }],
    empty: [],
    nested: { deep: { z: [1, 2] }, none: {} },
  };

  it.each([true, false])('without streamed lists (pretty %s): what JSON.stringify gives', (pretty) => {
    expect(written(value, pretty)).toBe(JSON.stringify(value, null, pretty ? 2 : undefined));
    expect(written([value], pretty, '  ')).toBe(
      JSON.stringify([[value]], null, pretty ? 2 : undefined).slice(pretty ? 4 : 1, pretty ? -2 : -1),
    );
  });

  it.each([true, false])('with streamed lists, full and empty (pretty %s): what JSON.stringify gives', (pretty) => {
    const streamed = {
      ...value,
      list: new Streamed(() => value.list),
      empty: new Streamed(() => []),
      nested: { deep: { z: new Streamed(() => [1, 2]) }, none: {} },
    };
    expect(written(streamed, pretty)).toBe(JSON.stringify(value, null, pretty ? 2 : undefined));
  });
});

// Six windows or so of 2,500 characters.
const some = joined.slice(0, 15_000);

describe.each([
  ['paragraphs', some],
  // No line breaks at all: windows are cut at sentence ends, then spaces.
  ['one line', some.replace(/\s+/g, ' ')],
  // Its dateline is the reference date of later windows.
  ['a dateline', `HARBOUR CITY, May 2, 2024 — The council met.\n\n${some}`],
])('a text of %s over several windows, spooled', (_, text) => {
  const window = 2500;

  it('writes what the whole analysis gives, byte for byte, pretty and compact', () => {
    const options = { source: 'long.txt', referenceDate: text.startsWith('HARBOUR') ? null : '2023-03-04' };
    const whole = analyze(text, options, window);
    expect(text.length).toBeGreaterThan(4 * window);
    expect(whole.quotes.length).toBeGreaterThan(10);
    const spooled = spoolAnalysis(text, options, window);
    try {
      expect(written(spooled.value, true)).toBe(JSON.stringify(whole, null, 2));
      expect(written(spooled.value, false)).toBe(JSON.stringify(whole));
    } finally {
      spooled.dispose();
    }
  });

  it('with a few mentions held at a time, grouped from disk: the same, byte for byte', () => {
    const options = { source: 'long.txt', referenceDate: null };
    const whole = analyze(text, options, window);
    const mentions = whole.speakers.map((s) => s.mentions.length);
    // Some speakers are mentioned more often than are held at once: theirs are streamed.
    const held = 2;
    expect(mentions.reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThan(held);
    expect(mentions.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * held);
    const spooled = spoolAnalysis(text, options, window, held);
    try {
      expect(written(spooled.value, true)).toBe(JSON.stringify(whole, null, 2));
      expect(spooled.mentions.mostHeld).toBeGreaterThan(0);
      expect(spooled.mentions.mostHeld).toBeLessThanOrEqual(held);
    } finally {
      spooled.dispose();
    }
  });

  it('kept as its UTF-8 bytes (a long file), writes the same, byte for byte', () => {
    const options = { source: 'long.txt', referenceDate: null };
    const spooled = spoolAnalysis(new Utf8Text(new TextEncoder().encode(text), 4096), options, window);
    try {
      expect(written(spooled.value, true)).toBe(JSON.stringify(analyze(text, options, window), null, 2));
    } finally {
      spooled.dispose();
    }
  });
});

describe('writtenByWindow', () => {
  it.each([
    [WINDOW + 1, false, true],
    [WINDOW, false, false],
    // With helpers, they take texts up to a million characters whole.
    [WINDOW + 1, true, false],
    [1024 * 1024 + 1, true, true],
  ])('%i characters, helpers %s: %s', (length, helpers, expected) => {
    expect(writtenByWindow(length, helpers)).toBe(expected);
  });
});

describe('spools', () => {
  it('leave nothing in the temporary folder, even before they are disposed', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'spool-test-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const spooled = spoolAnalysis(some, {}, 2500);
      expect(readdirSync(tmp)).toEqual([]);
      expect(written(spooled.value, false)).toBe(JSON.stringify(analyze(some, {}, 2500)));
      spooled.dispose();
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the command on a text longer than a window', () => {
  let dir: string;
  let long: string;
  let short: string;
  const missing = '/nonexistent/statement.txt';
  let text: string;
  const reference = (file: string) => analyze(readFileSync(file, 'utf8'), { referenceDate: null, source: file });
  let whole: ReturnType<typeof analyze>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-stream-'));
    // Three windows of our own statements; a speaker named by surname before the full name comes
    // (the table renames it), one first heard of in the last window.
    text = [
      '“The pier stays shut,” Strand said.',
      joined,
      '“We will reopen the pier,” said Colonel Edda Strand, the harbour commander.',
      joined,
      joined,
      '“Crews start in May,” said Ivo Holm of the port authority. “The budget holds,” Strand said.',
      joined,
    ].join('\n\n');
    long = join(dir, 'long.txt');
    short = join(dir, 'short.txt');
    writeFileSync(long, text);
    writeFileSync(short, '"We are ready," the minister said on Monday.\n');
    whole = reference(long);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json writes what the whole analysis gives, byte for byte', async () => {
    expect(text.length).toBeGreaterThan(2 * WINDOW);
    const r = await runCli(['--json', long]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('--json over several inputs: one array, in input order, the unreadable one reported on one line', async () => {
    const r = await runCli(['--json', short, missing, long]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^analyze: \/nonexistent\/statement\.txt: [^\n]+\n$/);
    expect(r.stdout).toBe(`${JSON.stringify([reference(short), whole], null, 2)}\n`);
  });

  it('ndjson writes one line each, what the whole analysis gives', async () => {
    const r = await runCli(['-f', 'ndjson', long, short]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(whole)}\n${JSON.stringify(reference(short))}\n`);
  });

  // The command as installed, through a pipe into jq; skipped before a build or without jq.
  const jq = spawnSync('jq', ['--version']).status === 0;
  it.skipIf(!jq || !existsSync(new URL('../dist/bundle/analyze.js', import.meta.url)))(
    'analyze --json | jq reads it',
    () => {
      const bin = fileURLToPath(new URL('../bin/analyze.js', import.meta.url));
      const r = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${bin}" --json "${long}" | jq -c '[(.quotes | length), .speakers[0].name]'`],
        {
          encoding: 'utf8',
        },
      );
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual([whole.quotes.length, whole.speakers[0]!.name]);
    },
  );
});
