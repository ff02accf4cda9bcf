// Every real text we may measure on (../shared, read only, skipped where absent): the analysis has
// every contract key, fits the JSON Schema, and every span is its code-point slice. To keep the suite fast it takes
// every corpus text and every SAMPLE_EVERY-th text of each data set (sorted by name, so the
// sample is the same on every run); CORPUS_ALL=1 takes them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { missingKeys, spanProblems, speakerNameProblems } from './support/contract.js';
import { schemaProblems } from './support/schema.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const SAMPLE_EVERY = process.env.CORPUS_ALL ? 1 : 8;

function textsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

/** Directories named texts under data/ (data/<set>/texts and data/<set>/<part>/texts). */
function dataTextDirs(): string[] {
  const data = join(SHARED, 'data');
  if (!existsSync(data)) return [];
  const dirs: string[] = [];
  for (const set of readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const base = join(data, set.name);
    if (existsSync(join(base, 'texts'))) dirs.push(join(base, 'texts'));
    for (const part of readdirSync(base, { withFileTypes: true })) {
      if (part.isDirectory() && existsSync(join(base, part.name, 'texts'))) dirs.push(join(base, part.name, 'texts'));
    }
  }
  return dirs.sort();
}

const corpus = textsIn(join(SHARED, 'corpus', 'texts'));
const sampled = dataTextDirs().flatMap((dir) => textsIn(dir).filter((_, i) => i % SAMPLE_EVERY === 0));
const texts = [...corpus, ...sampled];
const short = (path: string) => path.slice(SHARED.length);

describe.skipIf(texts.length === 0)(
  `real texts: ${corpus.length} corpus + ${sampled.length} sampled data texts`,
  () => {
    it.each(texts.map(short))('%s', (name) => {
      const text = readFileSync(join(SHARED, name), 'utf8');
      const analysis = analyze(text, { source: name });
      expect(missingKeys(analysis)).toEqual([]);
      expect(speakerNameProblems(analysis)).toEqual([]);
      expect(schemaProblems(analysis)).toEqual([]);
      expect(spanProblems(text, analysis)).toEqual([]);
    });
  },
);
