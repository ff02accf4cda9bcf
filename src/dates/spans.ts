// Parsers for stretches of time and repetitions: "five months", "the past two years",
// "the next decade", "two decades ago", "30-day", "every Monday", "daily".
import { addMonths, fromDay, toDay } from './calendar.js';
import {
  DASHES,
  glued,
  integer,
  isCapitalized,
  isPunct,
  periodTimex,
  refTimex,
  word,
  type Context,
  type Parser,
  type Timex,
} from './context.js';
import {
  DAY_PARTS,
  DURATION_UNITS,
  MONTHS,
  NUMBER_WORDS,
  singular,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  type DurationUnit,
} from './lexicon.js';
import { intervalOf } from './period.js';
import { ago } from './relative.js';

/** How much: a number, number words ("twenty-five"), "a", or a vague "several" (null). */
interface Quantity {
  n: number | null;
  end: number;
}

function quantityAt(c: Context, i: number): Quantity | null {
  const t = c.tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    const n = Number(t.text.replace(/,/g, ''));
    return Number.isFinite(n) && n > 0 ? withFraction(c, { n, end: i + 1 }) : null;
  }
  const w = word(c, i);
  // "a couple of years" is two (TimeML writes P2Y); "a few" stays vague.
  if (w === 'a' && ['few', 'couple'].includes(word(c, i + 1)))
    return { n: word(c, i + 1) === 'couple' ? 2 : null, end: word(c, i + 2) === 'of' ? i + 3 : i + 2 };
  // "half an hour", "half a day"
  if (w === 'half' && ['a', 'an'].includes(word(c, i + 1))) return { n: 0.5, end: i + 2 };
  // "the next couple of years": two as well
  if (VAGUE_QUANTITIES.has(w)) return { n: w === 'couple' ? 2 : null, end: word(c, i + 1) === 'of' ? i + 2 : i + 1 };
  const n = NUMBER_WORDS.get(w);
  if (n === undefined || n < 1) return null;
  // "twenty-five", "twenty five"
  const joined = isPunct(c, i + 1, '-') && glued(c, i + 1) && glued(c, i + 2) ? i + 2 : i + 1;
  const unitsWord = NUMBER_WORDS.get(word(c, joined));
  if (n >= 20 && n < 100 && n % 10 === 0 && unitsWord !== undefined && unitsWord >= 1 && unitsWord < 10)
    return withFraction(c, { n: n + unitsWord, end: joined + 1 });
  return withFraction(c, { n, end: i + 1 });
}

/** A half or quarter after a whole number: "2 1/2 years", "two and a half hours". */
function withFraction(c: Context, q: Quantity): Quantity {
  if (q.n === null || !Number.isInteger(q.n) || word(c, q.end - 1) === 'a' || word(c, q.end - 1) === 'an') return q;
  const k = q.end;
  const over = integer(c, k + 2);
  if (integer(c, k) === 1 && isPunct(c, k + 1, '/') && glued(c, k + 1) && glued(c, k + 2) && (over === 2 || over === 4))
    return { n: q.n + 1 / over, end: k + 3 };
  if (word(c, k) === 'and' && ['a', 'an'].includes(word(c, k + 1)) && word(c, k + 2) === 'half')
    return { n: q.n + 0.5, end: k + 3 };
  return q;
}

function unitAt(c: Context, i: number): { unit: DurationUnit; plural: boolean; end: number } | null {
  const w = word(c, i);
  if (!w) return null;
  const unit = DURATION_UNITS.get(w) ?? DURATION_UNITS.get(singular(w));
  return unit ? { unit, plural: !DURATION_UNITS.has(w), end: i + 1 } : null;
}

/** The next smaller TIMEX3 unit and how many of it make one, keyed by the unit as written after
 *  "P" ("TH" is hours): a fraction is written in it ("2 1/2 years" = P2Y6M, "an hour and a half" =
 *  PT1H30M). Months have no whole smaller unit and keep the decimal. */
const SMALLER: Record<string, [unit: string, per: number]> = {
  Y: ['M', 12],
  W: ['D', 7],
  D: ['TH', 24],
  TH: ['M', 60],
  TM: ['S', 60],
};

function durationValue(n: number | null, unit: DurationUnit): string {
  const t = unit.clock ? 'T' : '';
  // "for centuries": TIMEX3 has a letter for centuries (C), not for decades
  if (n === null) return unit.factor === 100 ? 'PXC' : `P${t}X${unit.letter}`;
  const amount = n * unit.factor;
  const whole = Math.floor(amount);
  const smaller = SMALLER[`${t}${unit.letter}`];
  const rest = smaller ? +((amount - whole) * smaller[1]).toFixed(6) : 0;
  if (!smaller || rest === 0 || !Number.isInteger(rest)) return `P${t}${+amount.toFixed(2)}${unit.letter}`;
  const head = whole > 0 ? `${whole}${unit.letter}` : '';
  // "a day and a half" = P1DT12H: hours open the clock part.
  const [clockMark, letter] = smaller[0].startsWith('T') ? ['T', smaller[0].slice(1)] : ['', smaller[0]];
  return `P${t}${head}${clockMark}${rest}${letter}`;
}

const LEADING_MODS: [string[], 'APPROX' | null][] = [
  [['about'], 'APPROX'],
  [['around'], 'APPROX'],
  [['approximately'], 'APPROX'],
  [['nearly'], 'APPROX'],
  [['almost'], 'APPROX'],
  [['roughly'], 'APPROX'],
  [['some'], 'APPROX'],
  [['more', 'than'], null],
  [['less', 'than'], null],
  [['fewer', 'than'], null],
  [['at', 'least'], null],
  [['at', 'most'], null],
  [['no', 'more', 'than'], null],
  [['up', 'to'], null],
];

/** The words a leading modifier starts with: most tokens a duration is tried at ("the", "a") start none. */
const LEADING_FIRST = new Set(LEADING_MODS.map(([words]) => words[0]!));

function leadingMod(c: Context, i: number): { mod: 'APPROX' | null; end: number } | null {
  if (!LEADING_FIRST.has(word(c, i))) return null;
  for (const [words, mod] of LEADING_MODS)
    if (words.every((w, k) => word(c, i + k) === w)) return { mod, end: i + words.length };
  return null;
}

const DURATION_STARTS = new Set([...LEADING_FIRST, 'the', 'a', ...NUMBER_WORDS.keys(), ...VAGUE_QUANTITIES]);
const BACKWARD = new Set(['past', 'last', 'previous', 'preceding']);
/** Words after a unit that count back from the reference day ("a year ago", "year-earlier"). */
const BACK_WORDS = new Set(['ago', 'earlier']);
const FUTURE_MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'can']);
const FORWARD = new Set(['next', 'coming', 'following']);

/** "five months", "the past two years", "the next decade", "about 20 more years", "two decades ago", "30-day". */
export const duration: Parser = (c, i) => {
  const first = c.tokens[i];
  if (!first || (first.kind !== 'number' && !DURATION_STARTS.has(first.lower))) return null;
  let j = i;
  const lead = leadingMod(c, j);
  if (lead) j = lead.end;
  const hasThe = word(c, j) === 'the';
  if (hasThe) j++;
  let direction = 0;
  if (BACKWARD.has(word(c, j)) || FORWARD.has(word(c, j))) {
    // "the last-minute deal" is an adjective
    if (!hasThe || isPunct(c, j + 1, DASHES)) return null;
    direction = BACKWARD.has(word(c, j)) ? -1 : 1;
    j++;
  } else if (hasThe && word(c, j) === 'first') j++;
  let quantity = quantityAt(c, j);
  // "the past year", "the next decade": one unit.
  // "the past year", "the next decade": one unit; "the coming years": some.
  if (!quantity && direction !== 0) quantity = { n: word(c, j).endsWith('s') ? null : 1, end: j };
  if (!quantity) return null;
  if (hasThe && direction === 0 && quantity.n === 1 && ['a', 'an', 'one'].includes(word(c, j))) return null;
  let k = quantity.end;
  if (['more', 'additional', 'full', 'straight', 'consecutive', 'further', 'extra'].includes(word(c, k))) k++;
  const hyphenated = isPunct(c, k, DASHES) && glued(c, k) && glued(c, k + 1);
  if (hyphenated) k++;
  const unit = unitAt(c, k);
  if (!unit) return null;
  if (
    ['a', 'an'].includes(word(c, j)) &&
    quantity.n === 1 &&
    (unit.plural || ['second', 'quarter'].includes(word(c, k)))
  )
    return null;
  let end = unit.end;
  // "a year-earlier loss", "year-ago results": an adjective for the year before (relative.ts).
  if (!hyphenated && isPunct(c, end, '-') && glued(c, end) && BACK_WORDS.has(word(c, end + 1))) return null;
  if (hyphenated) {
    if (unit.plural) return null;
    // "day-long" is a duration; "8-month-old" an age, not a time.
    if (isPunct(c, end, '-') && glued(c, end) && word(c, end + 1) === 'old') return null;
    if (isPunct(c, end, '-') && glued(c, end) && word(c, end + 1) === 'long') end += 2;
    // "the 30-day truce": the adjective alone is the expression.
    return { start: lead || !hasThe ? i : i + 1, end, timex: durationTimex(quantity.n, unit.unit, lead?.mod ?? null) };
  }
  // "a year and a half", "an hour and a half"
  if (!unit.plural && quantity.n === 1 && word(c, end) === 'and' && ['a', 'an'].includes(word(c, end + 1))) {
    if (word(c, end + 2) === 'half') {
      quantity = { n: 1.5, end: quantity.end };
      end += 3;
    }
  }
  // "two years", "half an hour"; a count before a singular unit is an adjective before its noun
  // ("a five year plan", "the two day visit"), not "1988 second" (a year before an ordinal).
  if (!unit.plural && quantity.n !== null && quantity.n > 1 && quantity.n !== 1.5) {
    if (!isCountAdjective(c, j, quantity.n, k)) return null;
    return { start: lead || !hasThe ? i : i + 1, end, timex: durationTimex(quantity.n, unit.unit, lead?.mod ?? null) };
  }
  // "a week or so", "the next two years or so": TimeML keeps the hedge in the expression.
  const approx = word(c, end) === 'or' && word(c, end + 1) === 'so';
  if (approx) end += 2;
  const mod = approx ? 'APPROX' : (lead?.mod ?? null);
  if (BACK_WORDS.has(word(c, end)) && direction === 0) {
    if (unit.unit.period) return ago(c, quantity.n, unit.unit.period, end + 1, i);
    // "a few hours ago": earlier the same day, as far as a date goes.
    if (word(c, end) === 'ago')
      return { end: end + 1, timex: c.ref === null ? refTimex('PAST_REF') : periodTimex({ unit: 'day', day: c.ref }) };
  }
  if (word(c, end) === 'old') return null;
  // "will one day be": some day ahead, no stretch of a day
  if (word(c, j) === 'one' && word(c, k) === 'day' && direction === 0 && FUTURE_MODALS.has(word(c, i - 1)))
    return { end, timex: refTimex('FUTURE_REF') };
  const timex = durationTimex(quantity.n, unit.unit, mod);
  if (direction !== 0 && unit.unit.period && c.ref !== null && quantity.n !== null && Number.isInteger(quantity.n)) {
    timex.interval = anchoredInterval(c.ref, unit.unit, quantity.n, direction);
  }
  // A stretch ahead of the reference names a calendar span a reader plans by ("the next five
  // years", "the coming days"); one counted back from it ("the last two years") the span a
  // change is measured over: a date with a duration's value, as the statement gold reads it.
  if (direction > 0 || timex.interval) timex.type = 'date';
  return { end, timex };
};

/** Units a count can make an adjective of, before the noun it qualifies ("a three hour delay"). */
const ADJECTIVE_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Words after "two day" that show it is no adjective: the unit ends a phrase. */
const NOT_A_NOUN = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'with', 'ago', 'old']);

/** "five year plan": a whole count (a word, or a small number) then a singular unit then a noun. */
function isCountAdjective(c: Context, at: number, n: number, unitIndex: number): boolean {
  if (!Number.isInteger(n) || n > 100 || !ADJECTIVE_UNITS.has(word(c, unitIndex))) return false;
  const first = c.tokens[at];
  if (first?.kind === 'number' && first.text.length > 3) return false;
  const next = c.tokens[unitIndex + 1];
  return (
    !!next && next.kind === 'word' && next.spaced && !isCapitalized(c, unitIndex + 1) && !NOT_A_NOUN.has(next.lower)
  );
}

function durationTimex(n: number | null, unit: DurationUnit, mod: 'APPROX' | null): Timex {
  return { type: 'duration', value: durationValue(n, unit), mod, interval: null };
}

const MONTHS_PER_LETTER: Record<string, number> = { M: 1, Q: 3, Y: 12 };

/** Reference day to the same day `n` units later (or earlier). */
function anchoredInterval(ref: number, unit: DurationUnit, n: number, direction: number): string | null {
  const steps = direction * n * unit.factor;
  let other: number;
  if (unit.letter === 'D') other = ref + steps;
  else if (unit.letter === 'W') other = ref + 7 * steps;
  else {
    const months = MONTHS_PER_LETTER[unit.letter];
    if (months === undefined) return null;
    const at = addMonths(fromDay(ref), steps * months);
    other = toDay(at.y, at.m, at.d);
  }
  return intervalOf(direction > 0 ? [ref, other] : [other, ref]);
}

/** "for years", "over decades": a vague stretch. "years ago": some time back. */
export const bareUnits: Parser = (c, i) => {
  const w = word(c, i);
  if (!['years', 'months', 'weeks', 'decades', 'days', 'hours', 'centuries'].includes(w)) return null;
  const unit = DURATION_UNITS.get(singular(w))!;
  if (word(c, i + 1) === 'ago') return { end: i + 2, timex: refTimex('PAST_REF') };
  if (!['for', 'over', 'within', 'in'].includes(word(c, i - 1)) || word(c, i + 1) === 'of') return null;
  return { end: i + 1, timex: durationTimex(null, unit, null) };
};

const FREQUENCY_ADVERBS = new Map<string, string>([
  ['daily', 'P1D'],
  ['weekly', 'P1W'],
  ['monthly', 'P1M'],
  ['yearly', 'P1Y'],
  ['hourly', 'PT1H'],
  ['nightly', 'XXXX-XX-XXTNI'],
]);
const setTimex = (value: string): Timex => ({ type: 'set', value, mod: null, interval: null });

/** "every Monday", "each year", "every two weeks", "daily", "twice a year". */
export const frequency: Parser = (c, i) => {
  const w = word(c, i);
  const adverb = FREQUENCY_ADVERBS.get(w);
  // "Vestmark Daily", "Energy Weekly": a capitalised word ending a name, no frequency ("Daily Press
  // Briefing", a recurring event's title, keeps it).
  const named = isCapitalized(c, i) && !c.opensLine(i) && isCapitalized(c, i - 1);
  if (adverb) return named ? null : { end: i + 1, timex: setTimex(adverb) };
  if (w === 'every' || w === 'each') {
    let j = i + 1;
    if (word(c, j) === 'other') j++;
    const target = word(c, j);
    const wd = WEEKDAYS.get(target);
    if (wd) return { end: j + 1, timex: setTimex(`XXXX-WXX-${wd}`) };
    const m = MONTHS.get(target);
    if (m && isCapitalized(c, j)) return { end: j + 1, timex: setTimex(`XXXX-${String(m).padStart(2, '0')}`) };
    const part = DAY_PARTS.get(target);
    if (part && target !== 'tonight') return { end: j + 1, timex: setTimex(`XXXX-XX-XXT${part}`) };
    const quantity = quantityAt(c, j);
    const unit = unitAt(c, quantity ? quantity.end : j);
    if (!unit) return null;
    return {
      end: unit.end,
      timex: setTimex(durationValue(quantity?.n ?? (word(c, i + 1) === 'other' ? 2 : 1), unit.unit)),
    };
  }
  if ((w === 'a' || w === 'per' || w === 'an') && ['times', 'once', 'twice'].includes(word(c, i - 1))) {
    const unit = unitAt(c, i + 1);
    if (unit && !unit.plural) return { end: unit.end, timex: setTimex(durationValue(1, unit.unit)) };
  }
  return null;
};
