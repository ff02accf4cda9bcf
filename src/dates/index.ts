// The dates stage: every date and time expression with its exact span and TIMEX3 value, resolved
// against the reference date. Like chrono-node, a list of parsers (each tries to match at a token)
// then a list of refiners (joins and fixes over all matches). The parsers are our own token
// scanners: chrono-node's regular expressions ran at about 0.1 MB/s here, far from the 2 MB/s goal.
import type { DateOut, Document } from '../types.js';
import { century, dayFirst, monthFirst, numericDate, years } from './absolute.js';
import { parseIsoDate } from './calendar.js';
import { clockTime, militaryTime } from './clock.js';
import type { Context, Hit, Parser } from './context.js';
import { holiday } from './holidays.js';
import { modified } from './modifiers.js';
import { readsDayFirst } from './order.js';
import { REFINERS, type Found } from './refiners.js';
import {
  bareWeekday,
  deicticDay,
  fullYear,
  partOfYear,
  priorYear,
  pluralWeekday,
  relativePeriod,
  season,
  sideOfDay,
  theYear,
  vagueReference,
  weekend,
  thatPeriod,
  yearBack,
} from './relative.js';
import { bareUnits, duration, frequency } from './spans.js';
import { ordinalWeekday } from './ordinal-weekday.js';
import { TenseReader } from './tense.js';

export type DateMention = Omit<DateOut, 'id'>;

/** Parsers a modifier can wrap ("mid-November", "late last year", "the end of 2020"). */
const CORE: readonly Parser[] = [
  monthFirst,
  dayFirst,
  numericDate,
  years,
  century,
  relativePeriod,
  season,
  partOfYear,
  fullYear,
  priorYear,
  holiday,
];
const PARSERS: readonly Parser[] = [
  modified(CORE),
  ...CORE,
  weekend,
  ordinalWeekday,
  bareWeekday,
  pluralWeekday,
  deicticDay,
  sideOfDay,
  theYear,
  vagueReference,
  yearBack,
  thatPeriod,
  militaryTime,
  duration,
  bareUnits,
  frequency,
  clockTime,
];

/** The longest match at token `i`; the earlier parser wins a tie. */
function bestAt(c: Context, i: number): Hit | null {
  let best: Hit | null = null;
  // Indexed: a for-of allocates an iterator result per parser until the JIT optimises this loop.
  for (let k = 0; k < PARSERS.length; k++) {
    const hit = PARSERS[k]!(c, i);
    if (hit && hit.end > i && (!best || hit.end > best.end)) best = hit;
  }
  return best;
}

/**
 * The date stage's scan of one document, resolvable against any reference date. The parsers' answers
 * that did not read the reference date are kept, so the ref-free pass the dateline reads and the
 * resolved pass the analysis reports share one parse: the second re-runs only the parsers that read it.
 */
export class DateScan {
  /** Best hit (or none) at a token index, for the indexes whose parse did not read the reference date. */
  private readonly refFree = new Map<number, Hit | null>();
  private readonly tense: TenseReader;
  private readonly dayFirst: boolean;

  constructor(private readonly doc: Document) {
    this.tense = new TenseReader(doc.tokens);
    this.dayFirst = readsDayFirst(doc.tokens);
  }

  mentions(referenceDate: string | null): DateMention[] {
    const { doc, tense, refFree, dayFirst } = this;
    const tokens = doc.tokens;
    const ref = referenceDate ? parseIsoDate(referenceDate) : null;
    let readRef = false;
    const c: Context = {
      tokens,
      get ref() {
        readRef = true;
        return ref;
      },
      dayFirst,
      opensLine: (index) => index === 0 || doc.text.slice(tokens[index - 1]!.end, tokens[index]!.start).includes('\n'),
      tenseAt: (index) => tense.at(tokens[index]!.start),
      isVerbAt: (index) => tense.isVerb(tokens[index]!.start),
      describesStateAt: (index, opensClause) => tense.describesState(tokens[index]!.start, opensClause),
      commitsAt: (index) => tense.governedByCommitment(tokens[index]!.start),
    };
    let found: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' ? !STARTS.has(t.lower) : t.kind === 'punct' && t.text !== "'" && t.text !== '’') continue;
      let hit = refFree.get(i);
      if (hit === undefined) {
        readRef = false;
        hit = bestAt(c, i);
        if (!readRef) refFree.set(i, hit);
      }
      if (!hit) continue;
      found.push({
        first: hit.start ?? i,
        end: hit.end,
        timex: hit.timex,
        period: hit.period ?? null,
        anaphor: hit.anaphor,
      });
      i = hit.end - 1;
    }
    for (const refine of REFINERS) found = refine(c, found);
    return found.map((f) => {
      const start = tokens[f.first]!.start;
      const end = tokens[f.end - 1]!.end;
      return { text: doc.text.slice(start, end), start, end, ...f.timex };
    });
  }
}

export function findDates(doc: Document, referenceDate: string | null): DateMention[] {
  return new DateScan(doc).mentions(referenceDate);
}

/** Words a date expression can start with; other words are skipped without trying the parsers. */
const STARTS = new Set(
  `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  mondays tuesdays wednesdays thursdays fridays saturdays sundays spring summer autumn fall winter
  the this that last next past coming previous current earlier later early mid late beginning start middle end close
  year fiscal fy full prior q h first second third fourth fifth sixth seventh eighth ninth tenth final
  eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
  a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen
  half several few many some numerous couple about around approximately nearly almost roughly more less fewer at no up over under
  today tomorrow yesterday tonight now currently presently nowadays recently lately previously formerly soon recent these present
  years months weeks decades days hours centuries every each per daily weekly monthly annually yearly hourly quarterly nightly
  noon midday midnight christmas new thanksgiving easter memorial labor halloween`.split(/\s+/),
);
