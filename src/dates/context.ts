// What every date parser sees: the tokens, the reference day, the tense of the governing verb,
// and helpers to read tokens and to turn calendar periods into TIMEX3 values.
import type { DateMod, DateType } from '../types.js';
import { fromDay, toDay, weekday } from './calendar.js';
import { MONTHS } from './lexicon.js';
import { intervalOf, partDays, periodDays, periodValue, type PartMod, type Period, type PeriodUnit } from './period.js';
import type { Tense } from './tense.js';
import type { Token } from '../document/tokens.js';
import { eventHead } from '../lexicon/event-heads.js';

export interface Timex {
  type: DateType;
  value: string | null;
  mod: DateMod;
  interval: string | null;
}

export interface Hit {
  /** Token index where the match starts, when later than where the parser was tried ("the 30-day" → "30-day"). */
  start?: number;
  /** Token index just past the match. */
  end: number;
  timex: Timex;
  /** The calendar period matched, for modifiers and ranges ("mid-November", "June 4 to 8"). */
  period?: Period | null;
  /** The unit of a period named by reference to an earlier date ("that year"), resolved by a refiner. */
  anaphor?: PeriodUnit;
}

export interface Context {
  tokens: readonly Token[];
  /** The reference day (day number), or null when none is known. */
  ref: number | null;
  /** Whether the text writes numeric dates day first ("13/05/2026"), so "05/06/2026" is 5 June. */
  dayFirst: boolean;
  /** Whether the token at `index` is the first on its line. */
  opensLine(index: number): boolean;
  /** Tense of the verb governing the token at `index`. */
  tenseAt(index: number): Tense | null;
  /** Whether the tagger reads the token at `index` as a verb ("March" in "they march", "May" the modal). */
  isVerbAt(index: number): boolean;
  /** Whether the token at `index` follows an infinitive a commitment governs ("agreed to meet"). */
  commitsAt(index: number): boolean;
  /** Whether the clause of the token at `index` describes a present state (see TenseReader). */
  describesStateAt(index: number, opensClause: boolean): boolean;
}

/** A parser tries to match a date expression starting at token `i`. */
export type Parser = (c: Context, i: number) => Hit | null;

export const word = (c: Context, i: number): string => {
  const t = c.tokens[i];
  return t && t.kind === 'word' ? t.lower : '';
};
export const isPunct = (c: Context, i: number, marks: string): boolean => {
  const t = c.tokens[i];
  return !!t && t.kind === 'punct' && marks.includes(t.text);
};
/** Plain integer value of a digits token ("1,984" and "2.5" are not plain). */
export const integer = (c: Context, i: number): number | null => {
  const t = c.tokens[i];
  if (!t || t.kind !== 'number' || t.text.length > 4 || t.text.includes(',') || t.text.includes('.')) return null;
  return Number(t.text);
};
/** Whether token `i` directly touches the previous one (no space). */
export const glued = (c: Context, i: number): boolean => !!c.tokens[i] && !c.tokens[i]!.spaced;
export const isCapitalized = (c: Context, i: number): boolean => {
  const t = c.tokens[i];
  return !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
};
export const DASHES = '-–—';

/** A full month name, or its abbreviation (with its optional period) when `abbreviations` is set. */
export function monthAt(
  c: Context,
  i: number,
  abbreviations: Map<string, number> | null,
): { m: number; end: number } | null {
  const w = word(c, i);
  if (!w) return null;
  const full = MONTHS.get(w);
  if (full) return { m: full, end: i + 1 };
  const short = abbreviations?.get(w);
  if (!short) return null;
  return { m: short, end: isPunct(c, i + 1, '.') && glued(c, i + 1) ? i + 2 : i + 1 };
}

export function periodTimex(p: Period | null, mod: PartMod | null = null, type: DateType = 'date'): Timex {
  if (!p) return { type, value: null, mod, interval: null };
  const days = mod ? partDays(p, mod) : periodDays(p);
  return { type, value: periodValue(p), mod, interval: intervalOf(days) };
}

export const refTimex = (value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'): Timex => ({
  type: 'date',
  value,
  mod: null,
  interval: null,
});

/** Words before a date that say which way it lies, whatever the verb: a change "effective June 1"
 *  is the nearest June 1, before or after (a deadline lies ahead: isDeadline). */
const TENSE_OF_PREPOSITION = new Map<string, Tense>([['effective', 'present']]);

/** "by June 1", "no later than 15 January", "not later than the end of May": a deadline lies
 *  ahead, whatever the verb ("proposals must be sent no later than 15 January"). */
export function isDeadline(c: Context, i: number): boolean {
  const k = prepositionIndex(c, i);
  const w = word(c, k);
  return w === 'by' || (w === 'than' && word(c, k - 1) === 'later' && ['no', 'not'].includes(word(c, k - 2)));
}

/** The year a yearless month (and day) falls in: the one nearest the reference, bent by tense. */
export function yearFor(c: Context, i: number, m: number, d: number | null): number | null {
  if (c.ref === null) return null;
  const { y } = fromDay(c.ref);
  const tense = isDeadline(c, i)
    ? 'future'
    : (TENSE_OF_PREPOSITION.get(prepositionBefore(c, i)) ??
      (isPutOffUntil(c, i) ? 'future' : (untilTense(c, i) ?? commitmentTense(c, i, occasionTense(c, i)))));
  const dayOf = (year: number): number => (d === null ? toDay(year, m, 15) : toDay(year, m, Math.min(d, 28)));
  // A tense moves the date a year only when the nearest reading is well on the wrong side.
  const slack = 60;
  let best = y;
  for (const candidate of [y - 1, y + 1]) {
    if (Math.abs(dayOf(candidate) - c.ref) < Math.abs(dayOf(best) - c.ref)) best = candidate;
  }
  // News reports the past: without a verb to say otherwise, the date is taken as past.
  if ((tense === 'past' || tense === null) && dayOf(best) > c.ref + slack) best -= 1;
  if (tense === 'future' && dayOf(best) < c.ref - slack) best += 1;
  // A month named alone lies wholly on the tense's side: "visited Tarsk in December", said in
  // November, is last December; "will be held in September", said in November, next September.
  if (d === null && tense === 'past' && toDay(best, m, 1) > c.ref) best -= 1;
  if (d === null && tense === 'future' && toDay(best, m + 1, 1) <= c.ref) best += 1;
  return best;
}

/** "agreed to meet again in December", said in May: a month or a season a commitment's act is
 *  set in lies ahead (a weekday may be the commitment's own: "agreed on Monday to open it"). */
export const commitmentTense = (c: Context, i: number, tense: Tense | null): Tense | null =>
  tense === 'present' && c.commitsAt(i) ? 'future' : tense;

/** A part of a period written before the month: "the end of", "the beginning of", "early", "mid-". */
const PART_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'close']);
const PART_ADJECTIVES = new Set(['early', 'mid', 'late']);

/** The word before the date and the part of it written first ("by the end of June" → "by"). */
export const prepositionBefore = (c: Context, i: number): string => word(c, prepositionIndex(c, i));

function prepositionIndex(c: Context, i: number): number {
  let k = i - 1;
  if (isPunct(c, k, '-')) k--;
  if (PART_ADJECTIVES.has(word(c, k))) k--;
  else if (word(c, k) === 'of' && PART_NOUNS.has(word(c, k - 1))) k -= word(c, k - 2) === 'the' ? 3 : 2;
  return k;
}

/** "comments may be sent until the end of January", "the drought could last into December": a
 *  stretch that runs on lies ahead, unless the verb is past ("the office was shut until January"). */
export function untilTense(c: Context, i: number): Tense | null {
  if (!['until', 'till', 'through', 'thru', 'into'].includes(prepositionBefore(c, i))) return null;
  return c.tenseAt(i) === 'past' ? 'past' : 'future';
}

/** Words for making ready for an occasion, or asking someone to it: it lies ahead. */
const PREPARING = /^(prepar(e|es|ed|ing|ations?)|preview(s|ed|ing)?|invit(e|es|ed|ing|ations?))$/;
/** Words for talking of an occasion: their tense says nothing of when it is. */
const TALKING = /^(discuss(es|ed|ing)?|talk(s|ed|ing)?)$/;
/** How many words back from the occasion the talk of it may stand. */
const TALK_REACH = 8;

/**
 * The tense that places a month or day right after an occasion's noun. "preparations for the
 * elections in March": ahead. "discussed the leaders' summit in December": the talk's tense says
 * nothing (the summit may be past or ahead), so it reads as a present tense does: the nearest
 * reading wins. Else the tense of the governing verb.
 */
function occasionTense(c: Context, i: number): Tense | null {
  if (!['in', 'on'].includes(word(c, i - 1)) || !eventHead(word(c, i - 2))) return c.tenseAt(i);
  for (let k = i - 3; k >= 0 && k >= i - 2 - TALK_REACH; k--) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct' && !"'’-".includes(t.text)) break;
    if (PREPARING.test(t.lower)) return 'future';
    if (TALKING.test(t.lower)) return 'present';
  }
  return c.tenseAt(i);
}

const PUT_OFF =
  /^(postpone[sd]?|postponing|mov(e|es|ed|ing)|delay(s|ed|ing)?|defer(s|red|ring)?|adjourn(s|ed|ing)?|reschedul(e|es|ed|ing)|push(es|ed|ing)?|put|puts|extend(s|ed|ing)?|give[ns]?|gave|giving|grant(s|ed|ing)?)$/;
/** How many words back from "until" the putting off may stand ("postponed any action until"). */
const PUT_OFF_REACH = 6;

/** "postponed the vote until Tuesday", "adjourned to March 3", "moved to June", "extended the deadline until
 *  Friday", "has given the families until Tuesday": the new day lies ahead. */
export function isPutOffUntil(c: Context, i: number): boolean {
  if (!['until', 'till', 'to'].includes(word(c, i - 1))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - PUT_OFF_REACH; k--) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct') return false;
    if (PUT_OFF.test(t.lower)) return true;
  }
  return false;
}

const LOOKING_BACK = new Set(['since', 'from', 'last', 'past']);
const LOOKING_AHEAD = new Set(['next']);

/**
 * The day a bare weekday names. News reports the past, so without a future verb it is the most
 * recent one (today included); "will ... Friday" and "by Friday" look ahead; a present verb takes
 * the nearest. "Wednesday's ruling" is one already made.
 */
export function weekdayFor(c: Context, i: number, wd: number): number | null {
  if (c.ref === null) return null;
  const back = (weekday(c.ref) - wd + 7) % 7;
  const ahead = (wd - weekday(c.ref) + 7) % 7;
  const before = word(c, i - 1);
  if (LOOKING_BACK.has(before) || (isPunct(c, i + 1, "'’") && word(c, i + 2) === 's')) return c.ref - back;
  // "by Friday", "next Friday", "as soon as Friday"
  if (
    LOOKING_AHEAD.has(before) ||
    (before === 'as' && word(c, i - 2) === 'soon') ||
    isPutOffUntil(c, i) ||
    isDeadline(c, i)
  )
    return c.ref + ahead;
  const tense = c.tenseAt(i);
  if (tense === 'future') return c.ref + ahead;
  if (tense === 'present') return ahead < back ? c.ref + ahead : c.ref - back;
  return c.ref - back;
}
