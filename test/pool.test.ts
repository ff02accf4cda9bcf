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

/**
 * A helper in this thread that answers each text a moment later, as a worker or process would.
 * `dies(text, served)` says when it dies instead of answering (before any answer: it never started).
 */
function fakeHelper(log: string[], dies: (text: string, served: number) => boolean = () => false): Helper {
  let reply: (r: HelperReply) => void = () => {};
  let error: (e: Error) => void = () => {};
  let served = 0;
  let dead = false;
  return {
    send: ({ id, text, options }: WorkerRequest) =>
      setTimeout(() => {
        if (dead) return;
        if (dies(text, served)) {
          dead = true;
          error(new Error('helper died'));
          // A process reports its end a second time.
          error(new Error('helper ended'));
          return;
        }
        served++;
        log.push(text);
        reply({ id, analysis: analyze(text, options) });
      }, 1),
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
  it('past the size, a helper takes texts from the start and the results keep their texts', async () => {
    const served: string[] = [];
    expect(fulfilled(await settle(helped(1, () => fakeHelper(served), 0)))).toEqual(expected);
    // Two at a time go to the helper, the rest to this thread.
    expect(served.length).toBeGreaterThanOrEqual(2);
    expect(served.length).toBeLessThan(texts.length);
  });

  it('below the size, no helper is started', async () => {
    let started = 0;
    expect(fulfilled(await settle(helped(1, () => (started++, fakeHelper([])), 10_000)))).toEqual(expected);
    expect(started).toBe(0);
  });

  it('a helper that cannot start leaves every text to this thread, none fails', async () => {
    let started = 0;
    expect(fulfilled(await settle(helped(1, () => (started++, fakeHelper([], () => true)), 0)))).toEqual(expected);
    expect(started).toBe(1);
  });

  it('a helper that dies on a text fails that text only; a fresh one takes the texts it held', async () => {
    const served: string[] = [];
    let started = 0;
    const dies = (text: string, n: number) => n > 0 && text.includes('Pier 3 ');
    const results = await settle(workerPool(1, () => (started++, fakeHelper(served, dies)), 2));
    expect(results.map((r) => r.status)).toEqual(texts.map((t) => (t.includes('Pier 3 ') ? 'rejected' : 'fulfilled')));
    expect(fulfilled(results).filter((_, i) => i !== 3)).toEqual(expected.filter((_, i) => i !== 3));
    expect(started).toBe(2);
  });
});
