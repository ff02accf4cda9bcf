// One shape for every attribution rule (CoreNLP's quote attribution): a sieve looks at one quote
// that earlier sieves left open and either credits it or leaves it for the next one. The runner,
// not the sieve, records the sieve's name as the quote's `rule`, so every link can be traced.
import type { Context, Found, Mention } from './context.js';
import type { Issuers } from './issuers.js';

/** What a sieve reads: the document's tokens, every quote found (in text order), the issuers. */
export interface Attributing {
  ctx: Context;
  found: readonly Found[];
  issuers: Issuers;
}

/** A credit: a mention of the speaker, or another quote whose speaker this one shares. */
export type Credit = { mention: Mention; cue: string | null } | { sameAs: Found; cue: string | null };

export interface Sieve {
  /** Recorded as `quotes[].rule` on every quote it links. */
  name: string;
  /** Lends the speaker of other text: never applied to short quoted spans (scare quotes, names). */
  borrows: boolean;
  link(a: Attributing, i: number): Credit | null;
}

/**
 * Runs the sieves in order over the open quotes: each links only what the ones before it left
 * open. `short` quotes are skipped by the borrowing sieves.
 */
export function runSieves(sieves: readonly Sieve[], a: Attributing, short: ReadonlySet<Found>): void {
  for (const sieve of sieves) {
    a.found.forEach((q, i) => {
      if (q.rule || (sieve.borrows && short.has(q))) return;
      const credit = sieve.link(a, i);
      if (!credit) return;
      if ('mention' in credit) q.mention = credit.mention;
      else q.sameAs = credit.sameAs;
      q.cue = credit.cue;
      q.rule = sieve.name;
    });
  }
}
