// What makes JSON cut short valid again: fed the JSON as it is written, `closing()` is the text
// that completes it (an unfinished string, number or literal finished, a missing value `null`,
// then every open array and object closed). For output that cannot be taken back once written (a
// pipe), when what was to follow could not be read (src/cli/json-writer.ts).

/** What comes next inside an array or object, or at the top. */
type Next = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd';

const LITERALS = ['true', 'false', 'null'];
/** Where a string's plain run ends: its closing quote or an escape. */
const STRING_END = /["\\]/g;
/** What may go on a number or literal. */
const WORD = /[\w.+-]/;

/** Inside a string: whether it is a key, and what its escape still needs (a backslash just read; hex digits). */
interface InString {
  key: boolean;
  afterBackslash: boolean;
  hex: number;
}

export class JsonCloser {
  /** Open containers, innermost last: `]` or `}`, what closes each. */
  private readonly open: string[];
  private next: Next = 'value';
  private string: InString | null = null;
  /** An unfinished number or literal. */
  private word = '';

  /** `inArray`: what is fed starts as an item of an array already open (its `[` written before). */
  constructor(inArray = false) {
    this.open = inArray ? [']'] : [];
  }

  feed(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const s = this.string;
      if (s && !s.afterBackslash && s.hex === 0) {
        // Most of the output is strings: their plain runs are skipped, not stepped through.
        STRING_END.lastIndex = i;
        const end = STRING_END.exec(chunk);
        if (!end) return;
        i = end.index;
      }
      this.step(chunk[i]!);
    }
  }

  private step(c: string): void {
    const s = this.string;
    if (s) {
      if (s.afterBackslash) {
        s.afterBackslash = false;
        if (c === 'u') s.hex = 4;
      } else if (s.hex > 0) s.hex--;
      else if (c === '\\') s.afterBackslash = true;
      else if (c === '"') {
        this.string = null;
        this.next = s.key ? 'colon' : 'commaOrEnd';
      }
      return;
    }
    if (this.word) {
      if (WORD.test(c)) {
        this.word += c;
        return;
      }
      this.word = '';
      this.next = 'commaOrEnd';
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return;
    if (c === '"')
      this.string = { key: this.next === 'key' || this.next === 'keyOrEnd', afterBackslash: false, hex: 0 };
    else if (c === '{' || c === '[') {
      this.open.push(c === '{' ? '}' : ']');
      this.next = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else if (c === '}' || c === ']') {
      this.open.pop();
      this.next = 'commaOrEnd';
    } else if (c === ',') this.next = this.open.at(-1) === '}' ? 'key' : 'value';
    else if (c === ':') this.next = 'value';
    else this.word = c;
  }

  /** What completes the JSON fed so far ('' when it is whole). */
  closing(): string {
    let out = '';
    let next = this.next;
    const s = this.string;
    if (s) {
      out += s.afterBackslash ? '\\' : '0'.repeat(s.hex);
      out += '"';
      next = s.key ? 'colon' : 'commaOrEnd';
    } else if (this.word) {
      const literal = LITERALS.find((l) => l.startsWith(this.word));
      out += literal ? literal.slice(this.word.length) : /[-+.eE]$/.test(this.word) ? '0' : '';
      next = 'commaOrEnd';
    }
    if (next === 'colon') out += ':null';
    else if (next === 'key') out += '"":null';
    else if (next === 'value' && this.open.length > 0) out += 'null';
    for (let i = this.open.length - 1; i >= 0; i--) out += this.open[i];
    return out;
  }
}
