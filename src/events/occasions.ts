// Nouns that name an occasion only in some phrases, where the event lexicon does not list them:
// a body named with the time it sat ("last month's joint commission") is its sitting, and a stay
// in a named place ("during his stay in Velmora") is a visit.
import type { EventHead } from '../lexicon/event-heads.js';
import { has, isCapitalised, joined, type Term } from './segments.js';

/** Bodies that sit: named with a time, they name that sitting. */
const SITTING_BODIES = new Set(['council', 'commission', 'committee', 'cabinet', 'assembly', 'board']);
/** How many modifiers may stand between the time and the body ("last month's joint trade commission"). */
const BODY_MODIFIERS = 3;
const OWNERS_OF_A_STAY = new Set(['his', 'her', 'their', 'its', 'our', 'the']);

/** The occasion the noun at `i` names in its phrase, if any. */
export function occasionHead(text: string, terms: Term[], i: number): EventHead | undefined {
  const t = terms[i]!;
  if (SITTING_BODIES.has(t.normal) && ownedByTime(text, terms, i)) return { type: 'meeting' };
  if (t.normal === 'stay' && isStayIn(text, terms, i)) return { type: 'visit' };
  return undefined;
}

/** "last month's joint commission", "Tuesday's cabinet": a time owns the phrase. */
function ownedByTime(text: string, terms: Term[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= BODY_MODIFIERS + 1 && joined(text, terms[j]!, terms[j + 1]!); j--) {
    const u = terms[j]!;
    if (has(u, 'Possessive') || /['’]s$/.test(u.text)) return has(u, 'Date');
    if (!(has(u, 'Adjective') || has(u, 'Noun')) || has(u, 'Pronoun') || has(u, 'Determiner')) return false;
  }
  return false;
}

/** "his stay in Velmora", "the stay at Orbury", "during her stay in Norvald": an owner or "the",
 *  then a place name ("her" only after a preposition: not "let her stay in Norvald"). */
function isStayIn(text: string, terms: Term[], i: number): boolean {
  const [before, prep, place] = [terms[i - 1], terms[i + 1], terms[i + 2]];
  if (!before || !prep || !place || !OWNERS_OF_A_STAY.has(before.normal)) return false;
  if (before.normal === 'her' && !has(terms[i - 2], 'Preposition')) return false;
  return /^(in|at)$/.test(prep.normal) && joined(text, terms[i]!, prep) && isCapitalised(place) && !has(place, 'Date');
}
