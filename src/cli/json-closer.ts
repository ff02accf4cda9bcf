// What makes JSON cut short valid again: fed the JSON as it is written, `kept` is how much of it
// to keep (up to the last whole element of the innermost open array or object: a member or item
// cut part-way is dropped, never finished with made-up content) and `closing()` what closes
// every container still open there. For output written piece by piece that may stop before its
// end, when what was to follow could not be read (src/cli/json-writer.ts): the writer holds back
// what lies past `kept` until it is whole.

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
  /** Whether a string read next is a key. */
  private keyNext = false;
  private string: InString | null = null;
  /** Inside a number or literal. */
  private inWord = false;
  /** Characters fed before the current chunk. */
  private fed = 0;
  /** Characters fed up to the end of the last whole element, or the last opening bracket. */
  private whole = 0;

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
        if (!end) break;
        i = end.index;
      }
      this.step(chunk[i]!, this.fed + i);
    }
    this.fed += chunk.length;
  }

  /** How many of the characters fed the completed JSON keeps. */
  get kept(): number {
    return this.whole;
  }

  /** What closes the containers open after the characters kept ('' when the JSON is whole). */
  closing(): string {
    return [...this.open].reverse().join('');
  }

  /** Steps over `c`, at `at` in all that was fed. */
  private step(c: string, at: number): void {
    const s = this.string;
    if (s) {
      if (s.afterBackslash) {
        s.afterBackslash = false;
        if (c === 'u') s.hex = 4;
      } else if (s.hex > 0) s.hex--;
      else if (c === '\\') s.afterBackslash = true;
      else if (c === '"') {
        this.string = null;
        if (!s.key) this.whole = at + 1;
      }
      return;
    }
    if (this.inWord) {
      if (WORD.test(c)) return;
      this.inWord = false;
      this.whole = at;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return;
    if (c === '"') this.string = { key: this.keyNext, afterBackslash: false, hex: 0 };
    else if (c === '{' || c === '[') {
      this.open.push(c === '{' ? '}' : ']');
      this.keyNext = c === '{';
      this.whole = at + 1;
    } else if (c === '}' || c === ']') {
      this.open.pop();
      this.whole = at + 1;
    } else if (c === ',') this.keyNext = this.open.at(-1) === '}';
    else if (c === ':') this.keyNext = false;
    else this.inWord = true;
  }
}
