// A past participle set between a preposition, determiner or number and a noun modifies the noun
// ("for accredited observers", "the elected officials", "one well-connected member"). The tagger reads it as a past-tense verb, but it
// tells no tense and opens no clause: "will brief accredited observers on 20 January" lies ahead.

/** A tagger term (its `normal` form) or a token of the document's stream (its `lower` form). */
interface Tagged {
  readonly tags: ReadonlySet<string>;
  readonly normal?: string;
  readonly lower?: string;
}

const wordOf = (t: Tagged) => t.normal ?? t.lower ?? '';

/** "that" and "which" open a relative clause whose verb is a verb: "the firm that closed plants". */
const RELATIVES = new Set(['that', 'which']);

export function isAttributiveParticiple(prev: Tagged | undefined, t: Tagged, next: Tagged | undefined): boolean {
  // "well-connected": a compound the tagger tags by its first part.
  const participle = t.tags.has('PastTense') || /\p{L}-\p{L}+ed$/u.test(wordOf(t));
  if (!prev || !next || !participle) return false;
  const opener =
    prev.tags.has('Preposition') ||
    prev.tags.has('Value') ||
    (prev.tags.has('Determiner') && !RELATIVES.has(wordOf(prev)));
  return opener && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date');
}
