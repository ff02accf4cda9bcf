// Converts the pipeline's UTF-16 offsets to the contract's code-point offsets, once, at the end.

/** Maps a UTF-16 index of `text` to its code-point index. */
export type ToCodePoint = (utf16: number) => number;

/** The mapper of a text without surrogate pairs, where both units agree. */
export const SAME_OFFSETS: ToCodePoint = (i) => i;

export function codePointMapper(text: string): ToCodePoint {
  if (!/[\uD800-\uDFFF]/.test(text)) return SAME_OFFSETS;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    // The low half of a surrogate pair shares its high half's code point.
    const lowHalf = isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1));
    table[i] = lowHalf ? cp - 1 : cp++;
  }
  table[text.length] = cp;
  return (i) => table[Math.max(0, Math.min(i, text.length))]!;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Returns a copy of `value` in which every object holding numeric `start` and `end` has them
 * converted to code points. Objects and arrays are copied; other values are kept. Without
 * surrogate pairs (`SAME_OFFSETS`) nothing changes, and `value` itself is returned.
 */
export function toCodePoints<T>(value: T, map: ToCodePoint): T {
  if (map === SAME_OFFSETS) return value;
  return copyConverted(value, map);
}

function copyConverted<T>(value: T, map: ToCodePoint): T {
  if (Array.isArray(value)) return value.map((v) => copyConverted(v, map)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyConverted(v, map);
  if (typeof out.start === 'number' && typeof out.end === 'number') {
    out.start = map(out.start);
    out.end = map(out.end);
  }
  return out as T;
}
