// The progress line: what it says, when it is drawn, that it is erased, and that it shows only
// on a terminal, for directories and ndjson, without -q.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duration, Progress, progressLine } from '../src/cli/progress.js';
import { runCli } from './support/cli.js';

describe('progressLine', () => {
  it.each([
    [0, 10, 0, 0, '[····················] 0/10 texts · 0.0 MB/s'],
    [5, 10, 2_000_000, 2, '[##########··········] 5/10 texts · 1.0 MB/s · 2 s left'],
    [10, 10, 3_000_000, 1, '[####################] 10/10 texts · 3.0 MB/s'],
    [12, 10, 3_000_000, 1, '[####################] 10/10 texts · 3.0 MB/s'],
    [3, null, 500_000, 1, '3 texts · 0.5 MB/s'],
  ])('%d of %s, %d bytes in %d s', (done, total, bytes, seconds, line) => {
    expect(progressLine(done, total, bytes, seconds)).toBe(line);
  });

  it.each([
    [0, '0 s'],
    [59.4, '59 s'],
    [185, '3 min 05 s'],
    [3720, '1 h 02 min'],
    [-5, '0 s'],
  ])('duration(%d) is %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });
});

describe('Progress', () => {
  const fake = () => {
    let t = 0;
    let out = '';
    const stream = { write: (s: string) => (out += s), isTTY: true, columns: 80 };
    return { stream, clock: () => t, advance: (ms: number) => (t += ms), out: () => out };
  };

  it('draws nothing before a batch is announced, then at most every 100 ms and always the last', () => {
    const f = fake();
    const p = new Progress(f.stream, f.clock);
    p.tick(10);
    expect(f.out()).toBe('');
    p.expect(3);
    expect(f.out()).toContain('1/3 texts');
    p.tick(10);
    expect(f.out()).not.toContain('2/3');
    f.advance(150);
    p.tick(10);
    expect(f.out()).toContain('3/3 texts');
  });

  it('erases its line when cleared, and only when one is shown', () => {
    const f = fake();
    const p = new Progress(f.stream, f.clock);
    p.clear();
    expect(f.out()).toBe('');
    p.expect(2);
    p.clear();
    expect(f.out().endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('progress through the command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-progress-'));
    mkdirSync(join(dir, 'many'));
    for (const n of [1, 2, 3]) writeFileSync(join(dir, 'many', `${n}.txt`), `Text ${n}, said the clerk.\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows texts done of how many on a terminal for a directory, then erases it', async () => {
    const r = await runCli(['-f', 'ndjson', join(dir, 'many')], { stderrIsTTY: true });
    expect(r.stderr).toContain('3/3 texts');
    expect(r.stderr).toMatch(/MB\/s/);
    expect(r.stderr).toMatch(/\r\u001b\[K(analyze: 3 analysed[^\r]*\n)?$/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('shows it for --input ndjson', async () => {
    const stdin = ['a', 'b'].map((id) => JSON.stringify({ id, text: 'A text.' })).join('\n');
    const r = await runCli(['--input', 'ndjson'], { stdin, stderrIsTTY: true });
    expect(r.stderr).toContain('2/2 texts');
  });

  it.each([
    ['piped stderr', [], false],
    ['-q', ['-q'], true],
  ] as const)('is silent with %s', async (_, flags, tty) => {
    const r = await runCli([...flags, '-f', 'ndjson', join(dir, 'many')], { stderrIsTTY: tty });
    expect(r.stderr).not.toContain('texts');
    expect(r.stderr).not.toContain('\r');
  });

  it('is not shown for one file', async () => {
    const r = await runCli(['-f', 'ndjson', join(dir, 'many', '1.txt')], { stderrIsTTY: true });
    expect(r.stderr).toBe('');
  });

  it('erases itself before an error message', async () => {
    const stdin = [
      JSON.stringify({ id: 'a', text: 'A text.' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'C.' }),
    ].join('\n');
    const r = await runCli(['--input', 'ndjson'], { stdin, stderrIsTTY: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\r\u001b\[Kanalyze: stdin:2: not a JSON object\n/);
  });
});
