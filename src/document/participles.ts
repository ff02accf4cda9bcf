// A past participle set between a preposition or determiner and a noun modifies the noun ("for
// accredited observers", "the elected officials"). The tagger reads it as a past-tense verb, but it
// tells no tense and opens no clause: "will brief accredited observers on 20 January" lies ahead.

interface Tagged {
  readonly tags: ReadonlySet<string>;
  readonly normal: string;
}

/** "that" and "which" open a relative clause whose verb is a verb: "the firm that closed plants". */
const RELATIVES = new Set(['that', 'which']);

export function isAttributiveParticiple(prev: Tagged | undefined, t: Tagged, next: Tagged | undefined): boolean {
  if (!prev || !next || !t.tags.has('PastTense')) return false;
  const opener = prev.tags.has('Preposition') || (prev.tags.has('Determiner') && !RELATIVES.has(prev.normal));
  return opener && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date');
}
