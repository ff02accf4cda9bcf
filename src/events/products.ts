// A capitalised event noun that names a thing rather than an event: "Harbor Drill enables ...",
// "we built Drill". Every mention headed by such a word is dropped.
import { eventHead } from './lexicon.js';
import { has, isCapitalised, joined, type Segment } from './segments.js';

/** Capitalised event nouns used as the name of a thing: "Harbor Drill enables", "we built Drill". */
export function productNames(text: string, segments: Segment[]): Set<string> {
  const out = new Set<string>();
  for (const seg of segments) {
    if (seg.titleCase) continue;
    seg.terms.forEach((t, k) => {
      if (!isCapitalised(t) || !eventHead(t.normal)) return;
      const prev = seg.terms[k - 1];
      const next = seg.terms[k + 1];
      const bare =
        !prev ||
        !joined(text, prev, t) ||
        !(has(prev, 'Determiner') || has(prev, 'Noun') || has(prev, 'Adjective') || has(prev, 'Possessive'));
      const actsAsSubject =
        bare &&
        next &&
        joined(text, t, next) &&
        has(next, 'Verb') &&
        has(next, 'PresentTense') &&
        /s$/.test(next.normal) &&
        !has(next, 'Auxiliary') &&
        !has(next, 'Copula');
      const bareObject =
        prev && has(prev, 'Verb') && !has(prev, 'Auxiliary') && !has(prev, 'Copula') && joined(text, prev, t);
      if (actsAsSubject || bareObject) out.add(t.text);
    });
  }
  return out;
}
