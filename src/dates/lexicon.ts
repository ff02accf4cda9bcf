// English words the date parsers read: month and weekday names, numbers, calendar units.
import type { PeriodUnit, Season } from './period.js';

const table = <T>(entries: [string, T][]): Map<string, T> => new Map(entries);

export const MONTHS = table<number>([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
]);

/** Abbreviations, read as months only next to a day or a year ("Oct. 20", "Aug 2021"). */
export const MONTH_ABBREVIATIONS = table<number>([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

export const WEEKDAYS = table<number>([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

export const SEASONS = table<Season>([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** Parts of a day, as TIMEX3 writes them. */
export const DAY_PARTS = table<string>([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['tonight', 'NI'],
  ['overnight', 'NI'],
]);

export const NUMBER_WORDS = table<number>([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['half', 0.5],
  ['dozen', 12],
]);

/** Quantities without a number: "several years" (TIMEX3 writes X). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'many', 'some', 'numerous', 'couple']);

export const ORDINALS = table<number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['last', -1],
  ['final', -1],
]);

/** Duration units with their TIMEX3 letter (T-prefixed for clock units). */
export interface DurationUnit {
  letter: string;
  clock: boolean;
  /** The period this unit counts, for anchored spans ("the next five years"). */
  period: PeriodUnit | null;
  /** Multiplier to the letter's unit ("decade" = 10 Y). */
  factor: number;
}

const unit = (letter: string, period: PeriodUnit | null, factor = 1, clock = false): DurationUnit => ({
  letter,
  clock,
  period,
  factor,
});
export const DURATION_UNITS = table<DurationUnit>([
  ['second', unit('S', null, 1, true)],
  ['minute', unit('M', null, 1, true)],
  ['hour', unit('H', null, 1, true)],
  ['day', unit('D', 'day')],
  ['week', unit('W', 'week')],
  ['fortnight', unit('W', 'week', 2)],
  ['month', unit('M', 'month')],
  ['quarter', unit('Q', 'quarter')],
  ['year', unit('Y', 'year')],
  ['decade', unit('Y', 'decade', 10)],
  ['century', unit('Y', 'century', 100)],
]);

/** "years" → "year", "centuries" → "century". */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Words for "the period before / holding / after the reference". */
export const RELATIVE_OFFSETS = table<number>([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
]);

/** Words after which a month name alone reads as a date ("in May", "since March", "last June"). */
export const BEFORE_BARE_MONTH = new Set([
  'on',
  'in',
  'at',
  'by',
  'since',
  'until',
  'till',
  'through',
  'from',
  'to',
  'of',
  'during',
  'before',
  'after',
  'for',
  'between',
  'and',
  'or',
  'around',
  'about',
  'throughout',
  'within',
  'into',
  'than',
  'as',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'end',
  'every',
  'each',
  'that',
  'the',
  'beginning',
  'start',
]);

/** Words after a four-digit number that make it a count, not a year ("2000 troops"). */
export const COUNT_NOUNS = new Set([
  'people',
  'persons',
  'troops',
  'soldiers',
  'men',
  'women',
  'children',
  'tons',
  'tonnes',
  'units',
  'votes',
  'jobs',
  'workers',
  'employees',
  'dollars',
  'euros',
  'yuan',
  'pounds',
  'yen',
  'barrels',
  'cars',
  'vehicles',
  'km',
  'kilometers',
  'kilometres',
  'miles',
  'meters',
  'metres',
  'feet',
  'acres',
  'hectares',
  'students',
  'members',
  'cases',
  'deaths',
  'homes',
  'houses',
  'shares',
  'points',
  'times',
  'per',
  'percent',
  'cents',
  'words',
  'pages',
  'rounds',
  'missiles',
  'aircraft',
  'ships',
  'refugees',
  'residents',
  'patients',
  'hours',
  'days',
  'years',
  'months',
  'weeks',
  'minutes',
  'seconds',
]);

/** Words before a number that make it an identifier, not a year ("Resolution 1973", "No. 2020"). */
/** Street nouns: a number before a capitalised name and one of these is a house number ("1200 Elm Street"). */
export const STREET_NOUNS = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'lane',
  'drive',
  'parkway',
  'plaza',
  'square',
  'terrace',
  'court',
  'place',
  'way',
]);

export const IDENTIFIER_NOUNS = new Set([
  'no',
  'number',
  'resolution',
  'article',
  'page',
  'pages',
  'flight',
  'route',
  'room',
  'section',
  'chapter',
  'paragraph',
  'item',
  'model',
  'version',
  'code',
  'unit',
  'suite',
  'box',
  'highway',
  'interstate',
  'line',
  'bill',
  'act',
  'rule',
  'form',
  'order',
  'decree',
  'law',
  'case',
  'file',
  'ticket',
  'gate',
  'platform',
  'level',
  'grade',
  'class',
  'vol',
  'volume',
  'issue',
  'exhibit',
  'table',
  'figure',
  'fig',
  'nos',
  'hr',
  'pp',
  'tel',
  'phone',
  'fax',
  'apartment',
  'building',
  'street',
  'avenue',
  'road',
  'block',
  'lot',
]);
