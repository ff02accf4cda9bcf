// Tables as CSV (RFC 4180, CRLF line ends, header once), for spreadsheets: one row per quote
// (the default), speaker, date mention or event. Each table is a declarative list of columns.
import type { Analysis, SpeakerOut } from '../types.js';
import { neutraliseFormula } from './safe-text.js';

type Field = string | number | null;

/** What a column may read besides its row: the whole analysis and its speakers by id. */
interface Context {
  analysis: Analysis;
  speaker(id: string | null): SpeakerOut | undefined;
}

/** Column name → its value for a row, in the order the columns are written. */
type Columns<Row> = Record<string, (row: Row, ctx: Context) => Field>;

export interface CsvTable {
  columns: string[];
  rows(a: Analysis): string;
}

/**
 * Quotes a field when it holds a comma, quote mark or line break; doubles inner quote marks. A
 * text that a spreadsheet would run as a formula is neutralised first.
 */
export function csvField(value: Field): string {
  const s = value === null ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (fields: Field[]) => `${fields.map(csvField).join(',')}\r\n`;

function table<Row>(rowsOf: (a: Analysis) => Row[], columns: Columns<Row>): CsvTable {
  const values = Object.values(columns);
  return {
    columns: Object.keys(columns),
    rows(analysis) {
      const byId = new Map(analysis.speakers.map((s) => [s.id, s]));
      const ctx: Context = { analysis, speaker: (id) => (id === null ? undefined : byId.get(id)) };
      return rowsOf(analysis)
        .map((row) => line(values.map((value) => value(row, ctx))))
        .join('');
    },
  };
}

const source = (_: unknown, ctx: Context) => ctx.analysis.source;

export const CSV_TABLES = {
  quotes: table((a) => a.quotes, {
    source,
    quote_id: (q) => q.id,
    kind: (q) => q.kind,
    speaker_id: (q) => q.speakerId,
    speaker: (q, c) => c.speaker(q.speakerId)?.name ?? null,
    speaker_kind: (q, c) => c.speaker(q.speakerId)?.kind ?? null,
    speaker_title: (q, c) => c.speaker(q.speakerId)?.title ?? null,
    speaker_organization: (q, c) => c.speaker(q.speakerId)?.organization ?? null,
    cue: (q) => q.cue,
    start: (q) => q.start,
    end: (q) => q.end,
    text: (q) => q.text,
    // Added after the first release: last, so readers that index columns by position keep working.
    speech_act: (q) => q.speechAct,
  }),
  speakers: table((a) => a.speakers, {
    source,
    speaker_id: (s) => s.id,
    name: (s) => s.name,
    kind: (s) => s.kind,
    title: (s) => s.title,
    organization: (s) => s.organization,
    quotes: (s, c) => c.analysis.quotes.filter((q) => q.speakerId === s.id).length,
    direct: (s, c) => c.analysis.quotes.filter((q) => q.speakerId === s.id && q.kind === 'direct').length,
    mentions: (s) => s.mentions.length,
  }),
  dates: table((a) => a.dates, {
    source,
    date_id: (d) => d.id,
    text: (d) => d.text,
    type: (d) => d.type,
    value: (d) => d.value,
    mod: (d) => d.mod,
    interval: (d) => d.interval,
    start: (d) => d.start,
    end: (d) => d.end,
  }),
  events: table((a) => a.events, {
    source,
    event_id: (e) => e.id,
    name: (e) => e.name,
    type: (e) => e.type,
    mention: (e) => e.mention,
    status: (e) => e.status,
    date: (e) => e.date,
    date_id: (e) => e.dateId,
    participants: (e) => e.participants.join('; '),
    location: (e) => e.location,
    speaker_id: (e) => e.speakerId,
    speaker: (e, c) => c.speaker(e.speakerId)?.name ?? null,
    start: (e) => e.start,
    end: (e) => e.end,
  }),
} satisfies Record<string, CsvTable>;

export type Table = keyof typeof CSV_TABLES;
export const TABLES = Object.keys(CSV_TABLES) as Table[];

export const csvHeader = (t: Table): string => line(CSV_TABLES[t].columns);
export const renderCsvRows = (a: Analysis, t: Table = 'quotes'): string => CSV_TABLES[t].rows(a);
