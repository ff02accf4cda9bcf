// Shapes shared by the pipeline's stages and the schema-1 output contract (../shared/DESIGN.md).
//
// Inside the pipeline every offset is a JavaScript string index (UTF-16 code units), so stages can
// slice the text directly; `output/codepoints.ts` converts them to code points once, at the end.
import type { Token } from './document/tokens.js';

/** A half-open range [start, end) of the input, in UTF-16 code units while inside the pipeline. */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

export interface Paragraph extends Span {
  /** Indexes of the paragraph's sentences in `Document.sentences`. */
  sentences: number[];
}

/** The text, its layout and its one token stream: built once, never changed by later stages. */
export interface Document {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Every token of the text in order (see `document/tokens.ts`). */
  readonly tokens: readonly Token[];
}

export type ReferenceDateSource = 'option' | 'text' | null;

/**
 * Where in the text the reference date stands: a dateline ("PLACE, date —"), a labelled field
 * ("Date: …", "Released: …"), a byline or time stamp ("By … | Updated: …"), a date line on its
 * own under the title, a "FOR IMMEDIATE RELEASE" date, or a title ending in its date.
 */
export type ReferenceDateForm = 'dateline' | 'field' | 'byline' | 'date-line' | 'release' | 'title' | 'footer';

export interface Dateline {
  /** The dateline or date header the reference date was read from. */
  span: Span;
  /** YYYY-MM-DD */
  date: string;
  form: ReferenceDateForm;
}

/** The reference date's place in the text (an addition to schema version 1). */
export interface ReferenceDateOrigin extends Span {
  form: ReferenceDateForm;
  text: string;
}

// ---------- output, schema version 1 ----------

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unnamed';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type DateType = 'date' | 'time' | 'duration' | 'set';
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | null;
export type EventMention = 'named' | 'nominal' | 'verbal';
export type EventStatus = 'past' | 'ongoing' | 'planned' | 'cancelled' | 'postponed';

export interface SpeakerOut {
  id: string;
  name: string;
  kind: SpeakerKind;
  title: string | null;
  organization: string | null;
  mentions: TextSpan[];
}

/** A quote as attribution links it, before the speech-act stage labels it. */
export interface AttributedQuote extends TextSpan {
  id: string;
  kind: QuoteKind;
  speakerId: string | null;
  /** The speaker's name, so a reader needs no join with `speakers` (an addition to schema 1). */
  speaker: string | null;
  speakerMention: TextSpan | null;
  cue: string | null;
  reportedBy: string | null;
  /** Which attribution rule linked the speaker (an addition to schema 1). */
  rule: string | null;
}

/**
 * What the speaker does with the words, on CAMEO's verbal roots (../shared/corpus/README.md,
 * "Speech acts"); `other` has no CAMEO root.
 */
export type SpeechAct =
  'statement' | 'appeal' | 'intent' | 'consult' | 'approve' | 'demand' | 'disapprove' | 'reject' | 'threaten' | 'other';

export interface QuoteOut extends AttributedQuote {
  /** Additions to schema 1: the speech act, the word(s) that decided it, its CAMEO root code. */
  speechAct: SpeechAct;
  speechActCue: string | null;
  cameo: string | null;
}

export interface DateOut extends TextSpan {
  id: string;
  type: DateType;
  value: string | null;
  mod: DateMod;
  interval: string | null;
}

export interface EventOut extends Span {
  id: string;
  name: string;
  type: string;
  mention: EventMention;
  status: EventStatus | null;
  date: string | null;
  dateId: string | null;
  participants: string[];
  location: string | null;
  speakerId: string | null;
}

export interface EntitiesOut {
  people: TextSpan[];
  organizations: TextSpan[];
  places: TextSpan[];
}

export interface Analysis {
  schemaVersion: '1';
  offsetUnit: 'codepoint';
  source: string | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  /** With `referenceDateSource: "text"`, the date's form and span; null otherwise. */
  referenceDateOrigin: ReferenceDateOrigin | null;
  speakers: SpeakerOut[];
  quotes: QuoteOut[];
  dates: DateOut[];
  events: EventOut[];
  entities: EntitiesOut;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD; when absent, a dateline or date header in the text is used. */
  referenceDate?: string | null;
  /** Name of the input, reported as `source`. */
  source?: string | null;
}
