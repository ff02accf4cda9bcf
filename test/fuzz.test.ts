// Fuzzing with a fixed seed: statement-like and hostile texts (control characters, transcript
// labels, quote marks of every kind, emoji, lone surrogates, long runs). For each: no exception,
// every span is its code-point slice, every contract key present, and the json and ndjson output
// parse back to the same analysis; the other formats render without an exception.
// CI runs FUZZ_RUNS (default 2,000) cases; `npm run fuzz` runs 100,000.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, renderers } from '../src/render/index.js';
import { analyze } from '../src/index.js';
import { missingKeys, spanProblems } from './support/contract.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

const pick = <T>(values: readonly T[]) => fc.integer({ min: 0, max: values.length - 1 }).map((i) => values[i]!);

const PIECES = [
  'said',
  'told reporters',
  'according to',
  'the minister',
  'Ms. Rivera',
  'he',
  'they',
  'on Monday',
  'March 3, 2021',
  'next week',
  'last year',
  'in 2020',
  'talks',
  'the summit',
  'a meeting',
  'will visit',
  ':',
  '—',
  '-',
  ',',
  '.',
  '?',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ' ',
  'Q:',
  'A:',
  'MODERATOR:',
  'Mr. Okafor:',
  'WASHINGTON, Oct. 22, 2020 —',
  '(Applause.)',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '「',
  '」',
  '😀',
  '🇺🇸',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u001b[2J',
  '\u001b]0;t\u0007',
  '\u0000',
  '\u009b',
  '=1+1',
  '@x',
  '\ud800',
  '\udc00',
  'ﬁ',
  'İ',
  'ß',
  '١٢',
  '2021-02-30',
];
/** Text built from statement words, layout marks and hostile characters. */
const statementish = fc.array(pick(PIECES), { maxLength: 120 }).map((parts) => parts.join(' '));
/** The same pieces joined without spaces (long tokens, glued punctuation). */
const glued = fc.array(pick(PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const text = fc.oneof(
  { arbitrary: statementish, weight: 4 },
  { arbitrary: glued, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.tuple(pick(PIECES), fc.integer({ min: 1, max: 400 })).map(([p, n]) => p.repeat(n)), weight: 1 },
);
const referenceDate = fc.option(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Every reason the analysis of `input` is not valid output; empty when it is. */
function problems(input: string, ref: string | null): string[] {
  const a = analyze(input, { referenceDate: ref, source: 'fuzz.txt' });
  const found = [...spanProblems(input, a), ...missingKeys(a)];
  const json = JSON.parse(renderers.json.all!([a], { single: true, texts: [input] }));
  if (JSON.stringify(json) !== JSON.stringify(a)) found.push('json output does not parse back to the analysis');
  const line = renderers.ndjson.each!(a, 0, DEFAULT_VIEW);
  if (!line.endsWith('\n') || line.indexOf('\n') !== line.length - 1) found.push('ndjson output is not one line');
  JSON.parse(line);
  for (const format of ['pretty', 'markdown', 'csv'] as const) renderers[format].each!(a, 0, DEFAULT_VIEW, input);
  renderers.html.all!([a], { single: true, texts: [input] });
  return found;
}

describe('fuzz', () => {
  it(
    `${RUNS} texts (seed ${SEED}): no exception, valid spans and output`,
    { timeout: Math.max(120_000, RUNS * 200) },
    () => {
      let cases = 0;
      fc.assert(
        fc.property(text, referenceDate, (input, ref) => {
          cases++;
          const found = problems(input, ref);
          if (found.length)
            throw new Error(`${found.slice(0, 3).join('; ')} for ${JSON.stringify(input.slice(0, 200))}`);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(cases).toBeGreaterThanOrEqual(RUNS);
      // One line for `npm run fuzz` to report: fc.assert above has thrown on the first failure.
      console.log(`fuzz: ${cases} cases, 0 exceptions, 0 invalid outputs (seed ${SEED})`);
    },
  );
});
