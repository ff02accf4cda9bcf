// Word wrapping for the terminal: pieces of text, each with its own colour, laid into lines of a
// given width with a hanging indent. Widths are terminal columns: wide CJK characters and emoji
// take two, combining marks and joiners none.
import { pushAll } from '../arrays.js';

export interface Piece {
  text: string;
  /** Colours a run of this piece's text (chalk style); none for plain. */
  paint?: (s: string) => string;
  /** Laid out as it is, white space included, as one word (a padded column). */
  keep?: boolean;
}

const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f]/u;
const WIDE =
  /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Terminal columns a character takes. */
const charWidth = (ch: string) => (ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1);

/** Terminal columns a string takes (no escape codes in it). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

interface Word {
  /** Runs of the word, each with its piece's paint. */
  runs: { text: string; paint?: (s: string) => string }[];
  width: number;
  /** White space came before it. */
  spaced: boolean;
}

/** Splits pieces into words; a word may span pieces ("“word" + "”"). */
function words(pieces: Piece[]): Word[] {
  const out: Word[] = [];
  let current: Word | null = null;
  let spaced = false;
  for (const piece of pieces) {
    if (piece.keep) {
      out.push({ runs: [{ text: piece.text, paint: piece.paint }], width: displayWidth(piece.text), spaced });
      current = null;
      spaced = false;
      continue;
    }
    for (const part of piece.text.split(/(\s+)/u)) {
      if (part === '') continue;
      if (/^\s+$/u.test(part)) {
        current = null;
        spaced = true;
        continue;
      }
      if (!current) {
        current = { runs: [], width: 0, spaced };
        out.push(current);
        spaced = false;
      }
      current.runs.push({ text: part, paint: piece.paint });
      current.width += displayWidth(part);
    }
  }
  return out;
}

/** Cuts a word wider than a line into pieces that fit. */
function breakWord(word: Word, width: number): Word[] {
  const out: Word[] = [];
  let part: Word = { runs: [], width: 0, spaced: word.spaced };
  for (const run of word.runs) {
    let text = '';
    for (const ch of run.text) {
      const w = charWidth(ch);
      if (part.width + w > width && part.width > 0) {
        if (text) part.runs.push({ text, paint: run.paint });
        out.push(part);
        part = { runs: [], width: 0, spaced: false };
        text = '';
      }
      text += ch;
      part.width += w;
    }
    if (text) part.runs.push({ text, paint: run.paint });
  }
  if (part.runs.length) out.push(part);
  return out;
}

type Run = Word['runs'][number];

/** Paints a line, one escape sequence per run of the same colour (spaces between included). */
function paintLine(runs: Run[]): string {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.paint === run.paint) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged.map((r) => (r.paint ? r.paint(r.text) : r.text)).join('');
}

export interface WrapOptions {
  /** Total columns per line. */
  width: number;
  /** Columns before the first line's text. */
  indent: number;
  /** Columns before every later line's text (a hanging indent). */
  hanging: number;
}

/**
 * Lays the pieces into lines no wider than `width` (a word wider than a line is cut), white space
 * between words collapsed to one space. Every line carries its own indent.
 */
export function wrap(pieces: Piece[], { width, indent, hanging }: WrapOptions): string[] {
  const lines: string[] = [];
  let line: Run[] = [];
  let used = indent;
  let start = indent;
  const room = (margin: number) => Math.max(1, width - margin);
  const flush = () => {
    lines.push(' '.repeat(start) + paintLine(line));
    line = [];
    used = start = hanging;
  };
  for (const whole of words(pieces)) {
    for (const word of whole.width > room(hanging) ? breakWord(whole, room(hanging)) : [whole]) {
      const gap = line.length > 0 && word.spaced ? 1 : 0;
      if (line.length > 0 && used + gap + word.width > width) flush();
      if (line.length > 0 && word.spaced) {
        // The space takes the colour around it, so a run of one colour stays one sequence.
        const before = line[line.length - 1]!.paint;
        line.push({ text: ' ', paint: before === word.runs[0]!.paint ? before : undefined });
        used += 1;
      }
      pushAll(line, word.runs);
      used += word.width;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(' '.repeat(start) + paintLine(line));
  return lines;
}
