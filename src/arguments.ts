// Checks of the library's arguments: a caller's mistake is a TypeError or RangeError that says
// what was expected, not an internal error from deep inside a stage or a silent null.
import type { AnalyzeOptions } from './types.js';

/** A real calendar day written YYYY-MM-DD ("2021-02-30" is not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const shown = (value: unknown): string =>
  value === null
    ? 'null'
    : Buffer.isBuffer(value)
      ? 'a Buffer'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'string'
          ? JSON.stringify(value.slice(0, 40))
          : typeof value;

/** Throws when `analyze(text, options)` is called with arguments it cannot honour. */
export function checkAnalyzeArguments(text: unknown, options: unknown): asserts options is AnalyzeOptions | undefined {
  if (typeof text !== 'string') {
    throw new TypeError(
      `analyze(text): text must be a string, got ${shown(text)} (decode bytes first, e.g. buffer.toString('utf8'))`,
    );
  }
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`analyze(text, options): options must be an object, got ${shown(options)}`);
  }
  const { referenceDate, source } = options as Record<string, unknown>;
  if (referenceDate != null) {
    if (typeof referenceDate !== 'string')
      throw new TypeError(`analyze(): referenceDate must be a YYYY-MM-DD string or null, got ${shown(referenceDate)}`);
    if (!isCalendarDate(referenceDate))
      throw new RangeError(
        `analyze(): referenceDate must be a calendar date as YYYY-MM-DD, got ${shown(referenceDate)}`,
      );
  }
  if (source != null && typeof source !== 'string')
    throw new TypeError(`analyze(): source must be a string or null, got ${shown(source)}`);
}
