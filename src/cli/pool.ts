// Analysers for the CLI: in this thread (-j 1), or a pool of worker threads (-j N) that each
// take the next text as soon as they are free. Results come back as promises, so the caller
// keeps the input order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze } from '../pipeline.js';
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

/** `-j n`: n worker threads, or this thread when n is 1 or no compiled worker exists. */
export function analyser(jobs: number): Analyser {
  const script = jobs > 1 ? workerScript() : null;
  return script ? workerPool(jobs, script) : inThread;
}
