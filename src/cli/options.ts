// Parsers of option values: each throws commander's InvalidArgumentError, which is a usage error.
import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../arguments.js';

export function isoDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  return value;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

/** --max-bytes by default: far above any statement, low enough to refuse a runaway input. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size in bytes: a whole number, optionally with K, M or G (binary multiples). */
export function byteSize(value: string): number {
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(value.trim());
  const n = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a size in bytes such as 1000000 or 64M.');
  return n;
}
