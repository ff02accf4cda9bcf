import { describe, expect, it } from 'vitest';
import { codePointMapper, toCodePoints } from '../src/output/codepoints.js';

describe('code-point offsets', () => {
  it('is the identity without surrogate pairs', () => {
    const map = codePointMapper('plain text, “curly” – dashes');
    expect([0, 5, 12].map(map)).toEqual([0, 5, 12]);
  });

  it('counts an astral character as one code point', () => {
    const text = 'a😀b𝒳c';
    const map = codePointMapper(text);
    // UTF-16: a=0 😀=1,2 b=3 𝒳=4,5 c=6 end=7
    expect([0, 1, 3, 4, 6, 7].map(map)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('converts every start/end pair in nested output', () => {
    const text = '😀 said “hi”';
    const out = toCodePoints(
      { quotes: [{ text: 'hi', start: 9, end: 11, speakerMention: { start: 0, end: 2 } }] },
      codePointMapper(text),
    );
    expect(out.quotes[0]).toEqual({ text: 'hi', start: 8, end: 10, speakerMention: { start: 0, end: 1 } });
    expect(Array.from(text).slice(8, 10).join('')).toBe('hi');
  });

  it('returns the value itself, uncopied, without surrogate pairs, and a converted copy with them', () => {
    const value = { quotes: [{ start: 2, end: 5 }] };
    expect(toCodePoints(value, codePointMapper('a “b” c'))).toBe(value);
    const copied = toCodePoints(value, codePointMapper('😀 “b” c'));
    expect(copied).not.toBe(value);
    // "😀 “b” c": the quote marks and b at UTF-16 [3, 6) are code points [2, 5).
    const pair = toCodePoints({ start: 3, end: 6 }, codePointMapper('😀 “b” c'));
    expect(pair).toEqual({ start: 2, end: 5 });
  });
});
