// Which order a text writes its numeric dates in. "05/06/2026" is 6 May in a text that writes
// "13/05/2026" or "19 May 2026", and 5 June in one that writes "05/13/2026" or "May 19, 2026".
import type { Token } from '../document/tokens.js';
import { MONTH_ABBREVIATIONS, MONTHS } from './lexicon.js';

const small = (t: Token | undefined): number | null =>
  t && t.kind === 'number' && /^\d{1,2}$/.test(t.text) ? Number(t.text) : null;
const isMonth = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && t.text[0] !== t.lower[0] && (MONTHS.has(t.lower) || MONTH_ABBREVIATIONS.has(t.lower));
/** A slash, or a hyphen: "13/05/2026", "13-05-2026". */
const isSeparator = (t: Token | undefined, sep: string): boolean => !!t && t.kind === 'punct' && t.text === sep;

/**
 * Whether the text's ambiguous numeric dates read day first. Its unambiguous numeric dates decide
 * ("13/05/2026" or "13-05-2026": a first number over 12, or dotted "13.05.2026"); without them, or when they
 * disagree, its dates in words do ("19 May" against "May 19"); else month first, as in US text.
 */
export function readsDayFirst(tokens: readonly Token[]): boolean {
  let numericDayFirst = 0;
  let numericMonthFirst = 0;
  let wordsDayFirst = 0;
  let wordsMonthFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t.text)) numericDayFirst++;
      const a = small(t);
      if (a === null) continue;
      const sep = tokens[i + 1]?.text ?? '';
      const separated =
        (sep === '/' || sep === '-') && isSeparator(tokens[i + 1], sep) && isSeparator(tokens[i + 3], sep);
      const b = separated ? small(tokens[i + 2]) : null;
      if (b !== null && /^\d{4}$/.test(tokens[i + 4]?.text ?? '')) {
        if (a > 12 && b <= 12) numericDayFirst++;
        else if (b > 12 && a <= 12) numericMonthFirst++;
        i += 4;
      } else if (a >= 1 && a <= 31 && isMonth(tokens[i + 1])) wordsDayFirst++;
    } else if (isMonth(t)) {
      const next = tokens[i + 1]?.kind === 'punct' && tokens[i + 1]!.text === '.' ? i + 2 : i + 1;
      const d = small(tokens[next]);
      if (d !== null && d >= 1 && d <= 31) wordsMonthFirst++;
    }
  }
  if (numericDayFirst !== numericMonthFirst && (numericDayFirst === 0 || numericMonthFirst === 0))
    return numericDayFirst > 0;
  return wordsDayFirst > wordsMonthFirst;
}
