// A long text kept as its UTF-8 bytes rather than as a string: a JavaScript string of it takes two
// bytes a character on the heap (and the heap grows by a factor of what survives it), where the
// bytes take one, outside it; or left in its file, read a part at a time, so that memory does not
// grow with the text at all. Read by windows (src/windows.ts), which decode only the part they
// analyse. Positions are UTF-16 units, as in the string the bytes decode to.

/** What windows read of a text: a string, or a `Utf8Text`. */
export interface TextSource {
  /** UTF-16 units. */
  readonly length: number;
  slice(from: number, to: number): string;
}

/** Bytes read by position: in memory, or in a file (src/cli/file-bytes.ts). */
export interface ByteSource {
  readonly length: number;
  /** The bytes [from, to); throws if they cannot all be read. */
  read(from: number, to: number): Uint8Array;
}

const inMemory = (bytes: Uint8Array): ByteSource => ({
  length: bytes.length,
  read: (from, to) => bytes.subarray(from, to),
});

/** The bytes changed after they were checked (a file written to while it is analysed). */
export class TextChanged extends Error {
  constructor() {
    super('the file changed while it was being analysed');
  }
}

/** Bytes decoded at a time; a checkpoint is kept at the start of each such piece. */
const PIECE = 64 * 1024;

/** A UTF-8 lead byte (or a one-byte character), where a character starts. */
const startsCharacter = (byte: number) => (byte & 0xc0) !== 0x80;

export class Utf8Text implements TextSource {
  readonly length: number;
  private readonly bytes: ByteSource;
  /** Byte offset and UTF-16 offset of each piece's start; the last is the end. */
  private readonly bytesAt: number[] = [];
  private readonly unitsAt: number[] = [];

  /**
   * Checks the bytes as the fatal decoder does (throwing its TypeError on invalid UTF-8) and
   * leaves out a byte-order mark, as the string the command reads would. `piece` is a parameter
   * for the tests.
   */
  constructor(source: Uint8Array | ByteSource, piece = PIECE) {
    const bytes = (this.bytes = source instanceof Uint8Array ? inMemory(source) : source);
    const head = bytes.read(0, Math.min(3, bytes.length));
    const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let units = 0;
    for (let at = start; at < bytes.length;) {
      // The piece, and the byte after it: where the next character starts.
      const read = bytes.read(at, Math.min(bytes.length, at + piece + 1));
      let end = Math.min(read.length, piece);
      while (end < read.length && !startsCharacter(read[end]!)) end--;
      // Four bytes back at most: past that the bytes are not UTF-8, and the decoder says so.
      if (end <= 0) end = Math.min(read.length, piece);
      this.bytesAt.push(at);
      this.unitsAt.push(units);
      units += decoder.decode(read.subarray(0, end), { stream: at + end < bytes.length }).length;
      at += end;
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
    // Checked again: bytes left in a file may have changed since they were counted.
    const bytes = this.bytes.read(this.bytesAt[first]!, this.bytesAt[last + 1]!);
    let decoded;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new TextChanged();
    }
    const base = this.unitsAt[first]!;
    if (decoded.length !== this.unitsAt[last + 1]! - base) throw new TextChanged();
    return decoded.slice(from - base, to - base);
  }

  toString(): string {
    return this.slice(0, this.length);
  }
}
