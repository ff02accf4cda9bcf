// The command bounds the heap's growth while it analyses a long text (src/cli/heap.ts); the
// library never touches the process's V8 flags.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BOUNDED_HEAP_PAST, heapGrowthGiven, heapShare, newHeapShare, withBoundedHeap } from '../src/cli/heap.js';

const LONG = BOUNDED_HEAP_PAST + 1;
const BOUNDED = '--heap-growing-percent=30';
const V8_OWN = '--heap-growing-percent=0';

describe('withBoundedHeap', () => {
  const run = (length: number, given = false, work = () => 'done') => {
    const flags: string[] = [];
    const result = withBoundedHeap(length, work, (f) => flags.push(f), given, newHeapShare());
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
    expect(() => withBoundedHeap(LONG, failing, (f) => flags.push(f), false, newHeapShare())).toThrow('boom');
    expect(flags.at(-1)).toBe('--heap-growing-percent=0');
  });
});

describe("withBoundedHeap, long texts in analysis at once (the flag is the whole process's)", () => {
  it('keeps the growth bounded until the last of them ends, whichever ends first', () => {
    const share = newHeapShare();
    const flags: string[] = [];
    const setFlags = (f: string) => flags.push(f);
    let whileOuterGoesOn: string[] = [];
    withBoundedHeap(
      LONG,
      () => {
        withBoundedHeap(LONG, () => {}, setFlags, false, share);
        whileOuterGoesOn = [...flags];
      },
      setFlags,
      false,
      share,
    );
    expect(whileOuterGoesOn).toEqual([BOUNDED]);
    expect(flags).toEqual([BOUNDED, V8_OWN]);
  });

  // A worker thread of -j N (no snapshot) gets the main thread's share in its workerData, as
  // src/cli/lane.ts starts it; it runs the compiled module.
  const compiled = new URL('../dist/cli/heap.js', import.meta.url);
  it.skipIf(!existsSync(fileURLToPath(compiled)))(
    "a worker thread's long text neither sets nor restores the flag while this thread's is in analysis",
    async () => {
      const workerFlags = new Int32Array(new SharedArrayBuffer(4));
      const done = new Int32Array(new SharedArrayBuffer(4));
      const code = `const { workerData } = require('node:worker_threads');
        import(workerData.module).then(({ withBoundedHeap }) => {
          withBoundedHeap(${LONG}, () => {}, () => Atomics.add(workerData.workerFlags, 0, 1), false);
          Atomics.store(workerData.done, 0, 1);
          Atomics.notify(workerData.done, 0);
        });`;
      const flags: string[] = [];
      let worker: Worker | undefined;
      withBoundedHeap(
        LONG,
        () => {
          worker = new Worker(code, {
            eval: true,
            workerData: { heapShare: heapShare(), module: compiled.href, workerFlags, done },
          });
          Atomics.wait(done, 0, 0, 60_000);
        },
        (f) => flags.push(f),
        false,
      );
      await worker!.terminate();
      expect(Atomics.load(done, 0)).toBe(1);
      expect(Atomics.load(workerFlags, 0)).toBe(0);
      expect(flags).toEqual([BOUNDED, V8_OWN]);
    },
  );
});

describe('the module', () => {
  // A startup snapshot is built without SharedArrayBuffer (scripts/bundle.mjs): the share is made
  // on first use, not as the module loads.
  const compiled = new URL('../dist/cli/heap.js', import.meta.url);
  it.skipIf(!existsSync(fileURLToPath(compiled)))('loads where there is no SharedArrayBuffer', () => {
    const load = `delete globalThis.SharedArrayBuffer; await import(${JSON.stringify(compiled.href)}); console.log('loaded');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', load], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('loaded\n');
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
