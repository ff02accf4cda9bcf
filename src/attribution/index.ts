// Who said what: direct and reported quotes, their speakers, and the rule that linked each.
//
// Stages: candidates (transcript turns, quoted spans, epigraphs, reported clauses with the pass
// that found them) → the ordered sieves of direct.ts over the open quotes (sieve.ts) → speakers
// (SpeakerIndex: names, pronouns, descriptions, titles) → nesting ("Harlan said …, Wu said").
import type { Tagged } from '../adapters/compromise.js';
import { OPENING_MARK, scanQuotes } from './quote-scan.js';
import type { AttributedQuote, Document, SpeakerOut } from '../types.js';
import {
  describe,
  genderOf,
  headlineVerb,
  isFiniteVerb,
  nameAfterOffice,
  subjectAfter,
  subjectBefore,
  type SpeakerPhrase,
} from '../mentions/speaker-np.js';
import { lowerBound } from '../document/search.js';
import { cueAt } from './cue-find.js';
import { DIRECTIVE } from '../lexicon/speech.js';
import { NP_LINKS, ORG_HEADS, PORTFOLIOS, TITLE_MODIFIERS, TITLES, VERB_FILLERS } from '../mentions/lexicon.js';
import { hasAnyTag, opensWithCapital, type Token } from '../document/tokens.js';
import { buildContext, mentionOf, tokenAt, type Context, type Found, type Mention } from './context.js';
import { DIRECT_SIEVES, dashBlockQuotes, licensing, notScareQuote, quotedCandidates, shortQuotes } from './direct.js';
import { runSieves } from './sieve.js';
import { creditDocumentIssuers } from './documents.js';
import { indirectQuotes } from './indirect.js';
import { itemsAsFollows } from './as-follows.js';
import { expandBodyAcronyms } from './acronyms.js';
import { boilerplateParagraphs } from './boilerplate.js';
import { findIssuers } from './issuers.js';
import { resolveSpeakers, type NamedPerson, type OwnWords } from './speakers.js';
import { expandAbbreviations, transcriptTurns } from './transcript.js';
import { rerankSources, type RankerWeights } from './ranker.js';
import RANKER from './ranker-weights.json' with { type: 'json' };

export interface Attribution {
  speakers: SpeakerOut[];
  quotes: AttributedQuote[];
}

/** Tokens a sentence's subject may take before its verb. */
const SUBJECT_REACH = 15;

/** "Interview given by X", "Statement issued by Y": a participle and its agent qualify the noun before them. */
const passiveModifier = (ts: readonly Token[], i: number) => ts[i]!.tags.has('Participle') && ts[i + 1]?.lower === 'by';

/** The subject phrase that opens each sentence before its first finite verb, with its paragraph. */
function sentenceSubjects(ctx: Context): Array<{ p: number; phrase: SpeakerPhrase }> {
  const out: Array<{ p: number; phrase: SpeakerPhrase }> = [];
  ctx.tokens.forEach((ts, p) => {
    for (const s of ctx.sentenceStarts[p]!) {
      const v = ts.slice(s, s + SUBJECT_REACH).findIndex((t, k) => isFiniteVerb(t) && !passiveModifier(ts, s + k));
      if (v <= 0) continue;
      const phrase = subjectBefore(ts, s + v, s);
      if (phrase && phrase.from === s) out.push({ p, phrase });
    }
  });
  return out;
}

/** Named people standing as the subject of a sentence ("Secretary Halvorsen spoke …"). */
const namedSubjects = (ctx: Context, subjects: ReturnType<typeof sentenceSubjects>): NamedPerson[] =>
  subjects
    .filter(({ phrase }) => phrase.kind === 'name' && phrase.head === 'person')
    .map(({ p, phrase }) => ({
      ...mentionOf(ctx, p, phrase).span,
      subject: true,
      name: phrase.name,
      title: phrase.title,
      organization: phrase.organization,
    }));

/** Words of a title with its modifiers ("The High Commissioner", "the Foreign Minister"). */
const MAX_TITLE_WORDS = 3;

/**
 * "The governor will visit …", "The High Commissioner condemns …": "the" and one noun or a title as
 * a sentence subject, a mention of the nearest speaker that it describes (never a speaker of its own).
 */
const describedSubjects = (ctx: Context, subjects: ReturnType<typeof sentenceSubjects>): Mention[] =>
  subjects
    .filter(
      ({ p, phrase }) =>
        phrase.kind === 'description' &&
        ctx.tokens[p]![phrase.from]!.lower === 'the' &&
        (phrase.to - phrase.from === 2 ||
          (phrase.title !== null && !phrase.organization && phrase.to - phrase.from <= MAX_TITLE_WORDS + 1)),
    )
    .map(({ p, phrase }) => mentionOf(ctx, p, phrase));

/**
 * "A spokesperson for the ministry rejected the claim": a titled holder introduced, without a name,
 * as a sentence subject; a later "the spokesperson" who speaks is that one.
 */
const introducedHolders = (ctx: Context, subjects: ReturnType<typeof sentenceSubjects>): Mention[] =>
  subjects
    .filter(
      ({ p, phrase }) =>
        phrase.kind === 'description' && phrase.title !== null && /^(a|an)$/.test(ctx.tokens[p]![phrase.from]!.lower),
    )
    .map(({ p, phrase }) => mentionOf(ctx, p, phrase));

/**
 * "she said", "added he": pronoun subjects of speech verbs, also where they credit no quote of ours
 * (inside a reported clause): mentions of the speaker they refer to.
 */
function pronounCueSubjects(ctx: Context): Mention[] {
  const out: Mention[] = [];
  ctx.tokens.forEach((ts, p) => {
    const starts = ctx.sentenceStarts[p]!;
    starts.forEach((from, k) => {
      const to = starts[k + 1] ?? ts.length;
      for (let i = from; i < to; i++) {
        const cue = cueAt(ts, i);
        if (!cue || cue.lemma === 'according') continue;
        const phrase = subjectBefore(ts, i, from) ?? subjectAfter(ts, cue.after - 1, to);
        if (phrase?.kind === 'pronoun' && THIRD_PERSON.has(ts[phrase.from]!.lower)) out.push(mentionOf(ctx, p, phrase));
      }
    });
  });
  return out;
}
const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);

/** The gender the words of [start, end) and an honorific just before them state ("Ms. Ruiz"). */
function genderAt(ctx: Context, start: number, end: number) {
  const { paragraphs } = ctx.doc;
  const p = lowerBound(paragraphs.length, (i) => paragraphs[i]!.end > start);
  if (p >= paragraphs.length) return null;
  const from = tokenAt(ctx, p, start);
  return genderOf(ctx.tokens[p]!, Math.max(0, from - 1), tokenAt(ctx, p, end));
}

const NOT_NAME_TAGS = ['Date', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Value'];
const MAX_NAME_RUN = 6;
// A headline's verb ("Minister Welcomes Trade Deal") is no word of a name.
const nameToken = (t: Token) =>
  t.word && opensWithCapital(t.text) && !/['’]s$/.test(t.text) && !hasAnyTag(t, NOT_NAME_TAGS) && !headlineVerb(t);

const MAX_APPOSITION_WORDS = 8;
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

/** "Calder's founder and chief engineer, Ana Ruiz, will …": the title and organisation set off before a name. */
function appositionBefore(
  ts: readonly Token[],
  from: number,
  to: number,
): { title: string | null; organization: string | null } {
  const none = { title: null, organization: null };
  if (ts[from - 1]?.text !== ',' || ts[to]?.text !== ',') return none;
  let k = from - 1;
  while (k > 0 && ts[k - 1]!.word && from - 1 - k < MAX_APPOSITION_WORDS) k--;
  // The apposition opens its sentence and holds no verb ("The board thanked its engineer, X," is a clause).
  if (k === from - 1 || (k > 0 && !SENTENCE_END.has(ts[k - 1]!.text))) return none;
  if (ts.slice(k, from - 1).some((t) => t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text))) return none;
  const phrase = describe(ts, k, from - 1);
  if (phrase.name || !phrase.title) return none;
  return { title: phrase.title, organization: phrase.organization?.replace(/['’]s$/, '') ?? null };
}

/**
 * "…, Ana Ruiz, chief economist of the Grain Council.": the title and organisation set off after a
 * name, up to the next comma or the sentence's end, holding no verb.
 */
function appositionAfter(ts: readonly Token[], to: number): { title: string | null; organization: string | null } {
  const none = { title: null, organization: null };
  // "Ana Roe, and the Fire Commissioner, Tom Brack": a phrase after "and" is the next person, no apposition.
  if (ts[to]?.text !== ',' || /^(and|or)$/.test(ts[to + 1]?.lower ?? '')) return none;
  let k = to + 1;
  while (k < ts.length && ts[k]!.word && k - to <= MAX_APPOSITION_WORDS) k++;
  const closes = k === ts.length || ts[k]!.text === ',' || SENTENCE_END.has(ts[k]!.text);
  if (k === to + 1 || !closes) return none;
  // "…, Tuesday's speaker.": a day owns no title.
  const clause = (t: Token) => (t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text)) || t.tags.has('Date');
  if (ts.slice(to + 1, k).some(clause)) return none;
  const phrase = describe(ts, to + 1, k);
  if (phrase.kind !== 'description' || phrase.head !== 'person' || !phrase.title) return none;
  return { title: phrase.title, organization: phrase.organization?.replace(/['’]s$/, '') ?? null };
}

/** "Deputy Secretary of State", "Foreign Minister of Valdia": the title word at `title` with its modifiers before it, up to `to`. */
function officeTitle(ts: readonly Token[], title: number, to: number): string {
  let from = title;
  // "Foreign Minister of Valdia": a portfolio before the title is the title's too.
  const modifies = (t: Token) => TITLE_MODIFIERS.has(t.lower) || PORTFOLIOS.has(t.lower);
  while (from > 0 && /^\p{Lu}/u.test(ts[from - 1]!.text) && modifies(ts[from - 1]!)) from--;
  return ts
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** Prepositions after which capitalised words name a place, not a person ("in", "near", "outside"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'into']);

/**
 * Runs of capitalised words anywhere ("… with Foreign Minister Adaeze Okafor of …"): fuller forms
 * of a speaker's name, even where the tagger knows no person. Never antecedents (not subjects).
 */
function nameRuns(ctx: Context): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (const ts of ctx.tokens) {
    for (let i = 0; i < ts.length;) {
      let j = i;
      while (j < ts.length && nameToken(ts[j]!)) j++;
      // Fewer than two name words make no run (nor does an office before them).
      if (j - i < 2) {
        i = Math.max(j, i + 1);
        continue;
      }
      // "Secretary of State Ana Quell": after a title and a link word the run opens with the office,
      // which with the title before it is the person's title.
      // "President of the Republic Ana Ruiz": an article may open the office.
      const link = ts[i - 1]?.lower === 'the' ? i - 2 : i - 1;
      const office = link > 0 && NP_LINKS.has(ts[link]!.lower) && TITLES.has(ts[link - 1]!.lower);
      const from = office ? nameAfterOffice(ts, i, j) : i;
      // "the Spokesperson, Coastal Patrol Service": a body's name ends in its noun, no person's does.
      const body = j > from && ORG_HEADS.has(ts[j - 1]!.lower);
      // "the floods in Port Varrow": a run after a preposition of place names the place.
      const place = PLACE_PREPOSITIONS.has(ts[from - 1]?.lower ?? '');
      if (j - from >= 2 && j - from <= MAX_NAME_RUN && !body && !place) {
        const apposition = appositionBefore(ts, from, j);
        // "Polish Prime Minister Marek Zielny" as an object: the title the run opens with, read only
        // where neither an office nor an apposition gives one.
        const run = office || apposition.title ? null : describe(ts, from, j);
        const own = run?.kind === 'name' && run.head === 'person' ? run : null;
        const printed = apposition.title ?? (office ? officeTitle(ts, link - 1, from) : (own?.title ?? null));
        // Only then the title set off after the name.
        const after = printed ? null : appositionAfter(ts, j);
        out.push({
          start: ts[from]!.start,
          end: ts[j - 1]!.end,
          subject: false,
          title: printed ?? after?.title ?? null,
          organization: apposition.organization ?? own?.organization ?? after?.organization ?? null,
        });
      }
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

const onlyTitles = (printed: string) => printed.split(/\s+/).every((w) => TITLES.has(w.toLowerCase()));

/** People the tagger found at the start of a sentence (after titles): antecedents for "he". */
function subjectPeople(ctx: Context, tagged: Tagged, subjects: ReturnType<typeof sentenceSubjects>): NamedPerson[] {
  const starts = new Set(ctx.doc.sentences.map((s) => s.start));
  const { text } = ctx.doc;
  const tagger = tagged.people
    .map((span) => {
      // Step back over capitalised title words ("Secretary Halvorsen") to the sentence start.
      let from = span.start;
      for (let k = 0; k < 6 && !starts.has(from); k++) {
        const m = /(?:\p{Lu}[\p{L}.]*|of|the)\s+$/u.exec(text.slice(Math.max(0, from - 40), from));
        if (!m) break;
        from -= m[0].length;
      }
      let end = span.end;
      while (end > span.start && /[\s\p{P}]/u.test(text[end - 1]!)) end--;
      if (/['’]s$/.test(text.slice(span.start, end))) end -= 2;
      // "Berg said: “Mayor Ana Lind phoned me …”": a quotation opens a sentence of its own.
      return {
        start: span.start,
        end,
        subject: starts.has(from) || OPENING_MARK.test(text.slice(0, from).trimEnd().slice(-1)),
      };
    })
    // "Brenovan President Aurel Dinescu": the tagger may take the title alone for the person.
    .filter((p) => p.end > p.start && !onlyTitles(text.slice(p.start, p.end)));
  return [...tagger, ...namedSubjects(ctx, subjects), ...nameRuns(ctx)]
    .map((person) => ({ ...person, gender: genderAt(ctx, person.start, person.end) }))
    .sort((a, b) => a.start - b.start);
}

const inside = (a: Found, b: Found) => a !== b && b.span.start <= a.span.start && a.span.end <= b.span.end;
const MAX_NESTING_LOOKBACK = 50;

/** The quotes of `inner` that lie inside some quote of `outer` (one sweep over both, by start). */
function coveredBy(inner: readonly Found[], outer: readonly Found[]): Set<Found> {
  const covered = new Set<Found>();
  const sorted = [...outer].sort((a, b) => a.span.start - b.span.start);
  let k = 0;
  let reach = -1;
  for (const q of [...inner].sort((a, b) => a.span.start - b.span.start)) {
    while (k < sorted.length && sorted[k]!.span.start <= q.span.start) reach = Math.max(reach, sorted[k++]!.span.end);
    if (q.span.end <= reach) covered.add(q);
  }
  return covered;
}

/** Words that make the verb after them no present tense of its own: "would urge", "to urge", "has urged". */
const NOT_PRESENT_BEFORE = new Set(['to', 'will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must']);

/** Is the verb at `i` in the present tense, as the tagger reads it ("urges", "urge", "calls on"), not after a modal or "to"? */
function presentTense(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  let k = i - 1;
  while (k >= 0 && VERB_FILLERS.has(ts[k]!.lower) && !NOT_PRESENT_BEFORE.has(ts[k]!.lower)) k--;
  const before = ts[k];
  const governed = !!before && (NOT_PRESENT_BEFORE.has(before.lower) || before.tags.has('Auxiliary'));
  return t.tags.has('PresentTense') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !governed;
}

/**
 * "X said that Vestmark strongly urges the Norland side to …": a directive in the present tense
 * whose subject is a country, a body or "the X side", inside another speaker's reported clause,
 * is that speaker's own performative on behalf of their side, not a report of its own (a named
 * person's directive, or a past one, is).
 */
function ownSidePerformatives(ctx: Context, reported: readonly Found[]): Set<Found> {
  const performative = (q: Found) => {
    const phrase = q.mention?.phrase;
    if (!phrase || !q.verb || !DIRECTIVE.has(q.verb.lemma) || !presentTense(ctx.tokens[q.paragraph]!, q.verb.index))
      return false;
    const bare = phrase.kind === 'name' && !phrase.title && phrase.to - phrase.from === 1;
    return phrase.head === 'organization' || phrase.head === 'group' || bare;
  };
  const candidates = reported.filter(performative);
  const outer = reported.filter((q) => q.kind !== 'direct' && !candidates.includes(q));
  return coveredBy(candidates, outer);
}

/**
 * The pronoun crediting a quote inside someone's own words ("I told him, and he said no"), with
 * the mention of whose words they are: a speaker never calls themselves "he" in them.
 */
function pronounsInOwnWords(text: string, found: readonly Found[]): Map<Mention, OwnWords> {
  const out = new Map<Mention, OwnWords>();
  for (let i = 0; i < found.length; i++) {
    const q = found[i]!;
    if (q.mention?.phrase.kind !== 'pronoun') continue;
    for (let k = i - 1; k >= 0 && i - k <= MAX_NESTING_LOOKBACK && found[k]!.paragraph === q.paragraph; k--) {
      const outer = found[k]!;
      const holds = outer.span.start <= q.mention.span.start && q.mention.span.end <= outer.span.end;
      if (outer.kind === 'direct' && holds && outer.mention) {
        if (!namesItsSpeaker(text, outer)) out.set(q.mention, { quoter: outer.mention, from: outer.span.start });
        break;
      }
    }
  }
  return out;
}

/** Words that name the speaker of a quote in it ("… since then Roe has seen …"): narration, not her own words. */
function namesItsSpeaker(text: string, q: Found): boolean {
  const name = q.mention!.phrase.kind === 'name' ? q.mention!.phrase.name : null;
  const last = name?.split(/\s+/).pop();
  if (!last || !/^\p{Lu}\p{L}+$/u.test(last)) return false;
  return (text.slice(q.span.start, q.span.end).match(/\p{L}+/gu) ?? ([] as string[])).includes(last);
}

/** Speakers and quotes as the rules alone link them (what scripts/train-ranker.mjs learns from). */
export function attributeByRules(doc: Document, tagged: Tagged): Attribution {
  const ctx = buildContext(doc);
  const boilerplate = boilerplateParagraphs(ctx);
  const issuers = findIssuers(ctx, boilerplate);
  const turns = transcriptTurns(ctx, issuers, boilerplate);
  const spans = scanQuotes(doc).filter((s) => !turns.paragraphs.has(s.paragraph));
  const direct = quotedCandidates(spans);
  const quotedParagraphs = new Set(spans.map((s) => s.paragraph));
  // A listed item's own words are read once, as the item.
  const listed = itemsAsFollows(ctx);
  const inItem = (q: Found) => listed.some((l) => l.span.start < q.span.end && q.span.start < l.span.end);
  const allReported = [...indirectQuotes(ctx, spans).filter((q) => !inItem(q)), ...listed];
  const performatives = ownSidePerformatives(ctx, allReported);
  const reported = allReported.filter((q) => !performatives.has(q));
  // A quoted phrase inside a reported clause is part of a mixed quote, not a quote of its own.
  const inMixed = coveredBy(
    direct,
    reported.filter((r) => r.kind === 'mixed'),
  );
  const candidates = [
    ...turns.quotes,
    ...direct.filter((d) => !inMixed.has(d)),
    // A turn's paragraph is no epigraph, even above a turn opening with a dash ("— Ana Roe, Minister: …").
    ...dashBlockQuotes(ctx, new Set([...quotedParagraphs, ...turns.paragraphs])),
    ...reported,
  ]
    .filter((q) => !boilerplate.has(q.paragraph))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  expandAbbreviations(ctx, candidates, turns.abbreviations);
  const short = shortQuotes(ctx, candidates);
  runSieves(DIRECT_SIEVES, { ctx, found: candidates, issuers }, short);
  creditDocumentIssuers(ctx, candidates);
  expandBodyAcronyms(ctx, candidates, issuers.mentions);
  const found = candidates.filter(notScareQuote(ctx, short));
  const mentions = [...issuers.mentions, ...found.flatMap((q) => (q.mention ? [q.mention] : []))];
  const subjects = sentenceSubjects(ctx);
  const quoteMentions = new Set(mentions.map((m) => m.span.start));
  const described = [...describedSubjects(ctx, subjects), ...pronounCueSubjects(ctx)].filter(
    (m) => !quoteMentions.has(m.span.start),
  );
  const { speakers, idOf } = resolveSpeakers(
    doc.text,
    mentions,
    subjectPeople(ctx, tagged, subjects),
    described,
    introducedHolders(ctx, subjects),
    pronounsInOwnWords(doc.text, found),
  );
  const speakerOf = (q: Found) => {
    const m = licensing(q);
    return m ? (idOf.get(m) ?? null) : null;
  };
  // Nested: a reported quote inside another speaker's reported quote reaches us through them.
  // Outer quotes start at or before their inner ones, in the same paragraph: look back a little.
  const reportedBy = (q: Found, i: number): string | null => {
    const own = speakerOf(q);
    for (let k = i - 1; k >= 0 && i - k <= MAX_NESTING_LOOKBACK && found[k]!.paragraph === q.paragraph; k--) {
      const outer = found[k]!;
      if (outer.kind === 'direct' && outer.rule !== 'transcript-label') continue;
      if (!inside(q, outer)) continue;
      const by = speakerOf(outer);
      if (by && by !== own) return by;
    }
    return null;
  };
  const nameOf = new Map(speakers.map((s) => [s.id, s.name]));
  const quotes: AttributedQuote[] = found.map((q, i) => {
    const m = licensing(q);
    const speakerId = speakerOf(q);
    return {
      id: `q${i + 1}`,
      kind: q.kind,
      text: doc.text.slice(q.span.start, q.span.end),
      start: q.span.start,
      end: q.span.end,
      speakerId,
      speaker: speakerId ? (nameOf.get(speakerId) ?? null) : null,
      speakerMention: m
        ? { text: doc.text.slice(m.span.start, m.span.end), start: m.span.start, end: m.span.end }
        : null,
      cue: q.cue,
      reportedBy: reportedBy(q, i),
      rule: q.rule,
    };
  });
  return { speakers, quotes };
}

/** The rules' attribution, with the learned ranker's choice where the rules only borrowed a speaker. */
export function attributeQuotes(doc: Document, tagged: Tagged): Attribution {
  const { speakers, quotes } = attributeByRules(doc, tagged);
  return { speakers, quotes: rerankSources(doc, quotes, speakers, RANKER as RankerWeights) };
}
