// Splits the text into words, numbers and single punctuation marks with exact offsets, in one
// linear pass. The date parsers match sequences of these tokens, never raw characters.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case text. */
  lower: string;
  /** Whether whitespace separates it from the previous token. */
  spaced: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2009 || c === 0x202f;
const LETTER = /\p{L}/u;
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(text[i]!);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      kind = 'number';
      i++;
      // Digits with thousands separators or decimals stay one number ("1,984", "2.5").
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i)) {
      kind = 'word';
      i++;
      while (i < text.length && (isLetter(text, i) || (text.charCodeAt(i) === 39 && isLetter(text, i + 1) && text[i + 1] !== 's'))) i++;
    } else {
      kind = 'punct';
      i++;
    }
    const tokenText = text.slice(start, i);
    tokens.push({ kind, start, end: i, text: tokenText, lower: tokenText.toLowerCase(), spaced });
    spaced = false;
  }
  return tokens;
}
