// Analysers for the CLI: in this thread (-j 1), or this thread helped by helpers (-j N) once the
// texts are many enough to repay a helper's start: processes started from the startup snapshot
// (src/cli/lane.ts) where this process is one, else worker threads. Results come back as
// promises, so the caller keeps the input order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeBounded } from './heap.js';
import type { Analysis, AnalyzeOptions } from '../types.js';
import { laneProcess, snapshotBlob, threadHelper, type Helper } from './lane.js';
import type { WorkerRequest } from './worker.js';

export interface Analyser {
  run(text: string, options: AnalyzeOptions): Promise<Analysis>;
  /**
   * The run holds `characters` more than said so far (a file's size, a folder's files'), or, when
   * negative, fewer for it to share (a long text analysed elsewhere).
   */
  expect(characters: number): void;
  close(): Promise<void>;
}

export const inThread: Analyser = {
  run: async (text, options) => analyzeBounded(text, options),
  expect: () => {},
  close: async () => {},
};

/**
 * The compiled worker script. Next to this module in dist/; when the CLI runs from its
 * TypeScript sources (the tests), the compiled copy in dist/, else null.
 */
export function workerScript(): URL | null {
  for (const candidate of ['./worker.js', '../../dist/cli/worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

interface Task extends WorkerRequest {
  resolve(a: Analysis): void;
  reject(e: Error): void;
}
interface Slot {
  worker: Helper;
  /** Texts sent to it, in the order it analyses them. */
  tasks: Task[];
  /** It has said it is ready: it started. */
  started: boolean;
}

/** No helper could start: the texts they were given are to be analysed elsewhere. */
export class NoHelper extends Error {}

/**
 * `size` helpers, each started by `start`, taking queued texts, up to `depth` at a time each (one
 * analysed, the others waiting there, so that it never idles waiting for the next).
 */
export function workerPool(size: number, start: () => Helper, depth = 1): Analyser {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let broken: Error | null = null;

  const dispatch = () => {
    for (const slot of slots)
      while (slot.tasks.length < depth && queue.length > 0) {
        const task = queue.shift()!;
        slot.tasks.push(task);
        slot.worker.send({ id: task.id, text: task.text, options: task.options });
      }
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: start(), tasks: [], started: false };
    slot.worker.onReply((m) => {
      if ('ready' in m) {
        slot.started = true;
        return;
      }
      // A helper answers its texts in the order it got them; the id makes sure of the match.
      const at = slot.tasks.findIndex((t) => t.id === m.id);
      if (at < 0) return;
      const [task] = slot.tasks.splice(at, 1) as [Task];
      if (m.analysis) task.resolve(m.analysis as Analysis);
      else task.reject(new Error(m.error ?? 'no result'));
      dispatch();
    });
    // A helper that dies once ready died on the text it was analysing (out of memory, say, and
    // maybe its first): that text fails, the others it held go back to the queue and a fresh one
    // takes its place. One that dies before it is ready could not start: it is not replaced and its
    // texts go back; when none is left, the texts still queued fail with NoHelper.
    slot.worker.onError((err) => {
      if (!slots.includes(slot)) return; // a process reports its end twice ('error', then 'exit')
      // Back to the front of the queue, in their order: all of them, or all but the one it died on.
      const current = slot.started ? slot.tasks.shift() : undefined;
      for (const task of slot.tasks.reverse()) queue.unshift(task);
      if (current) {
        slots[slots.indexOf(slot)] = spawn();
        current.reject(err);
      } else slots.splice(slots.indexOf(slot), 1);
      if (slots.length === 0) {
        broken = new NoHelper(err.message);
        for (const queued of queue.splice(0)) queued.reject(broken);
      }
      dispatch();
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    run: (text, options) =>
      new Promise<Analysis>((resolve, reject) => {
        if (broken) return reject(broken);
        queue.push({ id: nextId++, text, options, resolve, reject });
        dispatch();
      }),
    expect: () => {},
    close: async () => {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Texts, in characters, this thread analyses alone before helpers join in. A worker thread pays
 * about 1.3 s of CPU to start (loading compromise, JIT warm-up), what this pipeline takes for
 * about 250 KB of statements: a run given less than half that is over before a worker would help.
 * A helper process started from the startup snapshot is ready in about a tenth of that.
 */
export const HELPERS_AFTER_CHARS = { thread: 128_000, snapshot: 16_000 };
/**
 * Characters still to come, when the run's size is known, without which helpers are not started:
 * what repays a helper's start. Measured (CPU time, so that the machine's load counts little): a
 * helper process from the snapshot takes 0.12 s to be ready and, its JIT cold, twice the time of
 * a warm one on its first ten 3 KB statements and a fifth more on the next thirty: about 0.75 s in
 * all, what about 60 KB of statements take. Two workers are 1.4x one past 2.3 times that
 * (2W / (W + 0.75 s) >= 1.4). A worker thread pays about twice as much to start.
 */
export const HELPERS_REPAID_BY_CHARS = { thread: 300_000, snapshot: 150_000 };
/** Texts handed to each helper at once: one it analyses and one waiting, so it never idles between. */
const PER_HELPER = 2;

/**
 * `-j n`: this thread, joined by n - 1 helpers once the texts are many: processes started from
 * the startup snapshot when this process is one, else worker threads; this thread alone when n
 * is 1 or neither can start.
 */
export function analyser(jobs: number, sizeKnown = false): Analyser {
  if (jobs <= 1) return inThread;
  const blob = snapshotBlob();
  const kind = blob ? 'snapshot' : 'thread';
  const repaidBy = sizeKnown ? HELPERS_REPAID_BY_CHARS[kind] : 0;
  if (blob) return helped(jobs - 1, () => laneProcess(blob), HELPERS_AFTER_CHARS.snapshot, repaidBy);
  const script = workerScript();
  return script ? helped(jobs - 1, () => threadHelper(script), HELPERS_AFTER_CHARS.thread, repaidBy) : inThread;
}

interface Local {
  text: string;
  options: AnalyzeOptions;
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

/**
 * This thread analyses texts in turn; past `after` characters, `helpers` helpers take texts as
 * they free up. With `repaidBy`, the run's size is told (`expect`), and helpers start only while
 * at least that many characters of it are still to come.
 */
export function helped(helpers: number, start: () => Helper, after: number, repaidBy = 0): Analyser {
  const queue: Local[] = [];
  let busy = false;
  let given = 0;
  let expected = 0;
  let pool: Analyser | null = null;
  let atPool = 0;

  const local = (text: string, options: AnalyzeOptions) =>
    new Promise<Analysis>((resolve, reject) => {
      queue.push({ text, options, resolve, reject });
      pump();
    });
  const toPool = (text: string, options: AnalyzeOptions): Promise<Analysis> => {
    atPool++;
    return pool!
      .run(text, options)
      .catch((err: unknown) => {
        if (!(err instanceof NoHelper)) throw err;
        // No helper could start: this thread does it all.
        helpers = 0;
        return local(text, options);
      })
      .finally(() => {
        atPool--;
        // A helper is free: it takes the oldest text still waiting for this thread.
        const waiting = atPool < helpers * PER_HELPER ? queue.shift() : undefined;
        if (waiting) toPool(waiting.text, waiting.options).then(waiting.resolve, waiting.reject);
      });
  };
  const pump = () => {
    if (busy || queue.length === 0) return;
    busy = true;
    // Later, not now: the caller hands over its next texts first, for the helpers to take.
    setImmediate(() => {
      const task = queue.shift();
      try {
        if (task) task.resolve(analyzeBounded(task.text, task.options));
      } catch (err) {
        task!.reject(err instanceof Error ? err : new Error(String(err)));
      }
      busy = false;
      pump();
    });
  };

  return {
    run: (text, options) => {
      // Still to come: this text and what follows it.
      const toCome = expected - given;
      given += text.length;
      if (!pool && given > after && (repaidBy === 0 || toCome >= repaidBy))
        pool = workerPool(helpers, start, PER_HELPER);
      return pool && atPool < helpers * PER_HELPER ? toPool(text, options) : local(text, options);
    },
    expect: (characters) => {
      expected += characters;
    },
    close: async () => {
      await pool?.close();
    },
  };
}
