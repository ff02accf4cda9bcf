// Speakers from the mentions that licensed quotes: names merged by shared name words ("Wu" with
// "Wu Qian"), descriptions ("the spokesperson", "the ministry") and pronouns resolved to the
// nearest compatible speaker before them.
import { RANK_WORDS } from './layout.js';
import type { Span, SpeakerKind, SpeakerOut, TextSpan } from '../types.js';
import { genderFits, surer, type Gender } from '../mentions/speaker-np.js';
import type { Mention } from './context.js';
import { lowerBound } from '../document/search.js';
import {
  HONORIFICS,
  NAME_PARTICLES,
  NP_LINKS,
  OFFICE_PHRASES,
  OFFICE_WORDS,
  ORG_HEADS,
  PORTFOLIOS,
  spelledTitle,
  TITLE_ABBREVIATIONS,
  TITLE_HEAD_ALIASES,
  TITLE_MODIFIERS,
  TITLES,
} from '../mentions/lexicon.js';
import { pushAll } from '../arrays.js';

interface Cluster {
  name: string;
  /** Lower-case words of the fullest name. */
  nameWords: string[];
  named: boolean;
  kind: SpeakerKind;
  title: string | null;
  /** Head words of every title any mention gives (name's and apposition's): "the spokesman" refers by them. */
  titleHeads: Set<string>;
  /** Every word of those titles: "the press secretary" is not the one whose title is "Defense Secretary". */
  titleWords: Set<string>;
  organization: string | null;
  mentions: Mention[];
  /** Other places the text names this speaker ("Sen. Ana Ruiz" where only "she" credits a quote). */
  namedAt: Span[];
  /** From honorifics, gendered titles and first names, never from pronouns. */
  gender: Gender | null;
  /** Offset of the latest mention, for "nearest before". */
  last: number;
}

const words = (s: string | null): string[] => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Words with their hyphens kept: "Secretary-General" is one title, not "secretary" and "general". */
const hyphenWords = (s: string | null): string[] =>
  (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu) ?? [];
/**
 * The head of a title: its last word before a link word ("Deputy Spokesman for the
 * Secretary-General" → spokesman, "Secretary of State" → secretary), null for none.
 */
function titleHead(title: string | null): string | null {
  const ws = hyphenWords(title);
  const link = ws.findIndex((w, i) => i > 0 && NP_LINKS.has(w));
  return sameOffice((link < 0 ? ws : ws.slice(0, link)).pop() ?? null);
}
/** The one head word of an office printed several ways: "Justice Roe" is "the judge", "Cr Roe" "the councillor". */
const sameOffice = (head: string | null) => (head && TITLE_HEAD_ALIASES.get(head)) ?? head;
const aliasedTitleWords = (title: string | null) => hyphenWords(title).map((w) => sameOffice(w)!);
/** " in Lyon" closing a body's description ("the consulate in Lyon"). */
const PLACE_TAIL = /\s+in\s+\p{Lu}[^]*$/u;
/** Is this word a title ("secretary", "secretary-general")? */
const titleWord = (w: string) => TITLES.has(w) || (w.includes('-') && w.split('-').some((part) => TITLES.has(part)));
/** An honorific or the article before a name ("the Spokesperson", "Mr. Wu"), no word of the name. */
const nameLead = (w: string) => w === 'the' || HONORIFICS.has(w);
/**
 * The words of a name without honorifics and titles before it ("Colonel Wu" → wu); a body named for
 * its holder's title keeps them ("Treasurer's Office" is not "Prime Minister's Office").
 */
const nameWordsOf = (s: string) => {
  const all = words(s).filter((w) => !nameLead(w));
  if (ORG_HEADS.has(all[all.length - 1] ?? '')) return all;
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

/** The gender "he" or "she" asks for, else null. */
const pronounGender = (pronoun: string): 'female' | 'male' | null =>
  pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;

/** Can the pronoun refer to the speaker? `strict` also heeds a gender guessed from a first name. */
function pronounFits(pronoun: string, c: Cluster, strict: boolean): boolean {
  const gender = pronounGender(pronoun);
  if (gender) return c.kind === 'person' && genderFits(c.gender, gender, strict);
  if (pronoun === 'it') return c.kind === 'organization' || c.kind === 'unnamed';
  return true; // they, we, I
}

/** The latest sentence-subject person of a fitting gender strictly between `after` and `before` (people sorted). */
function nearestPerson(
  people: readonly NamedPerson[],
  before: number,
  after: number,
  gender: 'female' | 'male' | null,
  fits: (p: NamedPerson) => boolean = (p) => p.subject,
): NamedPerson | null {
  for (
    let k = lowerBound(people.length, (i) => people[i]!.start >= before) - 1;
    k >= 0 && people[k]!.start > after;
    k--
  ) {
    const p = people[k]!;
    if (fits(p) && (!gender || genderFits(p.gender, gender, true))) return p;
  }
  return null;
}

/**
 * The title a speaker is shown with: the first one given, or a later one that holds all its words
 * and the same head ("Minister", then "Union Minister of Jal Resources").
 */
function fullerTitle(known: string | null, next: string | null | undefined): string | null {
  if (!known || !next) return known ?? next ?? null;
  const had = words(known);
  const now = words(next);
  const fuller = now.length > had.length && had.every((w) => now.includes(w)) && titleHead(known) === titleHead(next);
  return fuller ? next : known;
}

/** Letters a demonym shares with its country's name ("Japan-ese", "Vald-ish" of "Vald-ia"). */
const SIDE_STEM = 4;

/**
 * Can a description with a side of its own ("the Japanese foreign minister": one capitalised word
 * before the title) refer to the speaker? Only one printed with that side somewhere.
 */
function sameSide(c: Cluster, m: Mention): boolean {
  const side = m.phrase.kind === 'description' ? m.phrase.organization : null;
  if (!side || !/^\p{Lu}[\p{L}-]+$/u.test(side)) return true;
  // "Japanese" is the side of "… of Japan": a word of the speaker's that opens as the side does.
  const stem = side.toLowerCase().slice(0, SIDE_STEM);
  return words(`${c.name} ${c.title ?? ''} ${c.organization ?? ''}`).some((w) => w.startsWith(stem));
}

/** A pronoun inside someone's own quoted words: whose words (`quoter`) and where they start. */
export interface OwnWords {
  quoter: Mention;
  from: number;
}

/** How far back (in characters) a pronoun in someone's own words looks for a person named as an object. */
const OWN_WORDS_REACH = 300;

/** How many distinct fuller names per name word are kept; more than one that disagree means no extension. */
const MAX_FULLER = 4;

/** A title, an honorific, or a title's capitals ("PM", "FM": never "Pm" in a name). */
const isTitleWord = (w: string) =>
  titleWord(w.toLowerCase()) || nameLead(w.toLowerCase().replace(/\.$/, '')) || spelledTitle(w) !== null;

/** A person's name as printed, after any title ("Harbour Commissioner Ruth Alvarez" → "Ruth Alvarez"). */
function bareName(printed: string): string | null {
  let all = printed.split(/\s+/).filter(Boolean);
  // "CHARLOTTE — Ana Ruiz": what stands before a dash (a dateline) is not part of the name.
  for (let k = all.length - 1; k >= 0; k--) {
    if (/\p{L}/u.test(all[k]!)) continue;
    all = all.slice(k + 1);
    break;
  }
  let lastTitle = all.length - 1;
  while (lastTitle >= 0 && !isTitleWord(all[lastTitle]!)) lastTitle--;
  let first = lastTitle + 1;
  // "Affairs Ana Quill" of "Minister of Foreign Affairs Ana Quill": the office's last words are none of her name.
  while (all.length - first > 2 && OFFICE_WORDS.has(all[first]!.toLowerCase())) first++;
  const parts = all.slice(first);
  if (parts.length < 2 || !parts.every((w) => /^\p{Lu}/u.test(w))) return null;
  return parts.join(' ');
}

/** A named person's name without title: as its finder read it, else as printed after any title. */
const personName = (text: string, p: NamedPerson): string | null => p.name ?? bareName(text.slice(p.start, p.end));

/** A name of one word, a hyphenated surname counted as one ("Brenner", "Okonkwo-Reyes"). */
function loneSurname(c: Cluster): boolean {
  if (c.nameWords.length === 1) return true;
  const printed = hyphenWords(c.name).filter((w) => !nameLead(w) && !titleWord(w));
  return printed.length === 1 && printed[0]!.includes('-') && words(printed[0]!).length === c.nameWords.length;
}

/**
 * "Brenner said …" where the text names "Tomas Brenner" elsewhere (even outside any attribution):
 * a person speaker named by surname alone takes the fullest form of it, when the fuller forms agree.
 */
function extendNames(text: string, clusters: readonly Cluster[], people: readonly NamedPerson[]): void {
  // Fuller forms by their last name word; each with the first apposition found around it.
  type Form = { name: string; words: string[]; from: NamedPerson };
  /** Fuller forms by one of their name words, each by its name in lower case. */
  type FormsByWord = Map<string, Map<string, Form>>;
  const fuller: FormsByWord = new Map();
  // "Foreign Minister Wang Lei … Wang said": a titled name may print its family name first.
  const familyFirst: FormsByWord = new Map();
  const file = (byWord: FormsByWord, word: string, name: string, words: string[], p: NamedPerson) => {
    const forms = byWord.get(word) ?? new Map<string, Form>();
    const known = forms.get(name.toLowerCase());
    if (known && !known.from.title && p.title) known.from = p;
    else if (!known && forms.size < MAX_FULLER) forms.set(name.toLowerCase(), { name, words, from: p });
    byWord.set(word, forms);
  };
  for (const p of people) {
    const name = personName(text, p);
    if (!name) continue;
    const words = nameWordsOf(name);
    const last = words[words.length - 1];
    if (!last) continue;
    file(fuller, last, name, words, p);
    if (p.title && words.length > 1) file(familyFirst, words[0]!, name, words, p);
  }
  for (const c of clusters) {
    // Only a lone surname is extended: a two-word name is already a name, and the words a run
    // adds in front of it are as often an office ("Fisheries Ana Quell") as a first name.
    if (!c.named || c.kind !== 'person' || !loneSurname(c)) continue;
    const fullerForms = (byWord: FormsByWord, word: string) =>
      [...(byWord.get(word)?.values() ?? [])].filter(
        (f) => f.words.length > 1 && compatibleNames(c.nameWords, f.words),
      );
    const surname = fullerForms(fuller, c.nameWords[c.nameWords.length - 1]!);
    // A name ending in the word comes first; a titled one opening with it only where none does.
    const candidates = (surname.length ? surname : fullerForms(familyFirst, c.nameWords[0]!)).sort(
      (a, b) => b.words.length - a.words.length,
    );
    const best = candidates[0];
    // Two fuller forms that disagree ("Mary Reed", "John Reed") leave the name as it is.
    if (!best || !candidates.every((f) => compatibleNames(f.words, best.words))) continue;
    c.name = best.name;
    c.nameWords = best.words;
    c.title ??= best.from.title ?? null;
    c.organization ??= best.from.organization ?? null;
  }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * "Sen. Ana Ruiz (D-Ore.) questioned him: “…,” she said": every place the text names a person
 * speaker joins its mentions, when no other speaker shares the name's last word.
 */
function nameAliases(text: string, clusters: readonly Cluster[], people: readonly NamedPerson[]): void {
  const byLast = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (!c.named || c.kind !== 'person') continue;
    const last = c.nameWords[c.nameWords.length - 1];
    if (last) byLast.set(last, [...(byLast.get(last) ?? []), c]);
  }
  for (const p of people) {
    const nw = nameWordsOf(text.slice(p.start, p.end));
    const owners = (byLast.get(nw[nw.length - 1] ?? '') ?? []).filter((c) => compatibleNames(c.nameWords, nw));
    if (owners.length !== 1) continue;
    const c = owners[0]!;
    // "Our guest is Ana Ruiz, chief economist of the Grain Council.": her title, wherever it is given.
    const title = fullerTitle(c.title, p.title);
    if (title !== c.title) {
      c.title = title;
      c.organization ??= p.organization ?? null;
    }
    if (c.mentions.some((m) => overlaps(m.span, p)) || c.namedAt.some((s) => overlaps(s, p))) continue;
    c.namedAt.push({ start: p.start, end: p.end });
  }
}

/** A person the text names with a title ("Secretary-General Ana Ruiz", "the port's chair, Ana Ruiz,"). */
interface Holder {
  name: string;
  title: string;
  gender: Gender | null;
  start: number;
  /** Marked as another side's: "President Ana Ruiz of Vestmark", "Vestmark's President Ana Ruiz". */
  other: boolean;
}

/**
 * A capitalised word that is no title ("Vestmark", "Vestmark's", "U.S."), not the first of its
 * sentence, on the title's line: "… on Sunday.\n\nMayor Ana Ruiz" has no place before the title.
 */
const PLACE_BEFORE = /[\p{Ll},][ \t]+(\p{Lu}[\p{L}\p{M}.-]*?)(?:['’]s)?[ \t]+$/u;
/** A sentence's last word with its full stop ("Sunday."), not an abbreviation ("U.S."). */
const SENTENCE_END_WORD = /^[^.]+\.$/;

/** "of Vestmark", "of the Vorland Republic" after a name; its first capitalised word. */
const OF_PLACE = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*)/u;

/** What follows "of" in a title: "President of (the) Vestmark". */
const TITLE_OF = /\bof\s+(?:the\s+)?(.+)$/;
/** Nouns for a state itself, which "of the Republic" names without naming which. */
const POLITY_NOUNS = new Set(['republic', 'nation', 'country', 'kingdom', 'federation', 'union', 'commonwealth']);

/**
 * "of Vestmark" after a name, or a place before its title ("Vestmark's Governor Ana Ruiz", "Vestmark
 * President Ana Ruiz"), marks a holder of another side; "of the Ministry of Finance" names the
 * holder's own office, no side.
 */
function otherSide(text: string, p: NamedPerson, title: string, name: string): boolean {
  // After the name, inside the span ("President Ana Ruiz of Vestmark" as a subject) or after it.
  const at = text.slice(p.start, p.end).lastIndexOf(name);
  const nameEnd = at < 0 ? p.end : p.start + at + name.length;
  const of = OF_PLACE.exec(text.slice(nameEnd, nameEnd + 40));
  if (of) return !ORG_HEADS.has(of[1]!.toLowerCase());
  // "President of Vestmark Tom Berg": a place after the title's "of"; "of the Republic", "of
  // Foreign Affairs" name one's own state or office.
  const office = TITLE_OF.exec(title)?.[1]?.split(/\s+/) ?? [];
  const placeWord = (w: string) =>
    /^\p{Lu}/u.test(w) && ![OFFICE_WORDS, ORG_HEADS, POLITY_NOUNS].some((list) => list.has(w.toLowerCase()));
  if (office.some(placeWord)) return true;
  const words = title.split(/\s+/);
  const first = words.findIndex((w) => isTitleWord(w) || TITLE_MODIFIERS.has(w.toLowerCase()));
  // The word printed before the title, where the title is printed with the name.
  const printedTitle = first === 0 && text.startsWith(words[0]!, p.start);
  const place =
    first > 0
      ? words[first - 1]!
      : printedTitle
        ? PLACE_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start))?.[1]
        : null;
  if (place && SENTENCE_END_WORD.test(place)) return false;
  return !!place && /^\p{Lu}/u.test(place) && !PORTFOLIOS.has(place.toLowerCase()) && !isTitleWord(place);
}

/** A title and the link word of its office ending the text before a name: "Minister of ", "Commissioner for ". */
const OFFICE_LINK_BEFORE = /(\p{L}+)\s+(?:of|for)\s+$/u;

/**
 * Is the title word at `start` the field of an office before it ("Minister of Justice Paul Berg")?
 * After "supporters of", "a spokesman for", it is the person's own title.
 */
const officeField = (text: string, start: number) => {
  const before = OFFICE_LINK_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return !!before && titleWord(before[1]!.toLowerCase());
};

/** Title heads and every person printed with one, in text order. */
function titleHolders(text: string, people: readonly NamedPerson[]): Map<string, Holder[]> {
  const out = new Map<string, Holder[]>();
  for (const p of people) {
    const printed = text.slice(p.start, p.end);
    const name = personName(text, p);
    if (!name) continue;
    const title = withRankBefore(text, p.start, p.title ?? printed.slice(0, printed.length - name.length).trim());
    const head = titleHead(title);
    // "Minister of Justice Paul Berg": a title word after "of" is the office's field, not his title.
    if (!head || !titleWord(head) || (!p.title && officeField(text, p.start))) continue;
    const other = otherSide(text, p, title, name);
    out.set(head, [...(out.get(head) ?? []), { name, title, gender: p.gender ?? null, start: p.start, other }]);
  }
  return out;
}

/** "Deputy Minister Lea Hart" found as "Minister Lea Hart": the rank word printed just before is the title's. */
function withRankBefore(text: string, start: number, title: string): string {
  const rank = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return rank && RANK_WORDS.has(rank.toLowerCase()) && /^\p{Lu}/u.test(rank) && title ? `${rank} ${title}` : title;
}

/**
 * Of holders who disagree, the ones whose title is the bare title itself: in "Minister Ida Moss spoke
 * with Foreign Minister Jan Kral. The Minister urged …", "the Minister" is Moss ("Foreign" is Kral's
 * alone). The bare title's words are `titleWords` (the article left out).
 */
function holdersOfExactly(list: readonly Holder[], titleWords: readonly string[]): Holder[] {
  const bare = new Set(titleWords.filter((w) => w !== 'the'));
  const exact = (h: Holder) => {
    const held = new Set(aliasedTitleWords(h.title));
    return held.size === bare.size && [...held].every((w) => bare.has(w));
  };
  // "Trade Minister Jon Vale" is also found as "Minister Jon Vale": his fuller title counts.
  const fuller = list.filter((h) => !exact(h)).map((h) => nameWordsOf(h.name));
  return list.filter((h) => exact(h) && !fuller.some((words) => compatibleNames(nameWordsOf(h.name), words)));
}

/** The holder when all of `list` name one person (the fullest form), else null. */
function agreed(list: readonly Holder[]): Holder | null {
  if (!list.length) return null;
  const fullest = list.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  const words = nameWordsOf(fullest.name);
  return list.every((h) => compatibleNames(nameWordsOf(h.name), words)) ? fullest : null;
}

/**
 * Which holder a bare title at `at` refers to: the statement's own holder named before it, else
 * another side's named before it, else its own named after it; two names that disagree leave it
 * to no one.
 */
function holderAt(list: readonly Holder[], at: number): Holder | null {
  const own = list.filter((h) => !h.other);
  const before = (xs: readonly Holder[]) => xs.filter((h) => h.start < at);
  const ownBefore = before(own);
  if (ownBefore.length) return agreed(ownBefore);
  const otherBefore = before(list.filter((h) => h.other));
  return otherBefore.length ? agreed(otherBefore) : agreed(own);
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
  /** The name without its title, where the finder knows it ("Secretary of State Ana Ruiz" → "Ana Ruiz"). */
  name?: string | null;
  /** Title and organisation of an apposition before the name ("Y's chief engineer, Ana Ruiz,"). */
  title?: string | null;
  organization?: string | null;
  gender?: Gender | null;
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
  private readonly clusterOf = new Map<Mention, Cluster>();

  constructor(
    private readonly text: string,
    private readonly people: readonly NamedPerson[],
    /** "A spokesperson for X rejected …": holders introduced by an indefinite description, by start. */
    private readonly introduced: readonly Mention[] = [],
    /** Pronouns inside someone's own quoted words, with the mention of whose words they are. */
    private readonly quotedBy: ReadonlyMap<Mention, OwnWords> = new Map(),
  ) {}

  /**
   * "A spokesperson for Vireo's ministry rejected the claim. … the spokesperson said": the latest
   * holder introduced before `at` (within reach) under the title `head` with all of `titleWords`.
   */
  private introducedHolder(at: number, head: string, titleWords: readonly string[]): Mention | null {
    for (let k = lowerBound(this.introduced.length, (i) => this.introduced[i]!.span.start >= at) - 1; k >= 0; k--) {
      const m = this.introduced[k]!;
      if (at - m.span.start > ANTECEDENT_REACH) return null;
      const words = aliasedTitleWords(m.phrase.title);
      if (titleHead(m.phrase.title) === head && titleWords.every((w) => words.includes(w))) return m;
    }
    return null;
  }

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
    this.clusterOf.set(m, c);
    c.last = Math.max(c.last, m.span.start);
    if (this.recent[this.recent.length - 1] !== c) {
      this.recent.push(c);
      this.slot.set(c, this.recent.length - 1);
    }
    c.title = fullerTitle(c.title, m.phrase.title);
    c.gender = surer(c.gender, m.phrase.gender);
    for (const title of [m.phrase.title, m.phrase.appositionTitle ?? null]) {
      const head = titleHead(title);
      if (head) c.titleHeads.add(head);
      for (const w of aliasedTitleWords(title)) c.titleWords.add(w);
    }
    c.organization ??= m.phrase.organization;
  }

  open(name: string, nameWords: string[], named: boolean, kind: SpeakerKind): Cluster {
    const fresh: Cluster = {
      name,
      nameWords,
      named,
      kind,
      title: null,
      titleHeads: new Set(),
      titleWords: new Set(),
      organization: null,
      mentions: [],
      namedAt: [],
      gender: null,
      last: -1,
    };
    this.clusters.push(fresh);
    if (named) this.indexName(fresh);
    return fresh;
  }

  /**
   * "he", "she", "it", "they": the nearest compatible speaker, or a person named as a subject since.
   * `attachOnly` never opens a speaker.
   */
  addPronoun(m: Mention, attachOnly: boolean): void {
    const pronoun = this.text.slice(m.span.start, m.span.end).toLowerCase();
    // "“I told him, and he said no,” Roe said": in her own words, "he" is someone else.
    const ownWords = this.quotedBy.get(m);
    const quoter = ownWords?.quoter;
    // The quoter credited after the quote ("…,” Roe said) is known by name before her mention is read.
    const own =
      quoter &&
      (this.clusterOf.get(quoter) ??
        (quoter.phrase.kind === 'name' ? this.named(nameWordsOf(quoter.phrase.name!)) : undefined));
    // A gender guessed from a first name decides only between speakers, never rules out the last one.
    const c =
      this.nearest(m.span.start, (x) => x !== own && pronounFits(pronoun, x, true)) ??
      this.nearest(m.span.start, (x) => x !== own && pronounFits(pronoun, x, false));
    const gender = pronounGender(pronoun);
    // A person the text names who is not the quoter; named after the quote and not yet a speaker
    // ("…,” Ruth Roe said), the quoter is known by her name.
    const quoterName = quoter?.phrase.kind === 'name' ? nameWordsOf(quoter.phrase.name!) : null;
    const other = (p: NamedPerson) => {
      if (!quoter) return true;
      const nw = nameWordsOf(this.text.slice(p.start, p.end));
      return own ? this.named(nw) !== own : !quoterName || !compatibleNames(nw, quoterName);
    };
    // A person named as a sentence subject after the last speaker's mention is nearer.
    const person = gender ? this.personBefore(m.span.start, gender, c, ownWords, other) : null;
    // "The Secretary-General condemns …. He calls on …": a title standing as a subject since is nearer still.
    const titled =
      gender && !attachOnly ? this.titledSubjectSince(m.span.start, person?.start ?? c?.last, gender) : null;
    const target = titled && this.addDescription(titled, false);
    if (target) {
      if (target !== own) this.add(target, m);
    } else if (person) {
      const printed = this.text.slice(person.start, person.end);
      const name = personName(this.text, person) ?? printed;
      const nw = nameWordsOf(name);
      const known = this.named(nw);
      if ((!known && attachOnly) || (known && known === own)) return;
      const target = known ?? this.open(name, nw, true, 'person');
      target.gender = surer(target.gender, person.gender);
      // "Harbour Commissioner Ruth Alvarez": the words printed before the name are her title.
      const printedTitle = person.title ?? printed.slice(0, printed.length - name.length).trim();
      if (titleWord(titleHead(printedTitle) ?? '')) target.title ??= printedTitle;
      this.add(target, m);
    } else if (c) this.add(c, m);
  }

  /**
   * The person "he" or "she" at `at` stands for among those the text names: in someone's own words,
   * one named earlier in them ("“I met Ana Roe, and she told me …”"); else a sentence subject since
   * the nearest speaker `c`; else, in someone's own words, one named just before them.
   */
  private personBefore(
    at: number,
    gender: 'female' | 'male',
    c: Cluster | null,
    ownWords: OwnWords | undefined,
    other: (p: NamedPerson) => boolean,
  ): NamedPerson | null {
    const people = this.people;
    return (
      (ownWords ? nearestPerson(people, at, ownWords.from - 1, gender, other) : null) ??
      nearestPerson(people, at, c ? c.last : at - ANTECEDENT_REACH, gender, (p) => p.subject && other(p)) ??
      (ownWords && !c ? nearestPerson(people, at, at - OWN_WORDS_REACH, gender, (p) => !!p.gender && other(p)) : null)
    );
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
  addDescription(m: Mention, attachOnly: boolean): Cluster | null {
    // "the ministry's statement" is described by its owner's words, "the ministry".
    const verbatim = m.phrase.description ?? this.text.slice(m.span.start, m.span.end);
    // "the consulate in Lyon" is a consulate: the place after "in" is not its head.
    // "the minister for trade", "the head of the unit": a title before a link word is the head.
    const described = hyphenWords(verbatim.replace(PLACE_TAIL, ''));
    const link = described.findIndex((w, i) => i > 0 && NP_LINKS.has(w) && titleWord(described[i - 1]!));
    const last = (link > 0 ? described[link - 1] : described.pop()) ?? '';
    // "the PM", "the Head of State" refer by the head of the title they stand for.
    const spelled = TITLE_ABBREVIATIONS.get(last) ?? OFFICE_PHRASES.get(verbatim.toLowerCase().replace(/^the\s+/, ''));
    const head = (spelled && titleHead(spelled)) || sameOffice(last)!;
    const definite = /^the\b/i.test(verbatim);
    // A person is "the spokesman" by a title's head; a body is "the ministry" by any word of its name
    // but a title ("the Prime Minister" is no "Prime Minister's Office").
    const titleWords = aliasedTitleWords(m.phrase.title);
    // "the President" is no "Vice President": a rank word stands in both titles or in neither.
    const ranked = (x: Cluster) => [...x.titleWords].some((w) => RANK_WORDS.has(w) && !titleWords.includes(w));
    const describes = (x: Cluster) =>
      x.kind === 'person'
        ? x.titleHeads.has(head) && titleWords.every((w) => x.titleWords.has(w)) && !ranked(x)
        : !titleWord(head) && hyphenWords(`${x.name} ${x.title ?? ''} ${x.organization ?? ''}`).includes(head);
    const c = definite
      ? ((kindOf(m) === 'person' && titleWord(head)
          ? this.localHolder(head, m.span.start, attachOnly, titleWords)
          : null) ??
        this.nearest(m.span.start, describes) ??
        (titleWord(head) ? this.holder(head, m.span.start, attachOnly, titleWords) : null))
      : (this.byDescription.get(verbatim.toLowerCase()) ?? null);
    if (c && !sameSide(c, m)) return this.addDescriptionOfOtherSide(m, verbatim, attachOnly);
    if (c) this.add(c, m);
    else if (!attachOnly) {
      const introduced =
        definite && kindOf(m) === 'person' ? this.introducedHolder(m.span.start, head, titleWords) : null;
      if (introduced) {
        const printed = this.text.slice(introduced.span.start, introduced.span.end);
        const fresh = this.open(printed, [], false, 'person');
        this.byDescription.set(printed.toLowerCase(), fresh);
        this.add(fresh, introduced);
        this.add(fresh, m);
        return fresh;
      }
      const fresh = this.open(verbatim, [], false, kindOf(m));
      this.byDescription.set(verbatim.toLowerCase(), fresh);
      this.add(fresh, m);
      return fresh;
    } else if (definite && kindOf(m) === 'person' && titleWord(head)) this.titledSubjects.push(m);
    return c;
  }

  /** "the Japanese foreign minister" beside a foreign minister of no stated side: a speaker of its own. */
  private addDescriptionOfOtherSide(m: Mention, verbatim: string, attachOnly: boolean): Cluster | null {
    if (attachOnly) return null;
    const key = verbatim.toLowerCase();
    const c = this.byDescription.get(key) ?? this.open(verbatim, [], false, kindOf(m));
    this.byDescription.set(key, c);
    this.add(c, m);
    return c;
  }

  /** "The Secretary-General" as a sentence subject that no speaker was yet: a possible antecedent of "he". */
  private readonly titledSubjects: Mention[] = [];

  /** The latest titled subject of a fitting gender after `after` (else within reach) and before `before`. */
  private titledSubjectSince(before: number, after: number | undefined, gender: 'female' | 'male'): Mention | null {
    const floor = after ?? before - ANTECEDENT_REACH;
    for (let k = this.titledSubjects.length - 1; k >= 0; k--) {
      const m = this.titledSubjects[k]!;
      if (m.span.start <= floor) return null;
      if (m.span.start < before && genderFits(m.phrase.gender, gender, true)) return m;
    }
    return null;
  }

  /**
   * "the Secretary-General" at `at` where the text names the holder ("Secretary-General Ana Ruiz",
   * even in no attribution; `holderAt` says which): that person's speaker, opened unless `attachOnly`.
   */
  holder(head: string, at: number, attachOnly: boolean, titleWords: readonly string[] = []): Cluster | null {
    // "the Prime Minister" is no "Foreign Minister": every word of the bare title is the holder's.
    const holders = this.holdersOf(head)?.filter((h) => holdsTitle(h.title, titleWords));
    const person = holders && (holderAt(holders, at) ?? holderAt(holdersOfExactly(holders, titleWords), at));
    return person ? this.speakerOf(person, head, attachOnly) : null;
  }

  /**
   * "Q: President Ana Lind of Vestmark met you today. The President said …": a bare title refers to
   * the one holder its own paragraph names before it, whichever side that holder is on; null where
   * the paragraph names none, or two who disagree ("President X spoke with President Y. The President …").
   */
  localHolder(head: string, at: number, attachOnly: boolean, titleWords: readonly string[]): Cluster | null {
    const paragraphStart = this.text.lastIndexOf('\n', at) + 1;
    const local = this.holdersOf(head)?.filter(
      (h) => h.start >= paragraphStart && h.start < at && holdsTitle(h.title, titleWords),
    );
    const person = local && (agreed(local) ?? agreed(holdersOfExactly(local, titleWords)));
    return person ? this.speakerOf(person, head, attachOnly) : null;
  }

  /** The named holder's speaker: the one known by the name, else opened unless `attachOnly`. */
  private speakerOf(person: Holder, head: string, attachOnly: boolean): Cluster | null {
    const nw = nameWordsOf(person.name);
    const known = this.named(nw);
    if (known || attachOnly) return known ?? null;
    const fresh = this.open(person.name, nw, true, 'person');
    fresh.title = person.title;
    fresh.titleHeads.add(head);
    fresh.gender = person.gender;
    return fresh;
  }

  private holders: Map<string, Holder[]> | null = null;
  private holdersOf(head: string): Holder[] | undefined {
    this.holders ??= titleHolders(this.text, this.people);
    return this.holders.get(head);
  }

  /**
   * "a spokesperson with the ministry" early on, named later: the same speaker when the named
   * one has that title and the description is its only kind of mention.
   */
  mergeByTitle(): void {
    const byTitleWord = new Map<string, Cluster[]>();
    for (const c of this.clusters) {
      if (!c.named || c.kind !== 'person') continue;
      for (const w of c.titleHeads) byTitleWord.set(w, [...(byTitleWord.get(w) ?? []), c]);
    }
    for (const c of this.clusters) {
      if (c.named || c.mentions.length === 0) continue;
      const head = titleHead(c.mentions[0]!.phrase.title);
      if (!head) continue;
      // Where the text names holders of the title, the one `holderAt` chooses, if a speaker; the
      // holder's title has every word of the description's ("the PM" is no "Foreign Minister").
      const words = hyphenWords(c.mentions[0]!.phrase.title);
      const holders = this.holdersOf(head)?.filter((h) => words.every((w) => hyphenWords(h.title).includes(w)));
      const at = c.mentions[0]!.span.start;
      const holder = holders && (holderAt(holders, at) ?? holderAt(holdersOfExactly(holders, words), at));
      // Without holders, a named speaker whose title has every word of it ("PRIME MINISTER" is no "MINISTER ROE").
      const aliased = aliasedTitleWords(c.mentions[0]!.phrase.title);
      const target = holders
        ? holder && this.named(nameWordsOf(holder.name))
        : byTitleWord.get(head)?.find((x) => aliased.every((w) => x.titleWords.has(w)));
      if (!target || !sameSide(target, c.mentions[0]!)) continue;
      pushAll(target.mentions, c.mentions);
      c.mentions = [];
    }
  }
}

/**
 * Whether a holder's title is the bare title of `titleWords`: every word of it, and no rank word it
 * lacks ("the minister" is no "Deputy Minister", "the President" no "Vice President").
 */
function holdsTitle(title: string | null, titleWords: readonly string[]): boolean {
  const held = aliasedTitleWords(title);
  return titleWords.every((w) => held.includes(w)) && !held.some((w) => RANK_WORDS.has(w) && !titleWords.includes(w));
}

/** A word printed in capitals: "RUIZ", "O'BRIEN-HALE", "McDONALD" (a capital after "Mc" or "Mac" included). */
const SHOUTED = /^(?:Ma?c)?[\p{Lu}\p{M}'’.-]*\p{Lu}[\p{Lu}\p{M}'’.-]*$/u;
const ROMAN = /^[IVX]+$/;
/** Initials ("J.R.", "A.") are capitals in any name: never a sign of one printed in capitals. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const isShouted = (w: string): boolean => SHOUTED.test(w) && !INITIALS.test(w);

/** "RUIZ" → "Ruiz", "O'BRIEN-HALE" → "O'Brien-Hale", "McDONALD" → "McDonald"; `inner` particles lower-case ("van der"). */
function normalCase(word: string, inner: boolean): string {
  if (inner && NAME_PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
  const mc = /^Ma?c(?=\p{Lu})/u.exec(word)?.[0] ?? '';
  const rest = word.slice(mc.length).toLowerCase();
  return mc + rest.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Where the text itself prints `name` in mixed case ("Ms de Wit" beside a label "Ms DE WIT:"), that spelling. */
function printedInMixedCase(text: string, name: string): string | null {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${words.join('\\s+')}(?![\\p{L}\\p{M}])`, 'giu');
  for (const m of text.matchAll(pattern)) if (!hasShoutedWord(m[0].split(/\s+/))) return m[0].replace(/\s+/g, ' ');
  return null;
}

const hasShoutedWord = (ws: readonly string[]): boolean =>
  ws.some((w) => w.length > 1 && isShouted(w) && !ROMAN.test(w));

/**
 * A person's name printed in capitals (a transcript label "MS. RUIZ:") in normal case: as the
 * text prints it elsewhere, else word by word; roman numerals ("III") and names already in mixed
 * case stay as printed.
 */
function displayName(c: Cluster, text: string): string {
  const { name } = c;
  const ws = name.split(' ');
  // A body printed in capitals in a heading ("MINISTRY OF FOREIGN AFFAIRS"): as the text prints it
  // elsewhere, if it does; its letters are no guide to its case (acronyms).
  if (c.kind === 'organization' && ws.length > 1 && ws.every((w) => !/\p{Ll}/u.test(w)))
    return printedInMixedCase(text, name) ?? name;
  // A role ("MODERATOR:") is a description as printed, no name.
  if (c.kind !== 'person' || !c.named || !hasShoutedWord(ws)) return name;
  return (
    printedInMixedCase(text, name) ??
    ws.map((w, i) => (isShouted(w) && !(i > 0 && ROMAN.test(w)) ? normalCase(w, i > 0) : w)).join(' ')
  );
}

/** Link words of a title, lower case inside it: "Assistant Secretary for European Affairs". */
const TITLE_LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'to', 'in']);
/** A word of three capitals or fewer, no dot, in a title printed in capitals may be letters ("CEO", "MP"): it stays. */
const LETTERS = /^\p{Lu}{1,3}$/u;

/**
 * A named person's title printed in capitals ("ASSISTANT SECRETARY FOR EUROPEAN AFFAIRS",
 * "ADMINISTRATOR", a heading's or a label's) in normal case: as the text prints it elsewhere, else word by
 * word, link words in lower case and short words as printed. (A role label's, "THE CONVENER:", is
 * left as its name is printed: the caller passes only named people's.)
 */
function displayTitle(title: string | null, text: string): string | null {
  if (!title) return title;
  const ws = title.split(' ');
  if ((ws.length < 2 && LETTERS.test(title)) || /\p{Ll}/u.test(title)) return title;
  return (
    printedInMixedCase(text, title) ??
    ws
      .map((w, i) =>
        TITLE_LINKS.has(w.toLowerCase())
          ? i > 0
            ? w.toLowerCase()
            : normalCase(w, false)
          : LETTERS.test(w)
            ? w
            : normalCase(w, false),
      )
      .join(' ')
  );
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
    for (const { start, end } of [...c.mentions.map((m) => m.span), ...c.namedAt].sort((a, b) => a.start - b.start)) {
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ text: text.slice(start, end), start, end });
    }
    const name = displayName(c, text);
    return {
      id,
      name,
      kind: c.kind,
      title: c.named ? displayTitle(c.title, text) : c.title,
      organization: c.organization,
      mentions: spans,
    };
  });
  return { speakers, idOf };
}

/**
 * Speakers from the mentions in text order: names, pronouns and descriptions each join the
 * speaker their pass finds. `described` are definite descriptions and pronouns that credit no
 * quote ("The governor will visit …", "she said" inside a reported clause): they join the nearest
 * speaker they describe and never open one.
 */
export function resolveSpeakers(
  text: string,
  mentions: readonly Mention[],
  people: readonly NamedPerson[] = [],
  described: readonly Mention[] = [],
  introduced: readonly Mention[] = [],
  quotedBy: ReadonlyMap<Mention, OwnWords> = new Map(),
): ResolvedSpeakers {
  const attachOnly = new Set(described);
  const index = new SpeakerIndex(text, people, introduced, quotedBy);
  for (const m of [...mentions, ...described].sort((a, b) => a.span.start - b.span.start)) {
    if (m.phrase.kind === 'pronoun') index.addPronoun(m, attachOnly.has(m));
    else if (m.phrase.kind === 'name') index.addName(m);
    else index.addDescription(m, attachOnly.has(m));
  }
  index.mergeByTitle();
  // Merged by title later ("the mayor" … "Calloway"), a speaker may still hold "he" in her own words.
  for (const c of index.clusters) {
    const own = new Set(c.mentions);
    c.mentions = c.mentions.filter((m) => {
      const quoter = quotedBy.get(m)?.quoter;
      return !quoter || !own.has(quoter);
    });
  }
  const live = index.clusters.filter((c) => c.mentions.length > 0);
  extendNames(text, live, people);
  nameAliases(text, live, people);
  return output(text, live);
}
