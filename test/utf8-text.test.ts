// A long text kept as its UTF-8 bytes (src/utf8-text.ts): every slice is the decoded string's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileBytes } from '../src/cli/file-bytes.js';
import { decodeUtf8 } from '../src/cli/inputs.js';
import { TextChanged, Utf8Text } from '../src/utf8-text.js';

const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('Utf8Text', () => {
  // Accents (two bytes), CJK (three), emoji (four bytes, two UTF-16 units) across piece ends.
  const text = 'Ré “quoted” 東京 😀👩‍👩‍👧 end.\n'.repeat(40);

  it.each([5, 7, 64, 1 << 16])('with pieces of %i bytes: the length and every slice of the string', (piece) => {
    const source = new Utf8Text(bytesOf(text), piece);
    expect(source.length).toBe(text.length);
    expect(source.byteLength).toBe(bytesOf(text).length);
    expect(source.toString()).toBe(text);
    for (const [from, to] of [
      [0, 1],
      [3, 90],
      [100, 101],
      [text.length - 5, text.length],
      [50, 50],
      [0, text.length],
      [text.length - 2, text.length + 9],
    ] as const)
      expect(source.slice(from, to)).toBe(text.slice(from, to));
  });

  it('slices as the string does, at any range (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 4, max: 40 }),
        (s, a, b, piece) => {
          const source = new Utf8Text(bytesOf(s), piece);
          const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [number, number];
          expect(source.length).toBe(s.length);
          expect(source.slice(from, to)).toBe(s.slice(from, to));
        },
      ),
    );
  });

  it('leaves out a byte-order mark, as the command decodes a text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('Hello')]);
    expect(new Utf8Text(bytes).toString()).toBe(decodeUtf8(bytes));
    expect(new Utf8Text(bytes).byteLength).toBe(5);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80, 0x41]],
    ['a cut-off four-byte character at the end', [0x41, 0xf0, 0x9f, 0x98]],
    ['an overlong form', [0xc0, 0xaf]],
  ])('refuses invalid UTF-8 as the command does: %s', (_, bytes) => {
    const invalid = new Uint8Array(bytes);
    expect(() => decodeUtf8(invalid)).toThrow(TypeError);
    expect(() => new Utf8Text(invalid, 2)).toThrow(TypeError);
  });

  describe('left in its file, read by position', () => {
    const text = 'Ré “quoted” 東京 😀 end.\n'.repeat(30);
    const at = (dir: string) => join(dir, 'long.txt');
    const withFile = (run: (path: string) => void) => {
      const dir = mkdtempSync(join(tmpdir(), 'analyze-utf8-'));
      try {
        writeFileSync(at(dir), text);
        run(at(dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('slices as the string does', () =>
      withFile((path) => {
        const source = new Utf8Text(fileBytes(path, bytesOf(text).length), 16);
        expect(source.length).toBe(text.length);
        for (const [from, to] of [
          [0, 5],
          [40, 200],
          [text.length - 3, text.length],
        ] as const)
          expect(source.slice(from, to)).toBe(text.slice(from, to));
      }));

    it.each([
      ['cut short', (path: string) => writeFileSync(path, text.slice(0, 50))],
      ['its characters changed', (path: string) => writeFileSync(path, text.replaceAll('é', 'e\u0301'))],
    ])('refuses a file %s after it was checked', (_, change) =>
      withFile((path) => {
        const source = new Utf8Text(fileBytes(path, bytesOf(text).length), 16);
        change(path);
        expect(() => source.slice(0, text.length)).toThrow(TextChanged);
      }),
    );

    it('says on one line when the file is gone', () =>
      withFile((path) => {
        const source = new Utf8Text(fileBytes(path, bytesOf(text).length), 16);
        rmSync(path);
        expect(() => source.slice(0, 10)).toThrow('the file could not be read again (ENOENT)');
      }));
  });
});
