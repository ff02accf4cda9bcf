// A capitalised event noun that names a thing rather than an event: "Harbor Drill enables ...",
// "we built Drill". Every mention headed by such a word is dropped.
import { eventHead } from '../lexicon/event-heads.js';
import type { Mention } from './mention.js';
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

/** Nouns for things a company puts out: the launch of one is no occasion. */
const PRODUCT_NOUNS =
  /^(?:app|apps|application|brand|brands|device|devices|edition|feature|features|line|model|models|phone|platform|product|products|range|service|services|software|suite|tool|tools|update|version)$/;

/**
 * "the launch of Harbor Maps, an AI-powered feature", "the launch of the Lumen brand": a product
 * launch, which a release reports but no one attends ("the launch of the new terminal" stays).
 */
export function isProductLaunch(text: string, m: Mention): boolean {
  if (m.type !== 'launch') return false;
  const of = m.complements.find((c) => c.prep === 'of');
  if (!of) return false;
  const words =
    text
      .slice(of.start, of.end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const after = text.slice(of.end, of.end + 80).toLowerCase();
  // The name's own head, past a trademark sign: "of the Volt® brand".
  const pastMark = /^[®™℠]\s*(\p{L}+)/u.exec(after)?.[1] ?? '';
  if (PRODUCT_NOUNS.test(words[words.length - 1] ?? '') || PRODUCT_NOUNS.test(pastMark)) return true;
  // An apposition that says what it is: ", an AI-powered feature".
  const apposition = /^,\s+(?:an?|the|its|our|their)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(after);
  return !!apposition && apposition[1]!.split(/\s+/).some((w) => PRODUCT_NOUNS.test(w));
}

/** "our Harbor Same Day™ suite": a name with a trademark sign is a brand, not an event. */
export const isTrademarked = (text: string, m: Mention): boolean => /^[®™℠]/u.test(text.slice(m.end, m.end + 1));
