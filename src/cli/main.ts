// The command line as a function: `main(argv, io)` returns the exit code, so tests drive it
// without spawning a process. Data goes to io.stdout, messages to io.stderr.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyze } from '../pipeline.js';
import type { Analysis } from '../types.js';
import { expandInputs, type Input } from './inputs.js';
import { renderers, type Format } from '../render/index.js';
import { VERSION } from '../version.js';

export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  stdin: { isTTY?: boolean; read(): Promise<Uint8Array> };
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

const FORMATS: Format[] = ['pretty', 'json', 'ndjson', 'markdown', 'csv', 'html'];

function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  }
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

function program(io: Io): Command {
  return new Command('analyze')
    .description('Who spoke, what they said, when things happened and what is planned, from press statements.')
    .argument('[inputs...]', 'files, directories (every .txt, .md, .text below them) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .option('--json', 'same as --format json')
    .option('--reference-date <YYYY-MM-DD>', 'the day relative dates hang on (default: a dateline in the text)', isoDate)
    .addOption(new Option('--input <kind>', 'read stdin as lines of {"id","text","referenceDate"}').choices(['ndjson']))
    .option('-o, --output <file>', 'write the data to this file instead of stdout')
    .option('--color', 'colour the summary even when stdout is not a terminal')
    .option('--no-color', 'never colour the summary')
    .option('-q, --quiet', 'no messages on stderr except errors')
    .option('-j, --jobs <n>', 'texts analysed at once', positiveInt, 1)
    .version(VERSION, '-V, --version')
    .addHelpText('after', `
Examples:
  analyze statement.txt                        coloured summary
  analyze --json statement.txt | jq '.quotes[] | select(.speakerId=="s1") | .text'
  analyze --format ndjson releases/ > all.ndjson
  analyze --reference-date 2020-10-22 statement.txt`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
}

interface Options {
  format: Format;
  json?: boolean;
  referenceDate?: string;
  input?: 'ndjson';
  output?: string;
  color?: boolean;
  quiet?: boolean;
  jobs: number;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const cmd = program(io);
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw err;
  }
  const opts = cmd.opts<Options>();
  const format: Format = opts.json ? 'json' : opts.format;
  let names = cmd.args;
  if (names.length === 0 && !opts.input) {
    if (io.stdin.isTTY) {
      io.stderr.write('analyze: no input given. Try: analyze statement.txt  (or analyze --help)\n');
      return EXIT_USAGE;
    }
    names = ['-'];
  }
  // ... continued by runAnalyses (kept separate so input kinds share rendering and exit codes)
  return runAnalyses(names, opts, format, io);
}

/** A text to analyse; --input ndjson lines may carry their own reference date. */
type Job = Input & { referenceDate?: string | null };

/** Lines of `{"id", "text", "referenceDate"}` on stdin, for --input ndjson. */
async function* ndjsonJobs(io: Io): AsyncGenerator<Job> {
  const lines = new TextDecoder().decode(await io.stdin.read()).split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const name = `stdin:${i + 1}`;
    try {
      const row = JSON.parse(line) as { id?: unknown; text?: unknown; referenceDate?: unknown };
      if (typeof row.text !== 'string') throw new Error('no "text" string');
      const ref = row.referenceDate == null ? null : isoDate(String(row.referenceDate));
      yield { name: row.id == null ? name : String(row.id), text: row.text, referenceDate: ref };
    } catch (err) {
      yield { name, error: `not a valid input line: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}

function colorLevel(opts: Options, io: Io): 0 | 1 | 2 | 3 {
  if (opts.color === false) return 0;
  if (opts.color === true) return 1;
  if (io.env.NO_COLOR) return 0;
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined) return forced === '0' || forced === 'false' ? 0 : 1;
  return io.stdout.isTTY ? 1 : 0;
}

async function runAnalyses(names: string[], opts: Options, format: Format, io: Io): Promise<number> {
  const outputFormat: Format = opts.input === 'ndjson' ? 'ndjson' : format;
  const renderer = renderers[outputFormat];
  const chunks: string[] = [];
  const emit = (s: string) => (opts.output ? chunks.push(s) : io.stdout.write(s));
  const results: Analysis[] = [];
  let exit = EXIT_OK;
  const jobs: AsyncGenerator<Job> = opts.input === 'ndjson' ? ndjsonJobs(io) : expandInputs(names, () => io.stdin.read());
  const color = colorLevel(opts, io);

  for await (const job of jobs) {
    if ('error' in job) {
      io.stderr.write(`analyze: ${job.name}: ${job.error}\n`);
      exit = EXIT_INPUT;
      continue;
    }
    let analysis: Analysis;
    try {
      const referenceDate = job.referenceDate ?? opts.referenceDate;
      analysis = analyze(job.text, { referenceDate, source: job.name });
    } catch (err) {
      io.stderr.write(`analyze: ${job.name}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      exit = EXIT_INPUT;
      continue;
    }
    results.push(analysis);
    const streamed = renderer.each?.(analysis, { color, text: job.text });
    if (streamed !== undefined) emit(streamed);
  }
  const single = names.length === 1 && opts.input !== 'ndjson' && results.length === 1 && exit === EXIT_OK;
  const final = renderer.all?.(results, { single, color });
  if (final !== undefined) emit(final);

  if (opts.output) {
    try {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(opts.output, chunks.join(''));
    } catch (err) {
      io.stderr.write(`analyze: ${opts.output}: cannot write: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return EXIT_INPUT;
    }
  }
  return exit;
}
