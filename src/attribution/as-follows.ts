// "Minister Kato stated as follows:" over numbered items "(1) Japan opposes …", "(2) …": each item
// is the minister's words as the readout sums them up, a reported quote of the line's subject.
import { isFiniteVerb, subjectBefore, type SpeakerPhrase } from '../mentions/speaker-np.js';
import type { Token } from '../document/tokens.js';
import { cueAt } from './cue-find.js';
import { mentionOf, sentenceOf, type Context, type Found } from './context.js';
import { BULLET } from './layout.js';

/** A list item's mark: a bullet or dash alone (BULLET), or a number or letter in parentheses or before "." or ")". */
const ITEM_NUMBER = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})$/i;

/** The index of the first word after an item's mark opening at `at` ("(1) Japan …", "2. Japan …", "• Japan …"), or -1. */
export function itemStart(ts: readonly Token[], at = 0): number {
  if (BULLET.test(ts[at]?.text ?? '')) return ts[at + 1]?.word ? at + 1 : -1;
  const open = ts[at]?.text === '(' ? at + 1 : at;
  if (!ITEM_NUMBER.test(ts[open]?.text ?? '')) return -1;
  const close = ts[open + 1]?.text;
  if (!(close === ')' || (close === '.' && open === at))) return -1;
  return ts[open + 2]?.word ? open + 2 : -1;
}

/** "… stated as follows:", "… said the following:": the index of the speech verb before the mark at `mark`, or -1. */
function followsVerb(ts: readonly Token[], mark: number): number {
  if (mark < 4 || !/^[:.]$/.test(ts[mark]!.text)) return -1;
  const as = ts[mark - 2]!.lower === 'as' && ts[mark - 1]!.lower === 'follows';
  const following = ts[mark - 2]!.lower === 'the' && ts[mark - 1]!.lower === 'following';
  return as || following ? mark - 3 : -1;
}

/**
 * Who speaks in the line: the subject of its speech verb, or of the sentence's first verb where the
 * speech verb is coordinated ("Minister Kato expressed his concern and stated as follows:").
 * Never a group, whose joint words are no one's quote.
 */
function lineSpeaker(ctx: Context, p: number, verb: number): SpeakerPhrase | null {
  const ts = ctx.tokens[p]!;
  const [sentence] = sentenceOf(ctx, p, verb);
  // "2. Minister Kato … stated as follows:": the line may be an item itself.
  const from = sentence === 0 ? Math.max(0, itemStart(ts)) : sentence;
  let phrase = subjectBefore(ts, verb, from);
  if (!phrase || phrase.from !== from) {
    const first = ts.findIndex((t, k) => k >= from && k < verb && isFiniteVerb(t));
    phrase = first > from ? subjectBefore(ts, first, from) : null;
  }
  return phrase && phrase.from === from && phrase.head !== 'group' ? phrase : null;
}

/** Item ranges of `ts` from `from`: each runs from the word after its mark to the next item's mark. */
function inlineItems(ts: readonly Token[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = itemStart(ts, from);
  while (start >= 0) {
    let next = start + 1;
    // A mark opens an item after a sentence's end: "… by force. (2) Japan will …".
    while (next < ts.length && !(/^[.;]$/.test(ts[next - 1]!.text) && itemStart(ts, next) >= 0)) next++;
    out.push([start, next]);
    start = next < ts.length ? itemStart(ts, next) : -1;
  }
  return out;
}

/**
 * The items after each "… stated as follows:", in its own paragraph or in the paragraphs below
 * that open with a mark, as reported quotes of the line's speaker.
 */
export function itemsAsFollows(ctx: Context): Found[] {
  const out: Found[] = [];
  ctx.tokens.forEach((ts, p) => {
    for (let mark = 0; mark < ts.length; mark++) {
      const verb = followsVerb(ts, mark);
      if (verb < 1 || !cueAt(ts, verb)) continue;
      const phrase = lineSpeaker(ctx, p, verb);
      if (!phrase) continue;
      const mention = mentionOf(ctx, p, phrase);
      const push = (k: number, [from, to]: [number, number]) => {
        const item = ctx.tokens[k]!;
        while (to > from && !item[to - 1]!.word) to--;
        if (to <= from) return;
        out.push({
          span: { start: item[from]!.start, end: item[to - 1]!.end },
          kind: 'indirect',
          paragraph: k,
          quoted: null,
          mention,
          cue: ts[verb]!.text,
          rule: 'as-follows',
          sameAs: null,
          reportedBy: null,
        });
      };
      if (mark + 1 < ts.length) {
        for (const range of inlineItems(ts, mark + 1)) push(p, range);
        return;
      }
      for (let k = p + 1; k < ctx.tokens.length; k++) {
        const start = itemStart(ctx.tokens[k]!);
        if (start < 0) break;
        push(k, [start, ctx.tokens[k]!.length]);
      }
    }
  });
  return out;
}
