// Which rules of compromise's second tagging pass the adapter runs: those that set a tag the
// stages decide on (auxiliaries for tense and status, names and titles for speakers,
// organisations, places, dates, people nouns, prepositions and conjunctions that end name and
// clause runs, adjectives, possessives, gerunds), and the one rule that reads a verb form after an
// article as a noun ("a message"). The rest, 352 of its 570 rules, mostly noun-verb readings in
// rarer frames and commands, cost more than half of the pass and moved no scorer when left out.
export const DECIDING_TAGS: ReadonlySet<string> = new Set([
  'Auxiliary',
  'Person',
  'FirstName',
  'LastName',
  'Honorific',
  'Organization',
  'Place',
  'Date',
  'Actor',
  'Preposition',
  'Conjunction',
  'Adjective',
  'Possessive',
  'Gerund',
  'Activity',
]);
/** compromise's rule for "the|a|an + verb form" read as a noun, named by its reason. */
export const ARTICLE_NOUN = 'det-inf';

/** A rule's tags: one tag, a list, or a pattern of tags ("#Month #Date ."). */
const tagsOf = (tag: unknown): string[] =>
  (typeof tag === 'string' ? tag.split(' ') : Array.isArray(tag) ? (tag as string[]) : []).map((t) =>
    t.replace(/^#/, ''),
  );

export const keepRule = (rule: { tag?: unknown; reason?: string }): boolean =>
  rule.reason === ARTICLE_NOUN || tagsOf(rule.tag).some((t) => DECIDING_TAGS.has(t));
