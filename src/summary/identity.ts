// One person, one entry, however each text names them: "Wu Qian", "Colonel Wu" and "Wu" are the
// same speaker when the corpus holds only one Wu. A name joins the fullest name whose words hold
// all of its own (titles and honorifics set aside); where two such names compete ("Smith" with
// "Elena Smith" and "John Smith"), the one from the same text wins, else it stays apart.
// Organisations and groups join on their name; unnamed sources ("a source") join on their words
// only, marked as not one person.
import { PORTFOLIOS, TITLES } from '../mentions/lexicon.js';
import type { SpeakerKind } from '../types.js';

/** Words that join a title's parts ("Secretary of State", "Minister for Trade"), not a name's. */
const TITLE_LINKS = new Set(['of', 'for', 'and', 'state']);

/** The words of a name, folded (case, accents, punctuation), with "the" and titles dropped. */
export function nameWords(name: string, kind: SpeakerKind): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (kind !== 'person') return words;
  const named = words.filter(
    (w) => !TITLES.has(w) && !TITLES.has(`${w}.`) && !PORTFOLIOS.has(w) && !TITLE_LINKS.has(w),
  );
  // A title alone ("the Secretary") is the role's name.
  return named.length ? named : words;
}

interface Entry {
  kind: SpeakerKind;
  words: Set<string>;
  /** Texts (by index) that name it. */
  texts: Set<number>;
}

export interface NameToJoin {
  name: string;
  kind: SpeakerKind;
  /** The text it comes from (an index). */
  text: number;
}

/** People join people, unnamed sources unnamed ones, organisations and groups each other. */
const family = (kind: SpeakerKind) => (kind === 'person' || kind === 'unnamed' ? kind : 'org');

/**
 * Gives every name the index of the entry it belongs to (entries numbered from 0). Fuller names
 * are placed first, so a short one finds the full name it abbreviates.
 */
export function joinNames(names: NameToJoin[]): number[] {
  const entries: Entry[] = [];
  const byKey = new Map<string, number>();
  /** Word → the person entries whose name holds it. */
  const byWord = new Map<string, number[]>();
  const order = names.map((n, i) => ({ n, i, words: nameWords(n.name, n.kind) }));
  order.sort((a, b) => b.words.length - a.words.length || a.i - b.i);
  const result = new Array<number>(names.length).fill(-1);
  for (const { n, i, words } of order) {
    const key = `${family(n.kind)}:${words.join(' ')}`;
    let at: number | undefined;
    if (n.kind === 'person' && words.length > 0) {
      // A name its own text gives in full belongs there first, then to the same words, then to
      // the one fuller name that holds it.
      const holding = (byWord.get(words[0]!) ?? []).filter((j) => words.every((w) => entries[j]!.words.has(w)));
      const local = holding.filter((j) => entries[j]!.texts.has(n.text));
      at = local.length === 1 ? local[0] : (byKey.get(key) ?? (holding.length === 1 ? holding[0] : undefined));
    } else at = byKey.get(key);
    if (at === undefined) {
      at = entries.length;
      entries.push({ kind: n.kind, words: new Set(words), texts: new Set() });
      if (n.kind === 'person') {
        for (const w of words) {
          const list = byWord.get(w);
          if (list) list.push(at);
          else byWord.set(w, [at]);
        }
      }
    }
    if (!byKey.has(key)) byKey.set(key, at);
    entries[at]!.texts.add(n.text);
    result[i] = at;
  }
  return result;
}
