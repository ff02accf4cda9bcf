// A progress line on stderr while a directory or an ndjson stream is analysed: texts done of
// how many, MB/s and time left. Drawn in place (carriage return, erase line) at most every
// REDRAW_MS, and erased before any other message and at the end, so the terminal keeps only
// real messages. Only on a terminal: a pipe or a log file never sees it.

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const ERASE = '\r\u001b[K';

/** "12 s", "3 min 05 s", "1 h 02 min". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** The progress line: "[#####·····] 42/120 texts · 3.1 MB/s · 12 s left". */
export function progressLine(done: number, total: number | null, bytes: number, seconds: number): string {
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  // Texts named one by one beside a directory are done but not counted in its total.
  done = total ? Math.min(done, total) : done;
  const parts = [total ? `${done}/${total} texts` : `${done} texts`, `${rate.toFixed(1)} MB/s`];
  let bar = '';
  if (total) {
    const filled = Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH));
    bar = `[${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}] `;
    if (done > 0 && done < total) parts.push(`${duration((seconds / done) * (total - done))} left`);
  }
  return bar + parts.join(' · ');
}

export class Progress {
  private done = 0;
  private bytes = 0;
  private total = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** A directory or ndjson source announced `texts` more texts: the line starts showing. */
  expect(texts: number): void {
    this.total += texts;
    this.draw();
  }

  /** One more text done, of `bytes` bytes. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (this.total > 0) this.draw();
  }

  /** Erases the line, so that a message can be written; it comes back at the next tick. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(ERASE);
    this.shown = false;
    this.lastDraw = -Infinity;
  }

  private draw(): void {
    const t = this.now();
    const last = this.done >= this.total;
    if (!last && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    const line = progressLine(this.done, this.total, this.bytes, (t - this.started) / 1000);
    const room = (this.stream.columns ?? 80) - 1;
    this.stream.write(`${ERASE}${Array.from(line).slice(0, room).join('')}`);
    this.shown = true;
  }
}
