// -j is capped at the CPUs and at the texts: the pool is asked for no more workers than that; and
// it is told the run's size where that is known before the texts are read.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './support/cli.js';

const asked: number[] = [];
/** Whether the size was said to be known, and the characters told. */
const told: { known: boolean[]; characters: number } = { known: [], characters: 0 };
vi.mock('../src/cli/pool.js', async (importOriginal) => {
  const pool = await importOriginal<typeof import('../src/cli/pool.js')>();
  return {
    ...pool,
    analyser: (jobs: number, sizeKnown = false) => {
      asked.push(jobs);
      told.known.push(sizeKnown);
      return { ...pool.inThread, expect: (characters: number) => void (told.characters += characters) };
    },
  };
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
  told.known.length = 0;
  told.characters = 0;
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

describe("the run's size", () => {
  const bytes = (i: number) => Buffer.byteLength(`Text ${i}, the clerk said.\n`);

  it('is told for files and a directory: their bytes', async () => {
    await runCli(['-f', 'ndjson', '-j', '2', texts[0]!, dir]);
    expect(told.known).toEqual([true]);
    expect(told.characters).toBe(bytes(0) + bytes(0) + bytes(1) + bytes(2));
  });

  it('is unknown with stdin among the inputs', async () => {
    await runCli(['-f', 'ndjson', '-j', '2', texts[0]!, '-'], { stdin: 'Text 9, the clerk said.\n' });
    expect(told.known).toEqual([false]);
  });
});
