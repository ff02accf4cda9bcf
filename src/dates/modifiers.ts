// Fuzzy parts of a period wrapped around another date: "mid-November", "late 2020", "the end of
// the year", "the year end", "early next month". The value stays the period's (TIMEX3 `mod` says
// which part); the interval narrows to the part (early = days 1-10, mid = 11-20, late = 21-end).
import { glued, isPunct, periodTimex, word, type Context, type Hit, type Parser } from './context.js';
import { periodAt, type PartMod, type PeriodUnit } from './period.js';

const ADJECTIVES = new Map<string, PartMod>([
  ['early', 'START'],
  ['mid', 'MID'],
  ['late', 'END'],
]);
const NOUNS = new Map<string, PartMod>([
  ['beginning', 'START'],
  ['start', 'START'],
  ['middle', 'MID'],
  ['end', 'END'],
  ['close', 'END'],
]);
const OWN_PERIODS = new Map<string, PeriodUnit>([
  ['year', 'year'],
  ['month', 'month'],
  ['week', 'week'],
  ['quarter', 'quarter'],
  ['decade', 'decade'],
  ['century', 'century'],
]);

/** Wraps the core parsers: a modifier phrase, then any date they find. */
export function modified(core: readonly Parser[]): Parser {
  const coreAt = (c: Context, i: number): Hit | null => {
    let best: Hit | null = null;
    for (let k = 0; k < core.length; k++) {
      const hit = core[k]!(c, i);
      if (hit && (!best || hit.end > best.end)) best = hit;
    }
    return best;
  };
  return (c, i) => {
    let j = word(c, i) === 'the' ? i + 1 : i;
    const w = word(c, j);
    // "the year end", "year-end", "the year's end"
    if (
      w === 'year' &&
      (word(c, j + 1) === 'end' || (isPunct(c, j + 1, '-') && glued(c, j + 1) && word(c, j + 2) === 'end'))
    ) {
      return ownPeriod(c, 'year', 'END', word(c, j + 1) === 'end' ? j + 2 : j + 3);
    }
    let mod = ADJECTIVES.get(w);
    if (mod) {
      j++;
      if (isPunct(c, j, '-–') && glued(c, j)) j++;
    } else {
      mod = NOUNS.get(w);
      if (!mod || word(c, j + 1) !== 'of') return null;
      j += 2;
      const own = word(c, j) === 'the' ? OWN_PERIODS.get(word(c, j + 1)) : undefined;
      if (own && word(c, j + 2) !== 'of' && !isPunct(c, j + 2, "'’")) return ownPeriod(c, own, mod, j + 2);
    }
    const hit = j < c.tokens.length ? coreAt(c, j) : null;
    if (!hit) return null;
    if (!hit.period) return { end: hit.end, timex: { ...hit.timex, mod } };
    if (hit.period.unit === 'day') return { end: hit.end, timex: { ...hit.timex, mod } };
    return { end: hit.end, timex: periodTimex(hit.period, mod), period: null };
  };
}

/** "the end of the year": a part of the period holding the reference day. */
function ownPeriod(c: Context, unit: PeriodUnit, mod: PartMod, end: number): Hit {
  if (c.ref === null) return { end, timex: { type: 'date', value: null, mod, interval: null } };
  const period = periodAt(unit, c.ref);
  return { end, timex: periodTimex(period, mod) };
}
