// The command line against careless and hostile use, through main(argv, io): bad option values,
// outputs that cannot be written, oversized inputs, directory walks with odd entries.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

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
