// Speakers from the mentions that licensed quotes: names merged by shared name words ("Wu" with
// "Wu Qian"), descriptions ("the spokesperson", "the ministry") and pronouns resolved to the
// nearest compatible speaker before them.
import type { SpeakerKind, SpeakerOut, TextSpan } from '../types.js';
import type { Mention } from './context.js';

interface Cluster {
  name: string;
  /** Lower-case words of the fullest name. */
  nameWords: string[];
  named: boolean;
  kind: SpeakerKind;
  title: string | null;
  organization: string | null;
  mentions: Mention[];
  /** Offset of the latest mention, for "nearest before". */
  last: number;
}

const words = (s: string | null): string[] => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'dr', 'the']);
const nameWordsOf = (s: string) => words(s).filter((w) => !HONORIFICS.has(w));

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

/** The latest sentence-subject person strictly between `after` and `before`. */
function nearestPerson(people: readonly NamedPerson[], before: number, after: number): NamedPerson | null {
  let best: NamedPerson | null = null;
  for (const p of people) {
    if (p.start >= before) break;
    if (p.start > after && p.subject) best = p;
  }
  return best;
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
}

/** How far back (in characters) a pronoun looks for a named person. */
const ANTECEDENT_REACH = 1500;

export function resolveSpeakers(text: string, mentions: readonly Mention[], people: readonly NamedPerson[] = []): ResolvedSpeakers {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<Mention, Cluster>();
  const nearest = (at: number, fits: (c: Cluster) => boolean) => {
    let best: Cluster | null = null;
    for (const c of clusters) if (c.last <= at && fits(c) && (!best || c.last > best.last)) best = c;
    return best;
  };
  const add = (c: Cluster, m: Mention) => {
    c.mentions.push(m);
    c.last = Math.max(c.last, m.span.start);
    c.title ??= m.phrase.title;
    c.organization ??= m.phrase.organization;
    clusterOf.set(m, c);
  };
  const open = (name: string, nameWords: string[], named: boolean, kind: SpeakerKind): Cluster => {
    const fresh: Cluster = { name, nameWords, named, kind, title: null, organization: null, mentions: [], last: -1 };
    clusters.push(fresh);
    return fresh;
  };
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
  for (const m of sorted) {
    const { phrase } = m;
    const verbatim = text.slice(m.span.start, m.span.end);
    if (phrase.kind === 'pronoun') {
      const pronoun = verbatim.toLowerCase();
      const c = nearest(m.span.start, (x) => pronounFits(pronoun, x));
      // A person named as a sentence subject after the last speaker's mention is nearer.
      const named = pronoun === 'he' || pronoun === 'she' ? nearestPerson(people, m.span.start, c ? c.last : m.span.start - ANTECEDENT_REACH) : null;
      if (named) {
        const nw = nameWordsOf(text.slice(named.start, named.end));
        const known = clusters.find((x) => x.named && compatibleNames(x.nameWords, nw));
        add(known ?? open(text.slice(named.start, named.end), nw, true, 'person'), m);
      } else if (c) add(c, m);
      continue;
    }
    if (phrase.kind === 'name') {
      const nw = nameWordsOf(phrase.name!);
      const c = clusters.find((x) => x.named && compatibleNames(x.nameWords, nw));
      if (c) {
        if (nw.length > c.nameWords.length) {
          c.name = phrase.name!;
          c.nameWords = nw;
        }
        add(c, m);
        continue;
      }
      add(open(phrase.name!, nw, true, kindOf(m)), m);
      continue;
    }
    // A description: "the spokesperson", "the ministry", "a source".
    const head = words(verbatim).pop() ?? '';
    const definite = /^the\b/i.test(verbatim);
    const c = definite
      ? nearest(m.span.start, (x) => words(`${x.name} ${x.title ?? ''} ${x.organization ?? ''}`).includes(head))
      : clusters.find((x) => !x.named && x.name.toLowerCase() === verbatim.toLowerCase()) ?? null;
    if (c) {
      add(c, m);
      continue;
    }
    add(open(verbatim, [], false, kindOf(m)), m);
  }
  // "a spokesperson with the ministry" early on, named later: the same speaker when the named
  // one has that title and the description is its only kind of mention.
  for (const c of clusters) {
    if (c.named || c.mentions.length === 0) continue;
    const head = words(c.mentions[0]!.phrase.title ?? '').pop();
    if (!head) continue;
    const target = clusters.find((x) => x.named && x.kind === 'person' && words(x.title).includes(head));
    if (target) {
      for (const m of c.mentions) clusterOf.set(m, target);
      target.mentions.push(...c.mentions);
      c.mentions = [];
    }
  }
  const live = clusters.filter((c) => c.mentions.length > 0);
  live.sort((a, b) => Math.min(...a.mentions.map((m) => m.span.start)) - Math.min(...b.mentions.map((m) => m.span.start)));
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
