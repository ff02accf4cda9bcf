import type { Dateline, Document } from '../types.js';

/** The dateline stage: a date in the text's dateline or header, if any. First cut: none. */
export function findDateline(_doc: Document): Dateline | null {
  return null;
}
