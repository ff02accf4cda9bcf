// A worker thread of `analyze -j N`: analyses the texts it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { analyzeBounded } from './heap.js';
import type { AnalyzeOptions } from '../types.js';
import { READY } from './lane.js';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', ({ id, text, options }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id, analysis: analyzeBounded(text, options) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage(READY);
