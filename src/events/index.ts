import type { Tagged } from '../adapters/compromise.js';
import type { Attribution } from '../attribution/index.js';
import type { DateOut, Document, EventOut } from '../types.js';

export interface EventContext {
  doc: Document;
  tagged: Tagged;
  dates: readonly DateOut[];
  attribution: Attribution;
  referenceDate: string | null;
}

/** The events stage. First cut: none found. */
export function findEvents(_ctx: EventContext): EventOut[] {
  return [];
}
