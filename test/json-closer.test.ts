// JSON cut short and closed after its last whole element (src/cli/json-closer.ts): valid JSON
// again at every cut, with nothing made up and nothing cut part-way kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonCloser } from '../src/cli/json-closer.js';

/** The prefix of `json` up to `cut`, fed in pieces of `piece`, closed. */
function completed(json: string, cut: number, piece: number, inArray = false): string {
  const closer = new JsonCloser(inArray);
  const prefix = json.slice(0, cut);
  for (let at = 0; at < prefix.length; at += piece) closer.feed(prefix.slice(at, at + piece));
  return prefix.slice(0, closer.kept) + closer.closing();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `cut` is `whole` cut short: its items (or members) are whole ones of `whole`, in order,
 * except that the last may itself be cut short; no key is one `whole` lacks.
 */
function isCutOf(cut: unknown, whole: unknown): boolean {
  if (Array.isArray(cut) && Array.isArray(whole)) {
    if (cut.length > whole.length) return false;
    return cut.every((item, i) =>
      i === cut.length - 1 ? isCutOf(item, whole[i]) : JSON.stringify(item) === JSON.stringify(whole[i]),
    );
  }
  if (isObject(cut) && isObject(whole)) {
    const keys = Object.keys(cut);
    if (!keys.every((k) => Object.hasOwn(whole, k))) return false;
    // JSON.parse may reorder keys (integer-like first): at most one member may be cut short.
    const unequal = keys.filter((k) => JSON.stringify(cut[k]) !== JSON.stringify(whole[k]));
    return unequal.length === 0 || (unequal.length === 1 && isCutOf(cut[unequal[0]!], whole[unequal[0]!]));
  }
  return JSON.stringify(cut) === JSON.stringify(whole);
}

/** Every key anywhere in `value`. */
const keysIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysIn)
    : isObject(value)
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)])
      : [];

describe('JsonCloser', () => {
  it.each([
    ['inside a string', '{"a": 1, "b": "he sa', '{"a": 1}'],
    ['just after a backslash', '{"a": "x\\', '{}'],
    ['inside a \\u escape', '["ok", "\\u00', '["ok"]'],
    ['inside a key', '{"a": true, "quo', '{"a": true}'],
    ['after a key', '{"quotes"', '{}'],
    ['after a colon', '{"quotes": ', '{}'],
    ['after a comma in an object', '{"a": 1,', '{"a": 1}'],
    ['after a comma in an array', '[1,', '[1]'],
    ['inside a literal', '[null, tr', '[null]'],
    ['inside a number, which might go on', '[1, 23', '[1]'],
    ['after an exponent sign', '[2e-', '[]'],
    ['after an opening bracket', '{"a": [', '{"a": []}'],
    ['after a whole item', '{"a": [{"b": "c"}', '{"a": [{"b": "c"}]}'],
    ['inside an item', '{"a": [{"b": "c"}, {"b": "d', '{"a": [{"b": "c"}, {}]}'],
  ])('%s', (_, prefix, closed) => {
    expect(completed(prefix, prefix.length, 3)).toBe(closed);
  });

  it('adds nothing to whole JSON, nor to nothing', () => {
    expect(new JsonCloser().closing()).toBe('');
    expect(completed('{"a": [1, "b"]}', 15, 4)).toBe('{"a": [1, "b"]}');
  });

  it('closes the array an item was written into', () => {
    expect(completed('{"a": 1', 7, 2, true)).toBe('{}]');
    expect(completed('{"a": 1}, {"b', 13, 2, true)).toBe('{"a": 1}, {}]');
  });

  it('keeps of any JSON cut anywhere, fed in any pieces, only whole elements, no key made up (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.boolean(), (text, at, piece, pretty) => {
        const whole: unknown = JSON.parse(text);
        const json = pretty ? JSON.stringify(whole, null, 2) : text;
        const cut = at % (json.length + 1);
        const result = completed(json, cut, piece);
        // A scalar alone, cut part-way, keeps nothing; anything else keeps its opening bracket.
        if (result === '') {
          expect(cut === 0 || !/^[[{]/.test(json)).toBe(true);
          return;
        }
        const closed: unknown = JSON.parse(result);
        const made = keysIn(closed).filter((k) => k === '' && !keysIn(whole).includes(''));
        expect(made).toEqual([]);
        expect(isCutOf(closed, whole)).toBe(true);
      }),
    );
  });
});
