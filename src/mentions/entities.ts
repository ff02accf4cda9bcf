import type { Tagged } from '../adapters/compromise.js';
import type { EntitiesOut, Span, TextSpan } from '../types.js';

// Characters compromise leaves on entity spans that are not part of the name.
const EDGE_JUNK = /[\s\p{P}\p{S}]/u;
const POSSESSIVE = /['’]s$/;

function clean(text: string, span: Span): TextSpan | null {
  let { start, end } = span;
  while (start < end && EDGE_JUNK.test(text[start]!)) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  const possessive = POSSESSIVE.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  return end > start ? { text: text.slice(start, end), start, end } : null;
}

const cleanAll = (text: string, spans: Span[]) =>
  spans.flatMap((s) => clean(text, s) ?? []).sort((a, b) => a.start - b.start);

/** People, organisations and places as compromise tags them, trimmed of punctuation. */
export function findEntities(text: string, tagged: Tagged): EntitiesOut {
  return {
    people: cleanAll(text, tagged.people),
    organizations: cleanAll(text, tagged.organizations),
    places: cleanAll(text, tagged.places),
  };
}
