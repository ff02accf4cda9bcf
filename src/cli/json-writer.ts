// JSON written piece by piece, byte for byte what JSON.stringify(value, null, 2) (or, compact,
// JSON.stringify(value)) gives, where some lists are drawn an item at a time while they are
// written (`Streamed`) rather than held whole: a long text's findings, read back from disk.
import { JsonCloser } from './json-closer.js';
import { WriteError } from './output.js';
import { ReadBackError, type Spool } from './spool.js';

/** A list whose items are drawn one at a time as it is written. */
export class Streamed {
  constructor(readonly items: () => Iterable<unknown>) {}
}

const holdsStreamed = (value: unknown): boolean =>
  value instanceof Streamed ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).some(holdsStreamed));

/** What JSON.stringify writes of a key's value: not undefined, functions or symbols. */
const written = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/**
 * Writes `value` to `emit` as JSON, `pretty` (two spaces a level, as if nested `indent` deep) or
 * compact. Objects holding a `Streamed` list are written key by key, the list item by item;
 * anything else in one piece.
 */
export function writeJson(value: unknown, emit: (chunk: string) => void, pretty: boolean, indent = ''): void {
  if (value instanceof Streamed) return writeList(value, emit, pretty, indent);
  if (!holdsStreamed(value)) {
    const json = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
    return emit(pretty && indent ? json.replaceAll('\n', `\n${indent}`) : json);
  }
  const inner = `${indent}  `;
  const entries = Object.entries(value as object).filter(([, v]) => written(v));
  if (entries.length === 0) return emit('{}');
  entries.forEach(([key, v], i) => {
    const comma = i === 0 ? '{' : ',';
    emit(pretty ? `${comma}\n${inner}${JSON.stringify(key)}: ` : `${comma}${JSON.stringify(key)}:`);
    writeJson(v, emit, pretty, inner);
  });
  emit(pretty ? `\n${indent}}` : '}');
}

function writeList(list: Streamed, emit: (chunk: string) => void, pretty: boolean, indent: string): void {
  const inner = `${indent}  `;
  let count = 0;
  for (const item of list.items()) {
    const comma = count++ === 0 ? '[' : ',';
    emit(pretty ? `${comma}\n${inner}` : comma);
    writeJson(item, emit, pretty, inner);
  }
  emit(count === 0 ? '[]' : pretty ? `\n${indent}]` : ']');
}

/** A text's JSON could not be read back from where it was made whole, before any of it was written. */
export class StagingUnread extends ReadBackError {}

/** Characters gathered before they are passed on: a long text's JSON is many small pieces. */
const BATCH = 1 << 16;

/**
 * The command's json (one object for one input, else an array of them) or ndjson (a line each),
 * written as each analysis is done rather than once all are: what JSON.stringify of all of them
 * gives, byte for byte.
 */
export function jsonOutput(ndjson: boolean, emit: (chunk: string) => void) {
  let count = 0;
  let single = false;
  let batch: string[] = [];
  let batched = 0;
  /** Batches emitted so far. */
  let flushes = 0;
  const flush = () => {
    if (batch.length > 0) {
      emit(batch.join(''));
      flushes++;
    }
    batch = [];
    batched = 0;
  };
  const add = (chunk: string) => {
    batch.push(chunk);
    batched += chunk.length;
    if (batched >= BATCH) flush();
  };
  /**
   * Passes on what `staging` holds, a text's JSON. Reading it back can still fail. Before any of
   * it is written, the output is taken back to where it was (`before`) and the text fails alone
   * (StagingUnread). Once part is written, that part cannot be taken back: it is closed as valid
   * JSON after its last whole element (what is passed on stops there until the element after it is
   * whole) and the run ends as on a failed write.
   */
  const copy = (staging: Spool, topLevel: boolean, before: { batch: string[]; batched: number; flushes: number }) => {
    const closer = new JsonCloser(!topLevel);
    /** What was read past the closer's last whole element, and how much was passed on before it. */
    let held = '';
    let passed = 0;
    try {
      for (const piece of staging.text()) {
        closer.feed(piece);
        held += piece;
        const whole = closer.kept - passed;
        if (whole > 0) {
          add(held.slice(0, whole));
          held = held.slice(whole);
          passed += whole;
        }
      }
      add(held);
    } catch (err) {
      if (!(err instanceof ReadBackError)) throw err;
      if (flushes === before.flushes) {
        ({ batch, batched } = before);
        throw new StagingUnread(err.code);
      }
      add(`${closer.closing()}\n`);
      flush();
      throw new WriteError('output', err.code, 'cut short: a temporary file could not be read back');
    }
  };
  return {
    /**
     * Writes one analysis; `oneInput`, said of the first, makes json an object rather than an
     * array. With `staging`, its JSON is made there whole first: a failure while it is made (a
     * spool that cannot be read back) is thrown with nothing written, and the output stays valid.
     */
    write(value: unknown, oneInput: boolean, staging?: Spool): void {
      const isSingle = count === 0 ? oneInput : single;
      const render = (to: (chunk: string) => void) =>
        ndjson ? writeJson(value, to, false) : writeJson(value, to, true, isSingle ? '' : '  ');
      if (staging) render((chunk) => staging.write(chunk));
      const before = { batch: batch.slice(), batched, flushes };
      if (!ndjson) add(count === 0 ? (isSingle ? '' : '[\n  ') : ',\n  ');
      if (staging) copy(staging, ndjson || isSingle, before);
      else render(add);
      single = isSingle;
      if (ndjson) add('\n');
      count++;
      flush();
    },
    /** After the last analysis: closes the array. */
    end(): void {
      if (!ndjson && count > 0) emit(single ? '\n' : '\n]\n');
    },
  };
}
