// A long text's speaker mentions, held on disk rather than in memory: spooled in text order as
// the windows find them, and read back grouped by speaker, in the speakers' final order, with no
// more than a bounded number of them in memory at a time (a long transcript mentions its few
// speakers hundreds of thousands of times).
import type { TextSpan } from '../types.js';
import { SpoolFolder, type Spool } from './spool.js';

/** Mentions held in memory at most while they are grouped (about 100 bytes each). */
export const MENTIONS_HELD = 1 << 16;

/** Consecutive speakers (by their place in the final order) whose mentions are grouped together. */
interface Bucket {
  from: number;
  to: number;
  mentions: number;
}

export class MentionSpool {
  /** Mentions of each speaker, by its place in the table (1, 2, ...). */
  private readonly counts: number[] = [];
  private readonly folders: SpoolFolder<string>[] = [];
  /** The most mentions held in memory at once so far (for the tests of the bound). */
  mostHeld = 0;

  /** `spool` takes the lines; `held` is a parameter for the tests. */
  constructor(
    private readonly spool: Spool,
    private readonly held = MENTIONS_HELD,
  ) {}

  /** Adds a mention of the speaker at `order` in the table (mentions come in text order). */
  add(order: number, mention: TextSpan): void {
    this.counts[order] = (this.counts[order] ?? 0) + 1;
    this.spool.push(`${order} ${JSON.stringify(mention)}`);
  }

  /**
   * The mentions of each speaker, given by their places in the table in the final order, in text
   * order. Drawn one speaker after another: each list is read before the next is asked for.
   */
  *lists(orders: readonly number[]): Generator<Iterable<TextSpan>> {
    const buckets = this.buckets(orders);
    const linesOf = buckets.length === 1 ? () => this.spool.lines() : this.sorted(buckets, orders);
    for (const [i, b] of buckets.entries()) {
      // One speaker's lines are already its mentions in order: streamed, not held.
      if (b.to - b.from === 1) yield mentionsOf(linesOf(i));
      else yield* this.grouped(linesOf(i), orders.slice(b.from, b.to));
    }
  }

  /** Sorts the lines, in one pass, into a spool for each bucket: the lines of each, by its index. */
  private sorted(buckets: readonly Bucket[], orders: readonly number[]): (bucket: number) => Iterable<string> {
    const folder = new SpoolFolder(buckets.map((_, i) => String(i)));
    this.folders.push(folder);
    const bucketOf = new Map<number, Spool>();
    buckets.forEach((b, i) =>
      orders.slice(b.from, b.to).forEach((order) => bucketOf.set(order, folder.spools[String(i)]!)),
    );
    for (const line of this.spool.lines()) bucketOf.get(orderOf(line))!.push(line);
    return (bucket) => folder.spools[String(bucket)]!.lines();
  }

  /** Speakers in order, cut into runs of at most `held` mentions (or of one speaker with more). */
  private buckets(orders: readonly number[]): Bucket[] {
    const buckets: Bucket[] = [];
    orders.forEach((order, i) => {
      const count = this.counts[order] ?? 0;
      const last = buckets.at(-1);
      if (last && last.mentions + count <= this.held) {
        last.to = i + 1;
        last.mentions += count;
      } else buckets.push({ from: i, to: i + 1, mentions: count });
    });
    return buckets;
  }

  /** The lines' mentions, grouped by speaker, in memory: a list for each of `orders`. */
  private *grouped(lines: Iterable<string>, orders: readonly number[]): Generator<TextSpan[]> {
    const lists = new Map<number, TextSpan[]>(orders.map((order) => [order, []]));
    let held = 0;
    for (const line of lines) {
      lists.get(orderOf(line))?.push(mentionOf(line));
      this.mostHeld = Math.max(this.mostHeld, ++held);
    }
    for (const order of orders) {
      const list = lists.get(order)!;
      lists.delete(order);
      yield list;
    }
  }

  /** Frees the buckets' spools (the mentions' own spool is its owner's). */
  dispose(): void {
    for (const folder of this.folders.splice(0)) folder.dispose();
  }
}

const orderOf = (line: string) => Number(line.slice(0, line.indexOf(' ')));
const mentionOf = (line: string) => JSON.parse(line.slice(line.indexOf(' ') + 1)) as TextSpan;

function* mentionsOf(lines: Iterable<string>): Generator<TextSpan> {
  for (const line of lines) yield mentionOf(line);
}
