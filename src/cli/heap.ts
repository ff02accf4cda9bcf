// The command's analyses: the library's, with the heap's growth bounded while a long text is
// analysed. V8 lets the heap grow to about four times what survived its last full collection when
// collecting is cheap, and over a long text what survives (the text, the findings so far) keeps
// growing while compromise fills the headroom with garbage: 830 MB peak for 20 MB of text, 250 MB
// for 2 MB (180 MB with 50%, for about 6% more CPU time). For 20 MB, side by side: 431 MB and 174 s
// of CPU with 50%, 365 MB and 185 s with 30% (353 MB with 20%, for yet more time). The flag is the
// whole process's, so the command sets it (its process is its own) and the library never does;
// and since worker threads (-j N without a snapshot) share it, they share one count of the long
// texts in analysis: the first to start sets it, the last to end restores it.
import { setFlagsFromString } from 'node:v8';
import { workerData } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../types.js';
import { analyze } from '../windows.js';

/** How far (percent) the heap may grow past what survived its last full collection, on a long text. */
const HEAP_GROWING_PERCENT = 30;
/** V8's own rule: the flag's value when nobody set it. */
const V8_DEFAULT = 0;
/**
 * Characters past which the heap's growth is bounded. Below, the peak stays far under the bound
 * anyway, and the extra full collections (ten instead of one or two for 800 KB of dense dates or
 * quotes) would make time grow faster than the text.
 */
export const BOUNDED_HEAP_PAST = 1024 * 1024;

/** Whether the user set the heap's growth for this process (node's options or NODE_OPTIONS). */
export function heapGrowthGiven(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, nodeOptions].some((a) => /--heap[-_]growing[-_]percent\b/.test(a));
}

/**
 * Long texts in analysis in this process, with a lock around changing the count and the flag
 * together: [lock, count] in memory the threads share. Made by the main thread, passed to worker
 * threads in their workerData (`heapShare`).
 */
export type HeapShare = Int32Array;
const LOCK = 0;
const COUNT = 1;
export const newHeapShare = (): HeapShare =>
  new Int32Array(
    // Not there while a startup snapshot is built: a share of one thread serves then.
    typeof SharedArrayBuffer === 'function'
      ? new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)
      : new ArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT),
  );
let own: HeapShare | undefined;
/**
 * This process's share: the main thread's, also in its worker threads. Made on first use, not as
 * the module loads, which may be while the startup snapshot is built (it cannot hold one).
 */
export function heapShare(): HeapShare {
  const given = (workerData as { heapShare?: unknown } | null)?.heapShare;
  return given instanceof Int32Array ? given : (own ??= newHeapShare());
}

/** Runs `change` holding the share's lock (held for a counter update and a flag's setting, no more). */
function locked(share: HeapShare, change: () => void): void {
  while (Atomics.compareExchange(share, LOCK, 0, 1) !== 0) Atomics.wait(share, LOCK, 1, 1);
  try {
    change();
  } finally {
    Atomics.store(share, LOCK, 0);
    Atomics.notify(share, LOCK, 1);
  }
}

/**
 * Runs `work`, on a text of `length` characters, with the heap's growth bounded when the text is
 * long and the user did not set it; V8's own rule, which held before, is restored once no long
 * text is in analysis in any thread of the process.
 */
export function withBoundedHeap<T>(
  length: number,
  work: () => T,
  setFlags: (flags: string) => void = setFlagsFromString,
  userGiven = heapGrowthGiven(process.execArgv, process.env.NODE_OPTIONS),
  share = heapShare(),
): T {
  if (length <= BOUNDED_HEAP_PAST || userGiven) return work();
  locked(share, () => {
    if (Atomics.add(share, COUNT, 1) === 0) setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });
  try {
    return work();
  } finally {
    locked(share, () => {
      if (Atomics.sub(share, COUNT, 1) === 1) setFlags(`--heap-growing-percent=${V8_DEFAULT}`);
    });
  }
}

/** The library's analysis, as the command runs it. */
export const analyzeBounded = (text: string, options: AnalyzeOptions): Analysis =>
  withBoundedHeap(text.length, () => analyze(text, options));
