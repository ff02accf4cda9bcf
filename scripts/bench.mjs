// `npm run bench`: times the analyzer on a corpus generated from the project's own fixtures
// (no copied texts): STATEMENTS statements of about 3 KB and one text of 1 MB. Prints MB/s for
// the whole pipeline, the tagger (compromise) and the date stage alone, the CLI with -j 1 and
// -j 2, and peak memory. Figures vary with the machine and its load: compare runs on one machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyze } from '../dist/index.js';
import { tag } from '../dist/adapters/compromise.js';
import { buildDocument } from '../dist/document/build.js';
import { findDates } from '../dist/dates/index.js';

const STATEMENTS = 100;
const STATEMENT_BYTES = 3 * 1024;
const BIG_BYTES = 1024 * 1024;

const root = new URL('../', import.meta.url);
const fixtureDir = new URL('fixtures/', root);
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'));
const paragraphs = fixtures.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim());

/** About `bytes` of text: fixture paragraphs from a rotating start, so statements differ. */
function compose(bytes, seed) {
  const out = [];
  let size = 0;
  for (let i = seed; size < bytes; i++) {
    const p = paragraphs[(i * 7) % paragraphs.length];
    out.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return `${out.join('\n\n')}\n`;
}

const statements = Array.from({ length: STATEMENTS }, (_, i) => compose(STATEMENT_BYTES, i));
const big = compose(BIG_BYTES, 0);
const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

/** Wall time, and (in this process) CPU time: steadier when other work shares the machine. */
function time(label, texts, fn, { child = false } = {}) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  texts.forEach((t, i) => fn(t, i));
  const wall = (performance.now() - t0) / 1000;
  const { user, system } = process.cpuUsage(cpu0);
  const cpu = (user + system) / 1e6;
  const size = mb(texts);
  const rate = (s) => `${(size / s).toFixed(3).padStart(7)} MB/s`;
  const cpuPart = child ? '' : `   cpu ${cpu.toFixed(2).padStart(6)} s ${rate(cpu)}`;
  console.log(`${label.padEnd(44)} ${size.toFixed(2).padStart(5)} MB   wall ${wall.toFixed(2).padStart(6)} s ${rate(wall)}${cpuPart}`);
}

analyze(statements[0]); // warm up: compromise builds its lexicon on first use
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
console.log(`node ${process.version}, ${STATEMENTS} statements of ~3 KB and one text of ${(BIG_BYTES / 1e6).toFixed(2)} MB, made from ${fixtures.length} fixtures\n`);
time('whole pipeline, 3 KB statements', statements, (t) => analyze(t));
time('whole pipeline, 1 MB text', [big], (t) => analyze(t));
time('tagger (compromise) alone, 3 KB statements', statements, (t) => tag(t));
// The date stage reads the tagger's tense tags: tag first, then time the stage alone.
const tagged = statements.map((t) => tag(t));
const documents = statements.map((t, i) => buildDocument(t, tagged[i]));
const bigTagged = tag(big);
const bigDocument = buildDocument(big, bigTagged);
time('date stage alone, 3 KB statements', statements, (_t, i) => findDates(documents[i], tagged[i], '2020-10-22'));
time('date stage alone, 1 MB text', [big], () => findDates(bigDocument, bigTagged, '2020-10-22'));

// The CLI end to end on the statements as files: process start-up, reading, JSON, and -j.
const dir = new URL('bench/out/statements/', root);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
statements.forEach((t, i) => writeFileSync(new URL(`s${String(i).padStart(4, '0')}.txt`, dir), t));
for (const jobs of [1, 2]) {
  time(`CLI analyze -f ndjson -j ${jobs} (${STATEMENTS} files)`, [statements.join('')], () =>
    execFileSync('node', ['bin/analyze.js', '-f', 'ndjson', '-j', String(jobs), dir.pathname], { cwd: root, maxBuffer: 1 << 30 }), { child: true });
}
console.log(`\npeak memory (max RSS of this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
