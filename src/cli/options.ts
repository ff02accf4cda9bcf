// Parsers of option values: each throws commander's InvalidArgumentError, which is a usage error.
import { InvalidArgumentError } from 'commander';

/** A real calendar day written YYYY-MM-DD ("2021-02-30" is not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function isoDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  return value;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}
