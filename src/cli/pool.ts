// Analysers for the CLI: in this thread (-j 1), or this thread helped by worker threads (-j N)
// once the texts are many enough to repay a worker's start. Results come back as promises, so
// the caller keeps the input order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze } from '../windows.js';
import type { Analysis, AnalyzeOptions } from '../types.js';
import type { WorkerRequest } from './worker.js';

export interface Analyser {
  run(text: string, options: AnalyzeOptions): Promise<Analysis>;
  close(): Promise<void>;
}

export const inThread: Analyser = {
  run: async (text, options) => analyze(text, options),
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
  worker: Worker;
  task: Task | null;
}

export function workerPool(size: number, script: URL): Analyser {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let broken: Error | null = null;

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.task || queue.length === 0) continue;
      slot.task = queue.shift()!;
      const { id, text, options } = slot.task;
      slot.worker.postMessage({ id, text, options } satisfies WorkerRequest);
    }
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script), task: null };
    slot.worker.on('message', (m: { id: number; analysis?: Analysis; error?: string }) => {
      const task = slot.task!;
      slot.task = null;
      if (m.analysis) task.resolve(m.analysis);
      else task.reject(new Error(m.error ?? 'no result'));
      dispatch();
    });
    // A worker that dies on a text (out of memory, say) fails that text only and a fresh one
    // takes its place; one that dies idle (it could not start) is not replaced, and when none is
    // left the texts still queued fail with its error.
    slot.worker.on('error', (err) => {
      const task = slot.task;
      if (task) slots[slots.indexOf(slot)] = spawn();
      else slots.splice(slots.indexOf(slot), 1);
      task?.reject(err);
      if (slots.length === 0) {
        broken = err;
        for (const queued of queue.splice(0)) queued.reject(err);
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
    close: async () => {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Texts, in characters, this thread analyses alone before worker threads join in. A worker pays
 * about 1.3 s of CPU to start (loading compromise, JIT warm-up), what this pipeline takes for
 * about 250 KB of statements: a run given less than half that is over before a worker would help.
 */
export const HELPERS_AFTER_CHARS = 128_000;

/** `-j n`: this thread, joined by n - 1 worker threads once the texts are many; this thread alone when n is 1 or no compiled worker exists. */
export function analyser(jobs: number): Analyser {
  const script = jobs > 1 ? workerScript() : null;
  return script ? helped(jobs - 1, script) : inThread;
}

interface Local {
  text: string;
  options: AnalyzeOptions;
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

/** This thread analyses texts in turn; past HELPERS_AFTER_CHARS, `helpers` workers take texts whenever this thread is busy. */
function helped(helpers: number, script: URL): Analyser {
  const queue: Local[] = [];
  let busy = false;
  let given = 0;
  let pool: Analyser | null = null;
  let atPool = 0;

  const toPool = (text: string, options: AnalyzeOptions): Promise<Analysis> => {
    atPool++;
    return pool!.run(text, options).finally(() => {
      atPool--;
      // A helper is free: it takes the oldest text still waiting for this thread.
      const waiting = busy ? queue.shift() : undefined;
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
        if (task) task.resolve(analyze(task.text, task.options));
      } catch (err) {
        task!.reject(err instanceof Error ? err : new Error(String(err)));
      }
      busy = false;
      pump();
    });
  };

  return {
    run: (text, options) => {
      given += text.length;
      if (!pool && given > HELPERS_AFTER_CHARS) pool = workerPool(helpers, script);
      if (pool && atPool < helpers && (busy || queue.length > 0)) return toPool(text, options);
      return new Promise<Analysis>((resolve, reject) => {
        queue.push({ text, options, resolve, reject });
        pump();
      });
    },
    close: async () => {
      await pool?.close();
    },
  };
}
