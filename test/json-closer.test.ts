// JSON cut short and completed (src/cli/json-closer.ts): valid JSON again at every cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonCloser } from '../src/cli/json-closer.js';

/** The prefix of `json` up to `cut`, fed in pieces of `piece`, completed. */
function completed(json: string, cut: number, piece: number, inArray = false): string {
  const closer = new JsonCloser(inArray);
  const prefix = json.slice(0, cut);
  for (let at = 0; at < prefix.length; at += piece) closer.feed(prefix.slice(at, at + piece));
  return prefix + closer.closing();
}

describe('JsonCloser', () => {
  it.each([
    ['inside a string', '{"a": "he sa', '{"a": "he sa"}'],
    ['just after a backslash', '{"a": "x\\', '{"a": "x\\\\"}'],
    ['inside a \\u escape', '["\\u00', '["\\u0000"]'],
    ['inside a key', '{"quo', '{"quo":null}'],
    ['after a key', '{"quotes"', '{"quotes":null}'],
    ['after a colon', '{"quotes": ', '{"quotes": null}'],
    ['after a comma in an object', '{"a": 1,', '{"a": 1,"":null}'],
    ['after a comma in an array', '[1,', '[1,null]'],
    ['inside a literal', '[tr', '[true]'],
    ['inside a number', '[1.', '[1.0]'],
    ['after an exponent sign', '[2e-', '[2e-0]'],
    ['after an opening bracket', '{"a": [', '{"a": []}'],
  ])('%s', (_, prefix, whole) => {
    expect(completed(prefix, prefix.length, 3)).toBe(whole);
  });

  it('adds nothing to whole JSON, nor to nothing', () => {
    expect(new JsonCloser().closing()).toBe('');
    expect(completed('{"a": [1, "b"]}', 15, 4)).toBe('{"a": [1, "b"]}');
  });

  it('closes the array an item was written into', () => {
    expect(completed('{"a": 1', 7, 2, true)).toBe('{"a": 1}]');
  });

  it('makes every prefix of any JSON valid, fed in any pieces (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.boolean(), (text, at, piece, pretty) => {
        const json = pretty ? JSON.stringify(JSON.parse(text), null, 2) : text;
        const cut = at % (json.length + 1);
        const result = completed(json, cut, piece);
        if (cut === 0) expect(result).toBe('');
        else expect(() => JSON.parse(result)).not.toThrow();
      }),
    );
  });
});
