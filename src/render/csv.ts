// Quotes as CSV (RFC 4180): one row per quote with its speaker, for spreadsheets.
import type { Analysis } from '../types.js';

export const CSV_COLUMNS = [
  'source', 'quote_id', 'kind', 'speaker_id', 'speaker', 'speaker_kind', 'speaker_title',
  'speaker_organization', 'cue', 'speech_act', 'start', 'end', 'text',
] as const;

/** Quotes a field when it holds a comma, quote mark or line break; doubles inner quote marks. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (fields: (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

export const csvHeader = (): string => row([...CSV_COLUMNS]);

export function renderCsvRows(a: Analysis): string {
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  return a.quotes
    .map((q) => {
      const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
      return row([a.source, q.id, q.kind, q.speakerId, s?.name ?? null, s?.kind ?? null, s?.title ?? null,
        s?.organization ?? null, q.cue, q.speechAct, q.start, q.end, q.text]);
    })
    .join('');
}
