// The command bounds the heap's growth while it analyses a long text (src/cli/heap.ts); the
// library never touches the process's V8 flags.
import { describe, expect, it } from 'vitest';
import { BOUNDED_HEAP_PAST, heapGrowthGiven, withBoundedHeap } from '../src/cli/heap.js';

describe('withBoundedHeap', () => {
  const run = (length: number, given = false, work = () => 'done') => {
    const flags: string[] = [];
    const result = withBoundedHeap(length, work, (f) => flags.push(f), given);
    return { result, flags };
  };

  it('bounds the growth on a long text and restores V8 own rule after', () => {
    expect(run(BOUNDED_HEAP_PAST + 1)).toEqual({
      result: 'done',
      flags: ['--heap-growing-percent=30', '--heap-growing-percent=0'],
    });
  });

  it('leaves the flag alone on a shorter text', () => {
    expect(run(BOUNDED_HEAP_PAST)).toEqual({ result: 'done', flags: [] });
  });

  it("leaves the user's own setting alone", () => {
    expect(run(BOUNDED_HEAP_PAST + 1, true)).toEqual({ result: 'done', flags: [] });
  });

  it('restores the flag when the work throws', () => {
    const flags: string[] = [];
    const failing = () => {
      throw new Error('boom');
    };
    expect(() => withBoundedHeap(BOUNDED_HEAP_PAST + 1, failing, (f) => flags.push(f), false)).toThrow('boom');
    expect(flags.at(-1)).toBe('--heap-growing-percent=0');
  });
});

describe('heapGrowthGiven', () => {
  it.each([
    [['--heap-growing-percent=50'], '', true],
    [[], '--max-old-space-size=4096 --heap_growing_percent=20', true],
    [['--snapshot-blob', 'a.blob'], '', false],
    [[], '--max-old-space-size=4096', false],
  ])('%j with NODE_OPTIONS %j: %s', (execArgv, nodeOptions, expected) => {
    expect(heapGrowthGiven(execArgv, nodeOptions)).toBe(expected);
  });
});
