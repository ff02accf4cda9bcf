// `npm run bench` (after bench.mjs): growth of the analyzer's CPU time from 100 KB to 800 KB of
// text, for each hostile shape of input. Linear time gives a ratio near 8; the bar is 9 or less.
// CPU time of this process (steadier than wall time when others share the machine); each
// size is timed a few times (the small three times, the large twice) and the fastest kept.
// Texts are generated here, not copied. GROWTH_SHAPES=emoji,dates times only the shapes whose
// names hold one of those words; GROWTH_RUNS=n times each size n times more (a shape near the
// bar at sub-second times may be noise: check it so before changing code).
import { performance } from 'node:perf_hooks';
import { analyze } from '../dist/index.js';

// BENCH_ONLY (bench.mjs) names another part: nothing to do here.
if (![undefined, '', 'growth'].includes(process.env.BENCH_ONLY)) process.exit(0);

const SMALL = 100 * 1024;
const LARGE = 800 * 1024;
const BAR = 9;
const RUNS = Number(process.env.GROWTH_RUNS ?? 1);
const picked = (process.env.GROWTH_SHAPES ?? '').split(',').filter(Boolean);

/** A name made of syllables, distinct for each i ("Bako", "Bakodu" ...), as transcripts label speakers. */
function nameOf(i) {
  const syllables = ['ba', 'ko', 'du', 'ri', 'me', 'sa', 'lo', 'ni', 'tu', 'ge'];
  let out = '';
  do {
    out += syllables[i % 10];
    i = Math.floor(i / 10);
  } while (i > 0);
  return out[0].toUpperCase() + out.slice(1);
}

/** Repeats `unit(i)` for i = 0, 1, ... until the text has `bytes` bytes. */
function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

const SHAPES = {
  'distinct "Name:" labels on their own lines': (i) =>
    `${nameOf(i).toUpperCase()} ${nameOf(i + 7)}:\nWe will meet again on Monday.\n\n`,
  'short lines (100k at 800 KB)': (i) => `Line ${i % 10}.\n`,
  'one long line without spaces': () => 'statement',
  'straight quote marks': () => '"',
  'mixed quote marks': () => '“”‘’«»„"\'「」',
  'unclosed opening quotes with words': () => '“he said ',
  'emoji runs': () => '😀👩‍👩‍👧🇺🇸',
  'one paragraph of words, no line breaks': (i) => `word${i % 50} and `,
  'dates everywhere': (i) => `On March ${(i % 28) + 1}, 2021 and next week, `,
  'quotes by many distinct speakers': (i) =>
    `“We agree,” said ${nameOf(i)} ${nameOf(i + 3)}, the minister of ${nameOf(i + 5)}. `,
  'colons and dashes': () => 'A: — B: - ',
  'control characters and blank runs': () => '\u001b[2J\u0007 \t\r\n\n\n  ',
  'a reported clause closing on a run of apostrophes': (i) => (i === 0 ? 'Ida Holm said that the plan was good' : "'"),
};

function cpuSeconds(text, repeats) {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const before = process.cpuUsage();
    analyze(text);
    const { user, system } = process.cpuUsage(before);
    best = Math.min(best, (user + system) / 1e6);
  }
  return best;
}

analyze(fill(SMALL, SHAPES['quotes by many distinct speakers'])); // warm up the tagger's lexicon
console.log(`\ngrowth of CPU time from ${SMALL / 1024} KB to ${LARGE / 1024} KB (linear: about 8; bar: ${BAR})`);
let over = 0;
for (const [name, unit] of Object.entries(SHAPES)) {
  if (picked.length > 0 && !picked.some((word) => name.includes(word))) continue;
  const started = performance.now();
  const small = cpuSeconds(fill(SMALL, unit), 3 * RUNS);
  const large = cpuSeconds(fill(LARGE, unit), 2 * RUNS);
  const ratio = large / small;
  if (ratio > BAR) over++;
  const mark = ratio > BAR ? '  OVER' : '';
  console.log(
    `${name.padEnd(44)} ${small.toFixed(2).padStart(6)} s -> ${large.toFixed(2).padStart(7)} s   x${ratio.toFixed(1).padStart(5)}${mark}   (${((performance.now() - started) / 1000).toFixed(0)} s wall)`,
  );
}
console.log(over ? `${over} shape(s) grow faster than x${BAR}` : `every shape within x${BAR}`);
