// The command line as a function: `main(argv, io)` returns the exit code, so tests drive it
// without spawning a process. Data goes to io.stdout (or -o), messages to io.stderr.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { readSchema } from '../output/schema.js';
import { TABLES, type Table } from '../render/csv.js';
import { FORMATS, rendererFor, type ColorLevel, type Format, type View } from '../render/index.js';
import { SUMMARY_FORMATS, summaryRenderer, type SummaryFormat } from '../summary/render.js';
import type { Analysis, AnalyzeOptions } from '../types.js';
import type { Utf8Text } from '../utf8-text.js';
import { VERSION } from '../version.js';
import { expandInputs, namedFileBytes, ndjsonInputs } from './inputs.js';
import { byteSize, DEFAULT_MAX_BYTES, isoDate, positiveInt } from './options.js';
import { fileOutput, outputPathProblem, streamOutput, WriteError, type Output } from './output.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { jsonOutput } from './json-writer.js';
import { Progress } from './progress.js';

export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  /** Reads all of stdin; may stop (throwing InputTooLarge) once past maxBytes. */
  stdin: { isTTY?: boolean; read(maxBytes: number): Promise<Uint8Array> };
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

function program(io: Io, summary: boolean): Command {
  return new Command(summary ? 'analyze summary' : 'analyze')
    .description('Who spoke, what they said, when things happened and what is planned, from press statements.')
    .argument('[inputs...]', 'files, directories (every .txt, .md, .text below them) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .option('--json', 'same as --format json')
    .addOption(
      new Option('--table <table>', 'which rows csv writes (implies --format csv); default quotes').choices(TABLES),
    )
    .option(
      '--reference-date <YYYY-MM-DD>',
      'the day relative dates hang on (default: a dateline in the text)',
      isoDate,
    )
    .addOption(
      new Option('--input <kind>', 'read the inputs (default stdin) as lines of {"id","text","referenceDate"}').choices(
        ['ndjson'],
      ),
    )
    .option('-o, --output <file>', 'write the data to this file instead of stdout')
    .option('--color', 'colour the summary even when stdout is not a terminal')
    .option('--no-color', 'never colour the summary (also: NO_COLOR=1)')
    .option('-w, --width <n>', "wrap the summary to n columns (default: the terminal's, else 80)", positiveInt)
    .option('--full', 'whole quotes in the summary rather than cut ones')
    .option('-q, --quiet', 'no messages on stderr except errors')
    .option('--schema', 'print the JSON Schema of the json/ndjson output and exit')
    .option(
      '-j, --jobs <n>',
      'texts analysed at once, in worker threads (at most one per CPU and per input); output keeps input order',
      positiveInt,
      1,
    )
    .option(
      '--max-bytes <size>',
      'refuse inputs larger than this (bytes, or with K, M, G)',
      byteSize,
      DEFAULT_MAX_BYTES,
    )
    .option('--include-hidden', 'walk hidden folders and node_modules too')
    .version(VERSION, '-V, --version')
    .addHelpText(
      'after',
      `
Examples:
  analyze statement.txt                        coloured summary
  analyze --json statement.txt | jq -r '.quotes[] | "\\(.speaker): \\(.text)"'
  analyze --format ndjson -j 2 releases/ > all.ndjson
  analyze --reference-date 2020-10-22 statement.txt
  cat statement.txt | analyze --format markdown
  analyze -f html -o report.html releases/     one page: highlighted texts, speakers, timelines
  analyze --table events releases/ > events.csv
  analyze --schema > analysis.schema.json      the JSON Schema of --json and ndjson output
  analyze summary releases/                    speakers merged across texts, one timeline
  analyze summary -f html -o summary.html releases/
  analyze summary --input ndjson < feed.ndjson
  analyze completion bash > ~/.local/share/bash-completion/completions/analyze

Commands:
  analyze summary [options] [inputs...]        across many statements (pretty, json, markdown, html)
  analyze completion bash|zsh|fish             shell completion script

Exit status: 0 every input analysed, 1 some input could not be read, 2 usage error.`,
    )
    .showHelpAfterError('(analyze --help shows the options)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

interface Options {
  format: Format;
  json?: boolean;
  referenceDate?: string;
  input?: 'ndjson';
  output?: string;
  color?: boolean;
  quiet?: boolean;
  schema?: boolean;
  table?: Table;
  jobs: number;
  maxBytes: number;
  includeHidden?: boolean;
  width?: number;
  full?: boolean;
  /** `analyze summary`: one summary of all inputs. */
  summary?: boolean;
}

/** Flags first, then FORCE_COLOR (as Node and chalk read it), NO_COLOR, TERM=dumb, a terminal. */
export function colorLevel(flag: boolean | undefined, isTTY: boolean | undefined, env: Io['env']): ColorLevel {
  if (flag !== undefined) return flag ? 1 : 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    return forced === '2' ? 2 : forced === '3' ? 3 : 1;
  }
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

/** --width, else the terminal's width, else 80 (a pipe or a file has no width). */
export function lineWidth(flag: number | undefined, stdout?: Io['stdout']): number {
  if (flag) return flag;
  return stdout?.isTTY && stdout.columns && stdout.columns > 0 ? stdout.columns : 80;
}

function completion(args: string[], io: Io): number {
  const shell = args[0] as Shell;
  if (args.length !== 1 || !SHELLS.includes(shell)) {
    io.stderr.write(`analyze: completion needs one shell: ${SHELLS.join(', ')} (analyze completion bash)\n`);
    return EXIT_USAGE;
  }
  io.stdout.write(completionScript(shell, program(io, false)));
  return EXIT_OK;
}

export async function main(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'completion') return completion(argv.slice(1), io);
  // `analyze summary …` takes the same options; its output is one summary of all the inputs.
  const summary = argv[0] === 'summary';
  if (summary) argv = argv.slice(1);
  const cmd = program(io, summary);
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  const opts = cmd.opts<Options>();
  if (opts.schema) {
    io.stdout.write(await readSchema());
    return EXIT_OK;
  }
  // --table writes csv, and --input ndjson one result line each, unless another format is asked for.
  const formatGiven = opts.json || cmd.getOptionValueSource('format') !== 'default';
  const format: Format = opts.json
    ? 'json'
    : formatGiven
      ? opts.format
      : opts.table
        ? 'csv'
        : opts.input === 'ndjson' && !summary
          ? 'ndjson'
          : opts.format;
  if (summary && !(SUMMARY_FORMATS as readonly string[]).includes(format)) {
    io.stderr.write(`analyze: summary writes ${SUMMARY_FORMATS.join(', ')}; not ${format}\n`);
    return EXIT_USAGE;
  }
  if (opts.table && format !== 'csv') {
    io.stderr.write(`analyze: --table writes csv; it cannot go with --format ${format}\n`);
    return EXIT_USAGE;
  }
  let names = cmd.args;
  if (names.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write('analyze: no input given. Try: analyze statement.txt  (or analyze --help)\n');
      return EXIT_USAGE;
    }
    names = ['-'];
  }
  let output: Output;
  if (opts.output !== undefined) {
    const problem = outputPathProblem(opts.output);
    if (problem) {
      io.stderr.write(`analyze: ${problem}\n`);
      return EXIT_USAGE;
    }
    try {
      output = fileOutput(opts.output);
    } catch (err) {
      io.stderr.write(`analyze: ${err instanceof Error ? err.message : String(err)}\n`);
      return EXIT_INPUT;
    }
  } else output = streamOutput(io.stdout);
  // A failed write ends the run with exit 1 and leaves no partial -o file.
  try {
    const exit = await run(names, { ...opts, format, summary }, io, output);
    output.commit();
    return exit;
  } catch (err) {
    output.discard();
    if (!(err instanceof WriteError)) throw err;
    io.stderr.write(`analyze: ${err.message}\n`);
    return EXIT_INPUT;
  }
}

/**
 * Takes the first items of `source`, up to `count` and one more to learn whether that was all;
 * `all` yields the items taken and then the rest.
 */
async function readAhead<T>(
  source: AsyncIterable<T>,
  count: number,
): Promise<{ items: T[]; more: boolean; all: AsyncIterable<T> }> {
  const iterator = source[Symbol.asyncIterator]();
  const items: T[] = [];
  let done = false;
  while (items.length <= count && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else items.push(next.value);
  }
  async function* all() {
    yield* items;
    for (let next = done ? null : await iterator.next(); next && !next.done; next = await iterator.next())
      yield next.value;
  }
  return { items, more: !done, all: all() };
}

/**
 * An input in flight: its analysis is being made while later inputs are read; or a long text,
 * analysed when its turn comes and written window by window (json, ndjson).
 */
type Pending =
  | { name: string; error: string }
  | { name: string; analysis: Promise<Analysis>; text: string }
  | { name: string; long: { text: string | Utf8Text; options: AnalyzeOptions } };

async function run(names: string[], opts: Options, io: Io, output: Output): Promise<number> {
  const toFile = opts.output !== undefined;
  const { format } = opts;
  // Into a file, colour only when asked for with --color.
  const color =
    format !== 'pretty'
      ? 0
      : toFile
        ? colorLevel(opts.color, false, {})
        : colorLevel(opts.color, io.stdout.isTTY, io.env);
  const view: View = { color, width: lineWidth(opts.width, toFile ? undefined : io.stdout), full: opts.full === true };
  const renderer = opts.summary
    ? summaryRenderer(format as SummaryFormat, view)
    : rendererFor(format, { table: opts.table ?? 'quotes' });
  const emit = (s: string) => output.write(s);
  const readStdin = (maxBytes: number) => io.stdin.read(maxBytes);
  const limits = { maxBytes: opts.maxBytes, includeHidden: opts.includeHidden };
  const inputs = (opts.input === 'ndjson' ? ndjsonInputs : expandInputs)(names, readStdin, limits);
  // Workers: no more than the CPUs, nor than the texts (read ahead to count them when few).
  const cap = Math.min(opts.jobs, availableParallelism());
  const ahead = await readAhead(inputs, cap);
  const jobs = ahead.more ? cap : Math.max(1, Math.min(cap, ahead.items.filter((i) => !('error' in i)).length));
  // Loaded here, not at the top, so that --schema and --help never load the pipeline.
  const [{ analyser }, { writtenByWindow, spoolAnalysis }, { withBoundedHeap }] = await Promise.all([
    import('./pool.js'),
    import('./stream.js'),
    import('./heap.js'),
  ]);
  // The run's size, where it is known before it is read, decides whether helpers would repay their start.
  const sizeKnown = opts.input !== 'ndjson' && !names.includes('-');
  const worker = analyser(jobs, sizeKnown);
  if (sizeKnown) worker.expect(await namedFileBytes(names));
  // json and ndjson are written as each text is done, a long text window by window.
  const json =
    !opts.summary && (format === 'json' || format === 'ndjson') ? jsonOutput(format === 'ndjson', emit) : null;
  const started = performance.now();
  let characters = 0;
  const pending: Pending[] = [];
  let analysed = 0;
  // Kept for the formats that write all inputs at once.
  const results: Analysis[] = [];
  const texts: string[] = [];
  let exit = EXIT_OK;
  let walked = false;
  // A progress line for directories and ndjson, on a terminal only.
  const progress = !opts.quiet && io.stderr.isTTY ? new Progress(io.stderr) : null;
  // json prints an object for one named input (not a directory, not an ndjson stream).
  const oneInput = () => names.length === 1 && !walked && opts.input !== 'ndjson';

  const fail = (name: string, err: unknown) => {
    progress?.clear();
    io.stderr.write(`analyze: ${name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    progress?.tick(0);
    exit = EXIT_INPUT;
  };
  // A long text in json or ndjson: its findings spooled to disk window by window, then written.
  const writeLong = (name: string, text: string | Utf8Text, options: AnalyzeOptions) =>
    withBoundedHeap(text.length, () => {
      let spooled;
      try {
        spooled = spoolAnalysis(text, options);
      } catch (err) {
        return fail(name, err);
      }
      progress?.tick(typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength);
      try {
        json!.write(spooled.value, oneInput(), spooled.staging);
      } catch (err) {
        // Made whole before it is written: a spool that cannot be read back fails this text only.
        if (err instanceof WriteError) throw err;
        return fail(name, err);
      } finally {
        spooled.dispose();
      }
      analysed++;
    });

  // Reports the oldest input in flight, so output keeps the input order whatever finishes first.
  const settleOldest = async () => {
    const p = pending.shift()!;
    if ('long' in p) return writeLong(p.name, p.long.text, p.long.options);
    let analysis: Analysis;
    const text = 'text' in p ? p.text : undefined;
    try {
      if ('error' in p) throw new Error(p.error);
      analysis = await p.analysis;
    } catch (err) {
      return fail(p.name, err);
    }
    progress?.tick(text === undefined ? 0 : Buffer.byteLength(text));
    if (json) json.write(analysis, oneInput());
    else {
      if (analysed === 0 && renderer.head) emit(renderer.head());
      if (renderer.each) emit(renderer.each(analysis, analysed, view, text));
      if (renderer.all) results.push(analysis);
      if (renderer.keepsTexts && text !== undefined) texts.push(text);
    }
    analysed++;
  };

  try {
    for await (const input of ahead.all) {
      walked ||= input.walked === true;
      if (input.batch) progress?.expect(input.batch);
      if ('batchBytes' in input && input.batchBytes) worker.expect(input.batchBytes);
      if ('error' in input) pending.push(input);
      else {
        const options = { referenceDate: input.referenceDate ?? opts.referenceDate ?? null, source: input.name };
        characters += input.text.length;
        if (json && writtenByWindow(input.text.length, jobs > 1)) {
          // Analysed here, window by window: not part of what helpers could share.
          worker.expect(-input.text.length);
          pending.push({ name: input.name, long: { text: input.text, options } });
        } else {
          // The other formats hold a text's whole result, and the text: decoded here if it is not.
          const text = String(input.text);
          const analysis = worker.run(text, options);
          analysis.catch(() => {}); // reported in order by settleOldest, not as an unhandled rejection
          pending.push({ name: input.name, analysis, text });
        }
      }
      // Enough in flight to keep every worker busy, few enough to bound memory; in this thread
      // (-j 1) each result is written as soon as it is made.
      while (pending.length > (jobs > 1 ? jobs * 4 : 0)) await settleOldest();
    }
    while (pending.length) await settleOldest();
  } finally {
    await worker.close();
  }

  progress?.clear();
  json?.end();
  if (!json && renderer.all && results.length > 0) emit(renderer.all(results, { single: oneInput(), texts }));
  if (!opts.quiet && (toFile || (io.stderr.isTTY && analysed > 1))) {
    const seconds = (performance.now() - started) / 1000;
    const where = toFile ? `, written to ${opts.output}` : '';
    io.stderr.write(
      `analyze: ${analysed} analysed (${(characters / 1000).toFixed(0)} k characters in ${seconds.toFixed(1)} s)${where}\n`,
    );
  }
  return exit;
}
