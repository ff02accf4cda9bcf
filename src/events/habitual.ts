// A clause that tells what used to happen, or happens, again and again ("Each year the council
// would meet in March", "the board usually met in June"): its "would" plans nothing, and a month
// or a day without its year is the recurring one, no event's date.
import type { Term } from './segments.js';

/** Adverbs of frequency. */
const FREQUENCY = new Set([
  'annually',
  'yearly',
  'usually',
  'often',
  'always',
  'regularly',
  'traditionally',
  'customarily',
  'habitually',
  'routinely',
]);
/** What "each" or "every" counts when it tells a recurrence: "each year", "every spring", "every March". */
const RECURRING_UNITS =
  /^(year|month|week|day|morning|evening|night|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Words that set an exception against the recurrence: "Each year the council meets in March, but
 *  this year it will meet on 12 May". */
const CONTRAST = new Set(['but', 'however', 'whereas', 'while', 'unlike', 'except']);

/** Whether the sentence's words tell a recurrence, and no exception to it. */
export function isHabitual(terms: readonly Term[]): boolean {
  if (terms.some((t) => CONTRAST.has(t.normal))) return false;
  return terms.some(
    (t, k) =>
      FREQUENCY.has(t.normal) ||
      ((t.normal === 'each' || t.normal === 'every') && RECURRING_UNITS.test(terms[k + 1]?.normal ?? '')),
  );
}
