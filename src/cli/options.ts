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
