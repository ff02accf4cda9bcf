// The -j analyser: this thread alone for small runs, joined by worker threads past a size.
import { describe, expect, it } from 'vitest';
import { analyser, HELPERS_AFTER_CHARS, workerScript } from '../src/cli/pool.js';
import { analyze } from '../src/pipeline.js';

const options = (i: number) => ({ source: `t${i}`, referenceDate: '2024-03-06' });

describe('analyser(-j 2)', () => {
  // The helpers run the compiled worker (dist/); skipped before a build.
  it.skipIf(workerScript() === null)(
    'past the size, helpers take texts and every promise gets its own text, in any order of finishing',
    async () => {
      // White space is cheap to analyse but counts toward the size that calls the helpers in.
      const filler = ' '.repeat(HELPERS_AFTER_CHARS / 2 + 1);
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
