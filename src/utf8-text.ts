// A long text kept as its UTF-8 bytes rather than as a string: a JavaScript string of it takes two
// bytes a character on the heap (and the heap grows by a factor of what survives it), where the
// bytes take one, outside it. Read by windows (src/windows.ts), which decode only the part they
// analyse. Positions are UTF-16 units, as in the string the bytes decode to.

/** What windows read of a text: a string, or a `Utf8Text`. */
export interface TextSource {
  /** UTF-16 units. */
  readonly length: number;
  slice(from: number, to: number): string;
}

/** Bytes decoded at a time; a checkpoint is kept at the start of each such piece. */
const PIECE = 64 * 1024;

/** A UTF-8 lead byte (or a one-byte character), where a character starts. */
const startsCharacter = (byte: number) => (byte & 0xc0) !== 0x80;

export class Utf8Text implements TextSource {
  readonly length: number;
  /** Byte offset and UTF-16 offset of each piece's start; the last is the end. */
  private readonly bytesAt: number[] = [];
  private readonly unitsAt: number[] = [];

  /**
   * Checks the bytes as the fatal decoder does (throwing its TypeError on invalid UTF-8) and
   * leaves out a byte-order mark, as the string the command reads would. `piece` is a parameter
   * for the tests.
   */
  constructor(
    private readonly bytes: Uint8Array,
    piece = PIECE,
  ) {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let units = 0;
    for (let at = start; at < bytes.length;) {
      let end = Math.min(bytes.length, at + piece);
      while (end < bytes.length && !startsCharacter(bytes[end]!)) end--;
      // Four bytes back at most: past that the bytes are not UTF-8, and the decoder says so.
      if (end <= at) end = Math.min(bytes.length, at + piece);
      this.bytesAt.push(at);
      this.unitsAt.push(units);
      units += decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }).length;
      at = end;
    }
    this.bytesAt.push(bytes.length);
    this.unitsAt.push(units);
    this.length = units;
  }

  /** The bytes' size, without the byte-order mark. */
  get byteLength(): number {
    return this.bytes.length - this.bytesAt[0]!;
  }

  /** The piece holding UTF-16 position `at` (the last piece for the end). */
  private pieceOf(at: number): number {
    let low = 0;
    let high = this.unitsAt.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.unitsAt[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  slice(from: number, to: number): string {
    from = Math.max(0, Math.min(from, this.length));
    to = Math.max(from, Math.min(to, this.length));
    if (from === to) return '';
    const first = this.pieceOf(from);
    const last = this.pieceOf(to - 1);
    const decoded = new TextDecoder('utf-8').decode(this.bytes.subarray(this.bytesAt[first], this.bytesAt[last + 1]));
    const base = this.unitsAt[first]!;
    return decoded.slice(from - base, to - base);
  }

  toString(): string {
    return this.slice(0, this.length);
  }
}
