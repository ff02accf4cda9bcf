// A helper for `analyze -j N` in a process of its own, started from the V8 startup snapshot like
// the command itself: compromise is loaded and warm there, so it analyses from its first
// milliseconds, where a worker thread first spends about a second loading and warming up.
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { analyzeBounded, heapShare } from './heap.js';
import type { WorkerRequest } from './worker.js';

/** Set in a helper process's environment: the snapshot's entry serves texts instead of running the command. */
export const LANE_ENV = 'ANALYZE_LANE';

/** A helper's messages: `ready` once it has started, then one answer per text, in order. */
export type HelperReply = { ready: true } | { id: number; analysis?: unknown; error?: string };

/** What a helper sends once it has started and listens for texts. */
export const READY: HelperReply = { ready: true };

/** What the pool needs of a helper, a worker thread (`threadHelper`) or a process (`laneProcess`). */
export interface Helper {
  send(request: WorkerRequest): void;
  onReply(listener: (reply: HelperReply) => void): void;
  /** It died: before `ready`, it could not start; after, the text it held killed it (out of memory, say). */
  onError(listener: (err: Error) => void): void;
  terminate(): Promise<unknown>;
}

/** A worker thread running `script` (src/cli/worker.ts, compiled). */
export function threadHelper(script: URL): Helper {
  // The heap flag is the process's: threads share one count of the long texts they analyse.
  const worker = new Worker(script, { workerData: { heapShare: heapShare() } });
  return {
    send: (request) => worker.postMessage(request),
    onReply: (listener) => worker.on('message', listener),
    onError: (listener) => worker.on('error', listener),
    terminate: () => worker.terminate(),
  };
}

/** The startup snapshot this process was started from, or null. */
export function snapshotBlob(argv: readonly string[] = process.execArgv): string | null {
  const at = argv.indexOf('--snapshot-blob');
  return at >= 0 && at + 1 < argv.length ? argv[at + 1]! : null;
}

/**
 * The V8 flags this process was started with, but for the snapshot's own: a helper started from
 * the same blob needs the same ones (V8 refuses a blob under other flags).
 */
export function v8Flags(argv: readonly string[] = process.execArgv): string[] {
  const at = argv.indexOf('--snapshot-blob');
  return at < 0 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 2)];
}

/** How long a helper process is given to end when asked, before it is killed, and then again. */
const EXIT_WAIT_MS = 1000;

/** Whether `promise` settles within `ms`. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/**
 * A helper process started from `blob` under `flags` (by default this process's), talking over
 * an IPC channel; `pid` is its process id.
 */
export function laneProcess(
  blob: string,
  flags: readonly string[] = v8Flags(),
): Helper & { readonly pid: number | undefined } {
  const child = spawn(process.execPath, [...flags, '--snapshot-blob', blob, '--'], {
    // Its stderr is not the user's: a crash there (out of memory, say) would print a trace. It is
    // reported instead as one line, through the 'exit' below, for the text it held.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    serialization: 'advanced',
    // A session of its own: Linux shares the CPU between sessions first (autogroup), so in this
    // process's session a helper would only split this process's share of a busy machine with it.
    // It still ends with this process: the IPC channel closing ends it (serveLane). Not on
    // Windows, where a detached process gets a console window of its own.
    detached: process.platform !== 'win32',
    env: { ...process.env, [LANE_ENV]: '1' },
  });
  let ended = false;
  return {
    send: (request) => child.send(request),
    onReply: (listener) => child.on('message', listener),
    onError(listener) {
      child.on('error', listener);
      // A helper that ends unasked (killed, out of memory) is an error, as a worker's crash is.
      child.on('exit', (code, signal) => {
        if (!ended) listener(new Error(`helper process ended (${signal ?? `exit ${code}`})`));
      });
    },
    pid: child.pid,
    // Waits for the process to be gone, so that none outlives the command: asked to end, then
    // killed if it has not within the bound.
    async terminate() {
      ended = true;
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      // Not `once(child, 'exit')`: it rejects on the child's 'error' (a failed kill), which would
      // fail the command's close, or crash it unhandled once the bound has passed.
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill();
      if (await settlesWithin(exited, EXIT_WAIT_MS)) return;
      child.kill('SIGKILL');
      await settlesWithin(exited, EXIT_WAIT_MS);
    },
  };
}

/** The helper's side: analyses each text it is sent and sends the result back, until the parent goes. */
export function serveLane(): void {
  process.on('disconnect', () => process.exit(0));
  process.on('message', ({ id, text, options }: WorkerRequest) => {
    let reply: HelperReply;
    try {
      reply = { id, analysis: analyzeBounded(text, options) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    }
    // The parent may have gone while this text was analysed.
    if (process.connected) process.send!(reply);
  });
  process.send!(READY);
}
