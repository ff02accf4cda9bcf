// -j is capped at the CPUs and at the texts: the pool is asked for no more workers than that.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './support/cli.js';

const asked: number[] = [];
vi.mock('../src/cli/pool.js', async (importOriginal) => {
  const pool = await importOriginal<typeof import('../src/cli/pool.js')>();
  return { ...pool, analyser: (jobs: number) => (asked.push(jobs), pool.inThread) };
});

let dir: string;
const texts: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-jobs-'));
  for (let i = 0; i < 3; i++) {
    texts.push(join(dir, `t${i}.txt`));
    writeFileSync(texts[i]!, `Text ${i}, the clerk said.\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  asked.length = 0;
});

describe('-j cap', () => {
  it.each([
    ['-j 1000, one text', ['-j', '1000', 'ONE'], 1],
    ['-j 1000, three texts', ['-j', '1000', 'ALL'], Math.min(3, availableParallelism())],
    ['-j 1000, a directory of three', ['-j', '1000', 'DIR'], Math.min(3, availableParallelism())],
    ['-j 2, one text and a missing file', ['-j', '2', 'ONE', 'MISSING'], 1],
    ['-j 1', ['-j', '1', 'ALL'], 1],
  ])('%s', async (_, argv, workers) => {
    const named = argv.flatMap((a) =>
      a === 'ONE'
        ? [texts[0]!]
        : a === 'ALL'
          ? texts
          : a === 'DIR'
            ? [dir]
            : a === 'MISSING'
              ? [join(dir, 'missing.txt')]
              : [a],
    );
    const r = await runCli(['-f', 'ndjson', ...named]);
    expect(asked).toEqual([workers]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(argv.includes('ONE') ? 1 : 3);
  });
});
