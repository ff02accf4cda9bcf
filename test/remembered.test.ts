// Phrase readings remembered per token stream (src/mentions/remembered.ts): the same answers as
// reading afresh, each caller with a copy of its own. Sentences written for these tests.
import { describe as group, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { joinWords, type Token } from '../src/document/tokens.js';
import { remembered } from '../src/mentions/remembered.js';
import { describe, subjectBefore } from '../src/mentions/speaker-np.js';

const tokensOf = (text: string): readonly Token[] => joinWords(buildDocument(text, tag(text)).tokens);

group('remembered readings', () => {
  it('read once per stream and place, and hand each caller a copy', () => {
    let reads = 0;
    const read = remembered((_tokens: readonly Token[], a: number, b: number) => ({ a, b, n: ++reads }));
    const ts = tokensOf('Ana Roe said the port will reopen.');
    const first = read(ts, 1, 3);
    const again = read(ts, 1, 3);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(reads).toBe(1);
    expect(read(ts, 3, 1)).toEqual({ a: 3, b: 1, n: 2 });
    // Another stream, even of the same words, is read for itself.
    expect(read(tokensOf('Ana Roe said the port will reopen.'), 1, 3).n).toBe(3);
  });

  it('read places outside the stream afresh every time', () => {
    let reads = 0;
    const read = remembered(() => ({ n: ++reads }));
    const ts = tokensOf('The mayor spoke.');
    read(ts, -2, 0);
    read(ts, -2, 0);
    read(ts, 0, ts.length + 1);
    expect(reads).toBe(3);
  });

  it('keep null answers', () => {
    const read = remembered(() => null);
    const ts = tokensOf('Rain fell.');
    expect(read(ts, 0, 1)).toBeNull();
    expect(read(ts, 0, 1)).toBeNull();
  });

  it("give the phrase readers' answers unchanged on a second reading", () => {
    const ts = tokensOf('Port Director Ana Roe of the Harbour Board said on Tuesday that the berths will reopen.');
    const said = ts.findIndex((t) => t.lower === 'said');
    expect(subjectBefore(ts, said, 0)).toEqual(subjectBefore(ts, said, 0));
    expect(describe(ts, 0, 4)).toEqual(describe(ts, 0, 4));
    expect(subjectBefore(ts, said, 0)?.name).toBe('Ana Roe');
  });
});
