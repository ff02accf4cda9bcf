// `npm run bench`: speed and memory of the analyzer, side by side with their anchors, in one run,
// on texts generated from the project's own fixtures (no copied texts):
//   - MB/s of the whole pipeline and of compromise's full tagger on the same 3 KB statements;
//   - cold start of `analyze --help` and of `analyze small.txt` over `node -e 0`;
//   - the CLI on STATEMENTS files with -j 1 and -j 2;
//   - MB/s on one 2 MB text against the statements;
//   - peak RSS of `analyze --json` on one text of each BENCH_BIG_MB size (default 20; "20,60" for
//     two sizes, 0 leaves it out).
// BENCH_ONLY=speed, cold, jobs or memory runs that part alone (memory on 20 MB: about a minute).
// BENCH_AGAINST=<another worktree, built> adds to the speed part that build's analyzer on the same
// statements, in this process: BENCH_ROUNDS rounds (default 5), each running both builds on every
// chunk of 8 statements in turn (the first one alternating), so that a change of load hits both
// alike; it prints each round's ratio and their median and spread (how noisy the machine is).
// Figures vary with the machine and its load (printed first): compare runs on one machine.
// It runs under the command's JIT flags (src/cli/jit-flags.ts), so that the in-process figures,
// the analyzer's and compromise's alike, are taken as the command runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyze } from '../dist/index.js';
import { JIT_FLAGS } from '../dist/cli/jit-flags.js';

if (!JIT_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const self = spawnSync(process.execPath, [...JIT_FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(self.status ?? 1);
}

const STATEMENTS = 160;
const STATEMENT_BYTES = 3 * 1024;
const TWO_MB = 2 * 1024 * 1024;
const BIG_MB = (process.env.BENCH_BIG_MB ?? '20')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const ONLY = process.env.BENCH_ONLY ?? '';
const runs = (part) => ONLY === '' || ONLY === part;
const AGAINST = process.env.BENCH_AGAINST ?? '';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const COLD_RUNS = 7;
const CLI_RUNS = 2;

const root = new URL('../', import.meta.url);
const fixtureDir = new URL('fixtures/', root);
const fixtureNames = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const fixtures = fixtureNames.map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'));
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
const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const line = (label, value) => console.log(`${label.padEnd(52)} ${value}`);

/** MB/s over CPU time of this process (steadier than wall time when others share the machine). */
function rate(texts, fn) {
  const cpu0 = process.cpuUsage();
  for (const t of texts) fn(t);
  const { user, system } = process.cpuUsage(cpu0);
  return mb(texts) / ((user + system) / 1e6);
}

/** The fastest of `runs` wall times of a command, in ms. */
function fastest(args, runs = COLD_RUNS) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`load average ${loadAverage()} on ${os.availableParallelism()} cores, node ${process.version}`);
console.log(`${STATEMENTS} statements of ~3 KB made from ${fixtures.length} fixtures\n`);

if (runs('speed')) {
  // Throughput: both warmed up first (compromise builds its lexicon on first use, the JIT warms).
  statements.slice(0, 10).forEach((t) => (analyze(t), nlp(t)));
  const ours = rate(statements, (t) => analyze(t));
  const tagger = rate(statements, (t) => nlp(t));
  line('analyzer, 3 KB statements (CPU)', `${ours.toFixed(3)} MB/s`);
  line("compromise's full tagger, same texts (CPU)", `${tagger.toFixed(3)} MB/s`);
  line('analyzer / tagger', `${(ours / tagger).toFixed(2)}x   (bar >= 3x)`);
  // The same after two more passes of each, alternated: the ratio without most of the JIT warm-up
  // the line above includes (for comparison only; the bar is the line above).
  let steady = 0;
  for (let pass = 0; pass < 2; pass++) steady = rate(statements, (t) => analyze(t)) / rate(statements, (t) => nlp(t));
  line('analyzer / tagger, steady state (third pass of each)', `${steady.toFixed(2)}x`);
  const two = compose(TWO_MB, 0);
  const twoRate = rate([two], (t) => analyze(t));
  line(
    'analyzer, one 2 MB text (CPU)',
    `${twoRate.toFixed(3)} MB/s   ${(twoRate / ours).toFixed(2)}x the statements' rate (bar >= 0.9)`,
  );
  if (AGAINST) await compareWith(AGAINST, two);
}

/** This build's MB/s over that of the build in `dir`, round by round, interleaved chunk by chunk. */
async function compareWith(dir, two) {
  const { analyze: theirs } = await import(pathToFileURL(resolve(dir, 'dist/index.js')).href);
  // The other build first runs what this one ran above, so that the JIT has warmed both alike
  // (with less, this build measured 1.08-1.20x a copy of itself).
  for (let pass = 0; pass < 3; pass++) statements.forEach((t) => theirs(t));
  theirs(two);
  const CHUNK = 8;
  const cpuSeconds = (fn, texts) => {
    const cpu0 = process.cpuUsage();
    for (const t of texts) fn(t);
    const { user, system } = process.cpuUsage(cpu0);
    return (user + system) / 1e6;
  };
  const ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    let mine = 0;
    let other = 0;
    for (let i = 0; i < statements.length; i += CHUNK) {
      const chunk = statements.slice(i, i + CHUNK);
      const mineFirst = (i / CHUNK + round) % 2 === 0;
      if (!mineFirst) other += cpuSeconds(theirs, chunk);
      mine += cpuSeconds(analyze, chunk);
      if (mineFirst) other += cpuSeconds(theirs, chunk);
    }
    ratios.push(other / mine);
    line(
      `  round ${round + 1}: this build / ${dir}`,
      `${(other / mine).toFixed(3)}x   (${(mb(statements) / mine).toFixed(3)} vs ${(mb(statements) / other).toFixed(3)} MB/s)`,
    );
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  line(
    `this build / ${dir}, median of ${ROUNDS}`,
    `${sorted[Math.floor(ROUNDS / 2)].toFixed(3)}x   (spread ${sorted[0].toFixed(3)}-${sorted[ROUNDS - 1].toFixed(3)})`,
  );
}

if (runs('cold')) {
  // Cold start: fresh processes, the fastest of several runs.
  const small = new URL(fixtureNames[0], fixtureDir).pathname;
  const bare = fastest(['-e', '0']);
  const help = fastest(['bin/analyze.js', '--help']);
  const smallFile = fastest(['bin/analyze.js', '--json', small]);
  line('cold `node -e 0`', `${bare.toFixed(0)} ms`);
  line('cold `analyze --help`', `${help.toFixed(0)} ms   ${(help / bare).toFixed(1)}x node (bar <= 2x)`);
  line(
    `cold \`analyze ${fixtureNames[0]}\``,
    `${smallFile.toFixed(0)} ms   ${(smallFile / bare).toFixed(1)}x node (bar <= 5x)`,
  );
}

if (runs('jobs')) {
  // The CLI end to end on the statements as files: start-up, reading, JSON, and -j.
  const dir = new URL('bench/out/statements/', root);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  statements.forEach((t, i) => writeFileSync(new URL(`s${String(i).padStart(4, '0')}.txt`, dir), t));
  const cliSeconds = (jobs) => {
    const t0 = performance.now();
    execFileSync(process.execPath, ['bin/analyze.js', '-f', 'ndjson', '-j', String(jobs), dir.pathname], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    return (performance.now() - t0) / 1000;
  };
  // Alternated and the fastest of each kept: a change of load during the runs hits both alike.
  let j1 = Infinity;
  let j2 = Infinity;
  for (let run = 0; run < CLI_RUNS; run++) {
    j1 = Math.min(j1, cliSeconds(1));
    j2 = Math.min(j2, cliSeconds(2));
  }
  line(`CLI -j 1, ${STATEMENTS} files (wall, fastest of ${CLI_RUNS})`, `${j1.toFixed(2)} s`);
  line(
    `CLI -j 2, ${STATEMENTS} files (wall, fastest of ${CLI_RUNS})`,
    `${j2.toFixed(2)} s   ${(j1 / j2).toFixed(2)}x -j 1 (bar >= 1.4x)`,
  );
}

if (runs('memory')) {
  // Memory: the command on one long text, in a process of its own (the code the snapshot runs, from
  // dist/), writing its JSON to /dev/null; its peak resident set, with the load average beside it.
  for (const size of BIG_MB) {
    const big = new URL(`bench/out/big-${size}mb.txt`, root);
    writeFileSync(big, compose(size * 1024 * 1024, 3));
    const probe = `import { writeSync } from 'node:fs'; import { runProcess } from './dist/cli/process.js';
      process.on('exit', () => writeSync(3, String(process.resourceUsage().maxRSS)));
      await runProcess(['--json', '--max-bytes', '1G', ${JSON.stringify(big.pathname)}]);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const rss = Number(run.output[3]) / 1024;
    line(
      `peak RSS, analyze --json one ${size} MB text`,
      run.status === 0
        ? `${rss.toFixed(0)} MB   (bar <= 400 MB; load ${loadAverage()})`
        : `failed: ${run.stderr.trim().split('\n').pop()}`,
    );
    rmSync(big, { force: true });
  }
}
