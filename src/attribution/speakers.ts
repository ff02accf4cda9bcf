// Speakers from the mentions that licensed quotes: names merged by shared name words ("Wu" with
// "Wu Qian"), descriptions ("the spokesperson", "the ministry") and pronouns resolved to the
// nearest compatible speaker before them.
import type { SpeakerKind, SpeakerOut, TextSpan } from '../types.js';
import type { Mention } from './context.js';
import { lowerBound } from '../document/search.js';
import { TITLE_MODIFIERS, TITLES } from '../mentions/lexicon.js';
import { pushAll } from '../arrays.js';

interface Cluster {
  name: string;
  /** Lower-case words of the fullest name. */
  nameWords: string[];
  named: boolean;
  kind: SpeakerKind;
  title: string | null;
  /** Words of every title any mention gives (name's and apposition's), for "a spokesman of …" named later. */
  titleWords: Set<string>;
  organization: string | null;
  mentions: Mention[];
  /** Offset of the latest mention, for "nearest before". */
  last: number;
}

const words = (s: string | null): string[] => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'dr', 'the']);
/** The words of a name without honorifics and titles before it ("Colonel Wu" → wu). */
const nameWordsOf = (s: string) => {
  const all = words(s).filter((w) => !HONORIFICS.has(w));
  let first = 0;
  while (first < all.length - 1 && (TITLES.has(all[first]!) || TITLE_MODIFIERS.has(all[first]!))) first++;
  return all.slice(first);
};

function compatibleNames(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => big.includes(w));
}

function kindOf(m: Mention): SpeakerKind {
  const head = m.phrase.head;
  return head === 'pronoun' ? 'person' : head;
}

function pronounFits(pronoun: string, c: Cluster): boolean {
  if (pronoun === 'he' || pronoun === 'she') return c.kind === 'person';
  if (pronoun === 'it') return c.kind === 'organization' || c.kind === 'unnamed';
  return true; // they, we, I
}

/** The latest sentence-subject person strictly between `after` and `before` (people sorted). */
function nearestPerson(people: readonly NamedPerson[], before: number, after: number): NamedPerson | null {
  for (
    let k = lowerBound(people.length, (i) => people[i]!.start >= before) - 1;
    k >= 0 && people[k]!.start > after;
    k--
  )
    if (people[k]!.subject) return people[k]!;
  return null;
}

/** How many distinct fuller names per name word are kept; more than one that disagree means no extension. */
const MAX_FULLER = 4;

const isTitleWord = (w: string) => TITLES.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase().replace(/\.$/, ''));

/** A person's name as printed, after any title ("Harbour Commissioner Ruth Alvarez" → "Ruth Alvarez"). */
function bareName(printed: string): string | null {
  const all = printed.split(/\s+/).filter(Boolean);
  let lastTitle = all.length - 1;
  while (lastTitle >= 0 && !isTitleWord(all[lastTitle]!)) lastTitle--;
  const parts = all.slice(lastTitle + 1);
  if (parts.length < 2 || !parts.every((w) => /^\p{Lu}/u.test(w))) return null;
  return parts.join(' ');
}

/**
 * "Brenner said …" where the text names "Tomas Brenner" elsewhere (even outside any attribution):
 * a person speaker named by surname alone takes the fullest form of it, when the fuller forms agree.
 */
function extendNames(text: string, clusters: readonly Cluster[], people: readonly NamedPerson[]): void {
  // Fuller forms by their last name word; each with the first apposition found around it.
  const fuller = new Map<string, Map<string, { name: string; words: string[]; from: NamedPerson }>>();
  for (const p of people) {
    const name = bareName(text.slice(p.start, p.end));
    if (!name) continue;
    const words = nameWordsOf(name);
    const last = words[words.length - 1];
    if (!last) continue;
    const forms = fuller.get(last) ?? new Map();
    const known = forms.get(name.toLowerCase());
    if (known && !known.from.title && p.title) known.from = p;
    else if (!known && forms.size < MAX_FULLER) forms.set(name.toLowerCase(), { name, words, from: p });
    fuller.set(last, forms);
  }
  for (const c of clusters) {
    // Only a lone surname is extended: a two-word name is already a name, and the words a run
    // adds in front of it are as often an office ("Fisheries Ana Quell") as a first name.
    if (!c.named || c.kind !== 'person' || c.nameWords.length !== 1) continue;
    const candidates = [...(fuller.get(c.nameWords[0]!)?.values() ?? [])]
      .filter((f) => f.words.length > 1 && compatibleNames(c.nameWords, f.words))
      .sort((a, b) => b.words.length - a.words.length);
    const best = candidates[0];
    // Two fuller forms that disagree ("Mary Reed", "John Reed") leave the name as it is.
    if (!best || !candidates.every((f) => compatibleNames(f.words, best.words))) continue;
    c.name = best.name;
    c.nameWords = best.words;
    c.title ??= best.from.title ?? null;
    c.organization ??= best.from.organization ?? null;
  }
}

export interface ResolvedSpeakers {
  speakers: SpeakerOut[];
  /** The speaker id of each mention. */
  idOf: Map<Mention, string>;
}

/** A person named in the text but not (yet) credited with a quote: a possible antecedent of "he". */
export interface NamedPerson {
  start: number;
  end: number;
  /** True when the name is the subject at the start of its sentence. */
  subject: boolean;
  /** Title and organisation of an apposition before the name ("Y's chief engineer, Ana Ruiz,"). */
  title?: string | null;
  organization?: string | null;
}

/** How far back (in characters) a pronoun looks for a named person. */
const ANTECEDENT_REACH = 1500;
/** How many recent speakers a pronoun or description is checked against. */
const RECENT_SPEAKERS = 30;
/** How many clusters sharing a name word are compared with a new name. */
const NAME_CANDIDATES = 64;

/**
 * The speakers found so far, indexed the ways a new mention can refer to one: by name words
 * ("Wu" for "Wu Qian"), by recency (pronouns, "the spokesperson"), by verbatim description ("a
 * source") and, at the end, by title ("a spokesperson of the ministry" named later).
 */
class SpeakerIndex {
  readonly clusters: Cluster[] = [];
  // Clusters by their latest mention, most recent last; "nearest" looks at the recent few only.
  // A cluster is re-pushed on each mention; older entries of it are stale (slot says where it is).
  private readonly recent: Cluster[] = [];
  private readonly slot = new Map<Cluster, number>();
  // Named clusters by each of their name words, to find "Wu" for "Wu Qian" without a scan.
  // A word shared by many names ("Harbour") is searched among its most recent clusters only.
  private readonly byWord = new Map<string, Cluster[]>();
  private readonly byDescription = new Map<string, Cluster>();

  constructor(
    private readonly text: string,
    private readonly people: readonly NamedPerson[],
  ) {}

  /** The most recent speaker mentioned at or before `at` that `fits`. */
  nearest(at: number, fits: (c: Cluster) => boolean): Cluster | null {
    let seen = 0;
    const { recent, slot } = this;
    for (let k = recent.length - 1; k >= 0 && seen < RECENT_SPEAKERS && recent.length - k <= 4 * RECENT_SPEAKERS; k--) {
      const c = recent[k]!;
      if (slot.get(c) !== k) continue;
      seen++;
      if (c.last <= at && fits(c)) return c;
    }
    return null;
  }

  /** A named speaker whose name words agree with `nw`. */
  named(nw: string[]): Cluster | undefined {
    for (const w of nw) {
      const list = this.byWord.get(w) ?? [];
      for (let k = list.length - 1; k >= 0 && list.length - k <= NAME_CANDIDATES; k--) {
        if (compatibleNames(list[k]!.nameWords, nw)) return list[k]!;
      }
    }
    return undefined;
  }

  private indexName(c: Cluster): void {
    for (const w of c.nameWords) {
      const list = this.byWord.get(w) ?? [];
      if (list[list.length - 1] !== c) list.push(c);
      this.byWord.set(w, list);
    }
  }

  add(c: Cluster, m: Mention): void {
    c.mentions.push(m);
    c.last = Math.max(c.last, m.span.start);
    if (this.recent[this.recent.length - 1] !== c) {
      this.recent.push(c);
      this.slot.set(c, this.recent.length - 1);
    }
    c.title ??= m.phrase.title;
    for (const w of [...words(m.phrase.title), ...words(m.phrase.appositionTitle ?? null)]) c.titleWords.add(w);
    c.organization ??= m.phrase.organization;
  }

  open(name: string, nameWords: string[], named: boolean, kind: SpeakerKind): Cluster {
    const fresh: Cluster = {
      name,
      nameWords,
      named,
      kind,
      title: null,
      titleWords: new Set(),
      organization: null,
      mentions: [],
      last: -1,
    };
    this.clusters.push(fresh);
    if (named) this.indexName(fresh);
    return fresh;
  }

  /** "he", "she", "it", "they": the nearest compatible speaker, or a person named as a subject since. */
  addPronoun(m: Mention): void {
    const pronoun = this.text.slice(m.span.start, m.span.end).toLowerCase();
    const c = this.nearest(m.span.start, (x) => pronounFits(pronoun, x));
    // A person named as a sentence subject after the last speaker's mention is nearer.
    const person =
      pronoun === 'he' || pronoun === 'she'
        ? nearestPerson(this.people, m.span.start, c ? c.last : m.span.start - ANTECEDENT_REACH)
        : null;
    if (person) {
      const printed = this.text.slice(person.start, person.end);
      const nw = nameWordsOf(printed);
      this.add(this.named(nw) ?? this.open(printed, nw, true, 'person'), m);
    } else if (c) this.add(c, m);
  }

  /** "Wu Qian", "Wu", "Colonel Wu": one speaker per agreeing set of name words, named by the fullest. */
  addName(m: Mention): void {
    const nw = nameWordsOf(m.phrase.name!);
    const c = this.named(nw);
    if (!c) {
      this.add(this.open(m.phrase.name!, nw, true, kindOf(m)), m);
      return;
    }
    if (nw.length > c.nameWords.length) {
      c.name = m.phrase.name!;
      c.nameWords = nw;
      this.indexName(c);
    }
    this.add(c, m);
  }

  /**
   * "the spokesperson", "the ministry": the nearest speaker the head word describes; "a source":
   * the speaker first described in the same words. `attachOnly` never opens a speaker.
   */
  addDescription(m: Mention, attachOnly: boolean): void {
    const verbatim = this.text.slice(m.span.start, m.span.end);
    const head = words(verbatim).pop() ?? '';
    // "the Prime Minister" is a person, never the "Prime Minister's Office" that issued the text.
    const fits = (x: Cluster) => !(TITLES.has(head) && x.kind === 'organization');
    const c = /^the\b/i.test(verbatim)
      ? this.nearest(
          m.span.start,
          (x) => fits(x) && words(`${x.name} ${x.title ?? ''} ${x.organization ?? ''}`).includes(head),
        )
      : (this.byDescription.get(verbatim.toLowerCase()) ?? null);
    if (c) this.add(c, m);
    else if (!attachOnly) {
      const fresh = this.open(verbatim, [], false, kindOf(m));
      this.byDescription.set(verbatim.toLowerCase(), fresh);
      this.add(fresh, m);
    }
  }

  /**
   * "a spokesperson with the ministry" early on, named later: the same speaker when the named
   * one has that title and the description is its only kind of mention.
   */
  mergeByTitle(): void {
    const byTitleWord = new Map<string, Cluster>();
    for (const c of this.clusters) {
      if (!c.named || c.kind !== 'person') continue;
      for (const w of c.titleWords) if (!byTitleWord.has(w)) byTitleWord.set(w, c);
    }
    for (const c of this.clusters) {
      if (c.named || c.mentions.length === 0) continue;
      const head = words(c.mentions[0]!.phrase.title ?? '').pop();
      const target = head ? byTitleWord.get(head) : undefined;
      if (!target) continue;
      pushAll(target.mentions, c.mentions);
      c.mentions = [];
    }
  }
}

/** The speakers in order of first mention, with their ids and each mention's speaker id. */
function output(text: string, live: Cluster[]): ResolvedSpeakers {
  const firstAt = new Map(live.map((c) => [c, c.mentions.reduce((min, m) => Math.min(min, m.span.start), Infinity)]));
  live.sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
  const idOf = new Map<Mention, string>();
  const speakers: SpeakerOut[] = live.map((c, i) => {
    const id = `s${i + 1}`;
    for (const m of c.mentions) idOf.set(m, id);
    const seen = new Set<string>();
    const spans: TextSpan[] = [];
    for (const m of [...c.mentions].sort((a, b) => a.span.start - b.span.start)) {
      const key = `${m.span.start}:${m.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ text: text.slice(m.span.start, m.span.end), start: m.span.start, end: m.span.end });
    }
    return { id, name: c.name, kind: c.kind, title: c.title, organization: c.organization, mentions: spans };
  });
  return { speakers, idOf };
}

/**
 * Speakers from the mentions in text order: names, pronouns and descriptions each join the
 * speaker their pass finds. `described` are definite descriptions that credit no quote ("The
 * governor will visit …"): they join the nearest speaker they describe and never open one.
 */
export function resolveSpeakers(
  text: string,
  mentions: readonly Mention[],
  people: readonly NamedPerson[] = [],
  described: readonly Mention[] = [],
): ResolvedSpeakers {
  const attachOnly = new Set(described);
  const index = new SpeakerIndex(text, people);
  for (const m of [...mentions, ...described].sort((a, b) => a.span.start - b.span.start)) {
    if (m.phrase.kind === 'pronoun') index.addPronoun(m);
    else if (m.phrase.kind === 'name') index.addName(m);
    else index.addDescription(m, attachOnly.has(m));
  }
  index.mergeByTitle();
  const live = index.clusters.filter((c) => c.mentions.length > 0);
  extendNames(text, live, people);
  return output(text, live);
}
