// The library's argument checks: a caller's mistake is a TypeError or RangeError naming what was
// expected; good arguments pass through unchanged.
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../src/arguments.js';
import { analyze } from '../src/index.js';

const call = (text: unknown, options?: unknown) => () =>
  (analyze as (t: unknown, o?: unknown) => unknown)(text, options);

describe('analyze(text, options) checks its arguments', () => {
  it.each([
    ['undefined', undefined],
    ['a number', 123],
    ['a Buffer', Buffer.from('The minister said so.')],
    ['null', null],
    ['an object', { text: 'x' }],
  ])('text as %s: TypeError saying text must be a string', (_, text) => {
    expect(call(text)).toThrow(TypeError);
    expect(call(text)).toThrow(/text must be a string/);
  });

  it.each([['x'], ['2020-13-45'], ['yesterday'], ['2021-02-30'], ['2020-1-5'], [' 2020-01-05'], ['']])(
    'referenceDate %j: RangeError naming YYYY-MM-DD',
    (referenceDate) => {
      expect(call('On Monday the talks ended.', { referenceDate })).toThrow(RangeError);
      expect(call('On Monday the talks ended.', { referenceDate })).toThrow(
        /referenceDate must be a calendar date as YYYY-MM-DD/,
      );
    },
  );

  it.each([
    ['referenceDate a number', { referenceDate: 20200101 }, /referenceDate must be a YYYY-MM-DD string/],
    ['referenceDate a Date', { referenceDate: new Date(0) }, /referenceDate must be a YYYY-MM-DD string/],
    ['source a number', { source: 7 }, /source must be a string/],
    ['options a string', '2020-01-01', /options must be an object/],
    ['options null', null, /options must be an object/],
  ])('%s: TypeError', (_, options, message) => {
    expect(call('text', options)).toThrow(TypeError);
    expect(call('text', options)).toThrow(message);
  });

  it.each([
    ['no options', undefined],
    ['empty options', {}],
    ['null reference date and source', { referenceDate: null, source: null }],
    ['a leap day', { referenceDate: '2024-02-29', source: 'a.txt' }],
  ])('%s: accepted', (_, options) => {
    expect(call('On Monday the minister said the talks ended.', options)).not.toThrow();
  });

  it('a valid reference date resolves relative dates', () => {
    const a = analyze('The talks ended on Monday.', { referenceDate: '2024-03-06' });
    expect(a.dates.map((d) => d.value)).toEqual(['2024-03-04']);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2020-12-31', true],
    ['2020-13-01', false],
    ['2020-00-10', false],
    ['2020-04-31', false],
    ['20200101', false],
  ])('%s: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
