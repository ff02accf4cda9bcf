// The -j analyser: this thread alone for small runs, joined by worker threads past a size.
import { describe, expect, it } from 'vitest';
import type { Helper, HelperReply } from '../src/cli/lane.js';
import { analyser, helped, HELPERS_AFTER_CHARS, workerPool, workerScript, type Analyser } from '../src/cli/pool.js';
import type { Analysis } from '../src/types.js';
import type { WorkerRequest } from '../src/cli/worker.js';
import { analyze } from '../src/pipeline.js';

const options = (i: number) => ({ source: `t${i}`, referenceDate: '2024-03-06' });

describe('analyser(-j 2)', () => {
  // The helpers run the compiled worker (dist/); skipped before a build.
  it.skipIf(workerScript() === null)(
    'past the size, helpers take texts and every promise gets its own text, in any order of finishing',
    async () => {
      // White space is cheap to analyse but counts toward the size that calls the helpers in.
      const filler = ' '.repeat(HELPERS_AFTER_CHARS.thread / 2 + 1);
      const texts = [
        filler,
        filler,
        '"We are ready," the minister said.',
        'The talks ended on Monday, officials said.',
        filler,
        'No quotes here.',
      ];
      const pool = analyser(2);
      try {
        const results = await Promise.all(texts.map((t, i) => pool.run(t, options(i))));
        expect(results).toEqual(texts.map((t, i) => analyze(t, options(i))));
      } finally {
        await pool.close();
      }
    },
  );

  it('below the size, texts are analysed in this thread with the same results', async () => {
    const texts = ['"We are ready," the minister said.', 'No quotes here.'];
    const pool = analyser(2);
    try {
      expect(await Promise.all(texts.map((t, i) => pool.run(t, options(i))))).toEqual(
        texts.map((t, i) => analyze(t, options(i))),
      );
    } finally {
      await pool.close();
    }
  });
});

interface FakeHelper extends Helper {
  /** Answers the texts it holds now (a held helper answers only then). */
  release(): void;
}

/**
 * A helper in this thread that says it is ready, then answers each text a moment later, as a
 * worker or process would (or only on `release()` when `held`). `dies(text, served)` says when it
 * dies instead of answering; one that does not `start` dies before it is ready.
 */
function fakeHelper(
  log: string[],
  {
    dies = () => false,
    starts = true,
    held = false,
  }: { dies?: (text: string, served: number) => boolean; starts?: boolean; held?: boolean } = {},
): FakeHelper {
  let reply: (r: HelperReply) => void = () => {};
  let error: (e: Error) => void = () => {};
  let served = 0;
  let dead = false;
  const waiting: WorkerRequest[] = [];
  const die = () => {
    dead = true;
    error(new Error('helper died'));
    // A process reports its end a second time.
    error(new Error('helper ended'));
  };
  const answer = ({ id, text, options }: WorkerRequest) => {
    if (dead) return;
    if (dies(text, served)) return die();
    served++;
    log.push(text);
    reply({ id, analysis: analyze(text, options) });
  };
  setTimeout(() => (starts ? reply({ ready: true }) : die()), 0);
  return {
    send: (request) => (held ? waiting.push(request) : setTimeout(() => answer(request), 1)),
    release: () => waiting.splice(0).forEach(answer),
    onReply: (listener) => (reply = listener),
    onError: (listener) => (error = listener),
    terminate: async () => {},
  };
}

const texts = Array.from({ length: 12 }, (_, i) => `"Pier ${i} opens on Monday," the mayor said.`);
const expected = texts.map((t, i) => analyze(t, options(i)));

/** Every text through `pool`, settled, and the pool closed. */
async function settle(pool: Analyser) {
  try {
    return await Promise.allSettled(texts.map((t, i) => pool.run(t, options(i))));
  } finally {
    await pool.close();
  }
}
const fulfilled = (results: PromiseSettledResult<Analysis>[]) =>
  results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));

describe('helpers', () => {
  it('past the size, a helper takes the first texts, and once free the oldest still waiting; results keep their texts', async () => {
    const served: string[] = [];
    const helper = fakeHelper(served, { held: true });
    const pool = helped(1, () => helper, 0);
    try {
      const results = texts.map((t, i) => pool.run(t, options(i)));
      // Two go to the helper, the rest wait for this thread; the helper answers once this thread
      // has done text 2, and then takes the two oldest still waiting.
      await results[2];
      helper.release();
      await Promise.all(results.slice(5));
      helper.release();
      expect(await Promise.all(results)).toEqual(expected);
      expect(served).toEqual([texts[0], texts[1], texts[3], texts[4]]);
    } finally {
      await pool.close();
    }
  });

  it('below the size, no helper is started', async () => {
    let started = 0;
    expect(fulfilled(await settle(helped(1, () => (started++, fakeHelper([])), 10_000)))).toEqual(expected);
    expect(started).toBe(0);
  });

  describe("with the run's size told", () => {
    const all = texts.reduce((n, t) => n + t.length, 0);
    const run = async (repaidBy: number, told: number[]) => {
      let started = 0;
      const pool = helped(1, () => (started++, fakeHelper([])), 0, repaidBy);
      for (const characters of told) pool.expect(characters);
      expect(fulfilled(await settle(pool))).toEqual(expected);
      return started;
    };

    it.each([
      ['more than repays it: a helper starts', 100, [all], 1],
      ['told in parts (files, then a folder): a helper starts', 100, [all / 2, all / 2], 1],
      ['too little to repay it: none starts', all + 1, [all], 0],
      ['less once a long text is analysed elsewhere: none starts', all, [all, -1], 0],
    ])('%s', async (_, repaidBy, told, started) => {
      expect(await run(repaidBy, told)).toBe(started);
    });
  });

  it('a helper that cannot start leaves every text to this thread, none fails', async () => {
    let started = 0;
    expect(fulfilled(await settle(helped(1, () => (started++, fakeHelper([], { starts: false })), 0)))).toEqual(
      expected,
    );
    expect(started).toBe(1);
  });

  it.each([
    ['a later text', 'Pier 3 '],
    ['its first text', 'Pier 0 '],
  ])('a helper that dies on %s fails that text only; a fresh one takes the texts it held', async (_, fatal) => {
    const served: string[] = [];
    let started = 0;
    const dies = (text: string) => text.includes(fatal);
    const results = await settle(workerPool(1, () => (started++, fakeHelper(served, { dies })), 2));
    const failed = texts.map((t) => t.includes(fatal));
    expect(results.map((r) => r.status)).toEqual(failed.map((f) => (f ? 'rejected' : 'fulfilled')));
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: new Error('helper died') });
    expect(fulfilled(results).filter((_, i) => !failed[i])).toEqual(expected.filter((_, i) => !failed[i]));
    expect(started).toBe(2);
  });

  it('a text that kills a ready helper fails; this thread does not take it as if no helper could start', async () => {
    let started = 0;
    // The first text always goes to the helper.
    const dies = (text: string) => text.includes('Pier 0 ');
    const results = await settle(helped(1, () => (started++, fakeHelper([], { dies })), 0));
    expect(results.map((r) => r.status)).toEqual(texts.map((_, i) => (i === 0 ? 'rejected' : 'fulfilled')));
    expect(fulfilled(results).slice(1)).toEqual(expected.slice(1));
    expect(started).toBe(2);
  });
});
