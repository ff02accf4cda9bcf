// Control characters shown visibly for terminals; CSV cells that a spreadsheet would run as
// formulas neutralised (OWASP CSV injection). Negative cases beside each.
import { describe, expect, it } from 'vitest';
import { csvField } from '../src/render/csv.js';
import { DEFAULT_VIEW, renderers } from '../src/render/index.js';
import { neutraliseFormula, showControls, showControlsIn } from '../src/render/safe-text.js';
import { analyze } from '../src/index.js';

// Every C0 and C1 control but tab and line feed, and DEL.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('showControls', () => {
  it.each([
    ['\u001b[2J clear screen', '\u241b[2J clear screen'],
    ['\u001b]0;title\u0007', '\u241b]0;title\u2407'],
    ['\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', '\u241b]8;;http://x\u241b\\link\u241b]8;;\u241b\\'],
    ['over\rwrite', 'over\u240dwrite'],
    ['nul\u0000del\u007f', 'nul\u2400del\u2421'],
    ['c1 csi \u009b2J', 'c1 csi \\x9b2J'],
    ['tab\tand\nnewline stay', 'tab\tand\nnewline stay'],
    ['plain “text”, é, 😀', 'plain “text”, é, 😀'],
  ])('%j', (text, shown) => {
    expect(showControls(text)).toBe(shown);
  });

  it('showControlsIn copies every string of a nested value, leaving numbers and nulls', () => {
    const value = { a: ['x\u001by', 3, null], b: { c: '\u0007' } };
    expect(showControlsIn(value)).toEqual({ a: ['x\u241by', 3, null], b: { c: '\u2407' } });
    expect(value.a[0]).toBe('x\u001by');
  });
});

describe('CSV formula neutralising', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a = b', 'a = b'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it('csvField neutralises strings, then quotes; numbers are kept', () => {
    expect(csvField('=1+2,3')).toBe(`"'=1+2,3"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-5')).toBe("'-5");
  });
});

describe('renderers', () => {
  const hostile =
    'The minister said: "\u001b]0;owned\u0007Clear \u001b[2J now\r over." "=HYPERLINK(1)" the spokesman said.\n';
  const a = analyze(hostile, { source: 'evil\u001b[31m.txt' });

  it('the text holds quotes with control characters (the case is real)', () => {
    expect(a.quotes.some((q) => RAW_CONTROL.test(q.text))).toBe(true);
  });

  it.each([['pretty'], ['markdown']] as const)('%s shows no raw control character', (format) => {
    const out = renderers[format].each!(a, 0, DEFAULT_VIEW, hostile);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\u241b');
  });

  it('pretty in colour has escape codes from colour only', () => {
    const out = renderers.pretty.each!(a, 0, { ...DEFAULT_VIEW, color: 1 }, hostile);
    expect(out.replace(/\u001b\[\d+(;\d+)*m/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('csv writes no cell that starts a formula', () => {
    const cells = renderers.csv.each!(a, 0, DEFAULT_VIEW)
      .split(/,|\r\n/)
      .map((c) => c.replace(/^"/, ''));
    expect(cells.some((c) => /^'=HYPERLINK/.test(c))).toBe(true);
    expect(cells.filter((c) => /^[=+@]/.test(c))).toEqual([]);
  });
});
