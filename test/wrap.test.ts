// Word wrapping for the terminal: widths in columns, hanging indents, colour kept per word.
import { describe, expect, it } from 'vitest';
import { displayWidth, wrap } from '../src/render/wrap.js';

describe('displayWidth', () => {
  it.each([
    ['plain', 5],
    ['café', 4],
    ['cafe\u0301', 4],
    ['北京', 4],
    ['😀 ok', 5],
    ['', 0],
  ])('%j takes %d columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrap', () => {
  it('wraps at the width with a hanging indent, never wider', () => {
    const lines = wrap([{ text: 'one two three four five six seven eight nine ten' }], {
      width: 20,
      indent: 2,
      hanging: 4,
    });
    expect(lines).toEqual(['  one two three four', '    five six seven', '    eight nine ten']);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
  });

  it('collapses white space and line breaks between words', () => {
    expect(wrap([{ text: '  a \n\n b\tc ' }], { width: 80, indent: 0, hanging: 0 })).toEqual(['a b c']);
  });

  it('keeps a word that spans pieces whole ("“word" + "”")', () => {
    expect(wrap([{ text: 'aaaa “bbbb' }, { text: '” (said)' }], { width: 11, indent: 0, hanging: 1 })).toEqual([
      'aaaa “bbbb”',
      ' (said)',
    ]);
  });

  it('cuts a word wider than a line', () => {
    expect(wrap([{ text: 'x'.repeat(25) }], { width: 10, indent: 0, hanging: 0 })).toEqual([
      'x'.repeat(10),
      'x'.repeat(10),
      'x'.repeat(5),
    ]);
  });

  it('counts wide characters as two columns', () => {
    expect(wrap([{ text: '北京 上海 广州' }], { width: 10, indent: 0, hanging: 0 })).toEqual(['北京 上海', '广州']);
  });

  it('keeps a padded piece as it is', () => {
    expect(
      wrap([{ text: 'past      ', keep: true }, { text: 'talks' }], { width: 80, indent: 2, hanging: 12 }),
    ).toEqual(['  past      talks']);
  });

  it('paints each run of one colour once, not word by word', () => {
    const mark = (s: string) => `<${s}>`;
    expect(
      wrap([{ text: 'plain ' }, { text: 'two words', paint: mark }, { text: ' end' }], {
        width: 80,
        indent: 0,
        hanging: 0,
      }),
    ).toEqual(['plain <two words> end']);
  });

  it('gives one (indented) line for nothing', () => {
    expect(wrap([], { width: 80, indent: 2, hanging: 2 })).toEqual(['  ']);
  });
});
