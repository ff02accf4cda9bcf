// The dateline stage: the day a text was issued, read from its top lines. It reads the dates
// stage's scan without a reference date, so only dates that carry their own year resolve,
// and takes the first one that stands where a dateline or date header stands:
//   "WASHINGTON, Oct. 22, 2020 —"           a dateline (place, date, dash)
//   "Date: 2024-06-03", "Released: ..."      a labelled header ("Broadcast:", "Recorded:" too)
//   "March 9, 2023" / "2023-03-09 18:40"     a date line on its own under the title
//   "By Jane Roe | Updated: 2022-02-09"      a byline's last field
//   "Lake Grove, OR - 9 May 2015 -"          a dateline with hyphens ("Ostravel - 14-March-2027 -")
//   "Posted on 14 April 2027 by Culture Desk"   a labelled date and its credit
//   "KORSUND (3 March 2026) —"              a dateline with its date in brackets
//   "Saint-Aubin-sur-Mer, 5 February 2026"   a place and its date alone on their line (a stop may close it)
//   "Minutes of the Meeting, 17 May 2026"    a title line ending in a comma and one day
//   "Release No. 48/2026 — Liswald, 9 June 2026"   a header line's last field: a place and a day
//   "For Immediate Release ... March 5, 2021"
//   "Press Briefing – March 9, 2023"        a title line ending in its date
//   "SAN JOSE, Calif., Feb. 14, 2024 /PRNewswire/ --"
//   "Issued on 5 April 2024" / "Published: ..."   a closing line at the foot of the text
// Two header dates that disagree give none, unless one is a transcript title's (the day spoken).
// A dateline without a year ("Beijing, June 3 (Xinhua) --") takes the year from a four-digit year
// elsewhere in the top lines; with none, no reference date is guessed: a wrong year would shift
// every relative date in the text, while none leaves them visibly unresolved.
import type { DateMention } from '../dates/index.js';
import type { Dateline, Document, ReferenceDateForm } from '../types.js';

/** How far into the text a dateline may stand. */
const TOP_CHARS = 1200;
const TOP_LINES = 12;
const LABELS =
  /^(?:date[d]?|published|released|issued|posted|(?:last\s+)?updated|last modified|for (?:immediate )?release|embargoed until|release date|broadcast|aired|recorded)\b/i;
/** A release line: on the date's own line, or the line above a date line ("NEWS RELEASE"). */
const RELEASE = /^(?:for (?:immediate )?release|embargoed until|release date|(?:news|press|media) release$)/i;
/** A title naming spoken words: its date is the day they were spoken. */
const SPOKEN =
  /\b(?:briefing|press conference|news conference|media conference|remarks|interview|transcript|speech|hearing)\b/i;
/** A closing line that gives the day the text went out ("Issued by the Press Office on 5 April
 *  2024"); not a page's "Last updated", which may be any later day, nor a bare "Date:" field
 *  (a form's field, far from the header). The date must end the line: a sentence that goes on
 *  after it ("Released on 2 May 2019, the audit ...") is the body's, not a footer. */
const FOOTER = /^(?:issued|published|released|dated|posted|date of (?:issue|publication)\b)/i;
/** How far from the end a closing line may stand, and how long it may be. */
const BOTTOM_CHARS = 400;
const BOTTOM_LINES = 4;
const FOOTER_LINE_CHARS = 120;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEARLESS_DAY = /^XXXX-(\d{2})-(\d{2})$/;

interface Line {
  start: number;
  end: number;
}

function topLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const limit = Math.min(text.length, TOP_CHARS);
  while (start < limit && lines.length < TOP_LINES) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > limit ? limit : newline;
    if (text.slice(start, end).trim()) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** The last non-empty lines of the text that start after `after`, last line last. */
function bottomLines(text: string, after: number): Line[] {
  const lines: Line[] = [];
  const limit = Math.max(after, text.length - BOTTOM_CHARS);
  let end = text.length;
  while (end > limit && lines.length < BOTTOM_LINES) {
    const newline = text.lastIndexOf('\n', end - 1);
    const start = Math.max(newline + 1, 0);
    if (start < limit) break;
    if (text.slice(start, end).trim()) lines.unshift({ start, end });
    end = newline;
  }
  return lines;
}

/**
 * Where the date stands, if it stands where a dateline or header date does on its line, and
 * `previous` is the line above.
 */
function headerForm(text: string, line: Line, previous: Line | null, date: DateMention): ReferenceDateForm | null {
  const before = text.slice(line.start, date.start).trim();
  const after = text.slice(date.end, line.end).trim();
  // A byline's last field: "By Jane Roe | The Daily | Updated: 2022-02-09 13:39".
  const fields = before.split(/\s[|•·]\s?/u);
  const field = fields.pop()!.trim();
  const byline = fields.length > 0;
  const wholeLine = text.slice(line.start, line.end).trim();
  if ((LABELS.test(field) || LABELS.test(wholeLine)) && endsItsField(field, after))
    return byline ? 'byline' : RELEASE.test(field || wholeLine) ? 'release' : 'field';
  // "PLACE, date —", "PLACE - date -", "PLACE, date (Agency) --", "PLACE, date /Newswire/ --",
  // "PLACE (date) —"
  const bracketed = before.endsWith('(') && after.startsWith(')');
  const place = bracketed ? before.slice(0, -1).trimEnd() : before;
  // (a region of up to three words after the place: "PERTHVALE, Western Kestria,")
  const placeFirst =
    /^[\p{Lu}][\p{L} .'’-]{1,40},?(?:\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2},?)?(?:\s+(?:--|[-–—]))?$/u.test(
      place,
    );
  // "(Lindau, 4 May 2026) The council ...": the place and the date inside one pair of brackets.
  if (/^\([\p{Lu}][\p{L} .'’-]{1,40},$/u.test(before) && after.startsWith(')')) return 'dateline';
  const dashAfter = /^(?:(?:\([^)]{1,40}\)|\/[^/]{1,40}\/)\s*)?(?:[-–—:]|--)/.test(
    bracketed ? after.slice(1).trimStart() : after,
  );
  if (placeFirst && dashAfter) return 'dateline';
  // The date alone on its line (or its byline field), perhaps with a clock time or a weekday around it,
  // or the first of a header's fields: "4 May 2026 | Press release | Ministry of Water".
  if (before === '' && /^[|•·]\s/u.test(after) && after.length <= HEADER_FIELDS_CHARS && !/[.!?]\s/.test(after))
    return 'date-line';
  if (
    field.length <= 12 &&
    (after === '' ||
      (/^(?:(?:T|,?\s*(?:at\s+)?)\d{1,2}[:.]\d{2}(?::\d{2})?\b.*|[|/–—-].*)?$/i.test(after) && after.length <= 30))
  ) {
    if (byline) return 'byline';
    return previous && RELEASE.test(text.slice(previous.start, previous.end).trim()) ? 'release' : 'date-line';
  }
  // A title line ending in its date: "Press Briefing – March 9, 2023", "... Conference on March 9, 2023",
  // "Weekly Briefing (March 9, 2023)".
  if ((after === '' && /(?:[|:/–—-]|\bon)$/iu.test(before)) || (after === ')' && before.endsWith('('))) return 'title';
  // "Saint-Aubin-sur-Mer, 5 February 2026", "Minutes of the Ordinary Meeting, 17 February 2026": a
  // place or a title, its comma, then one day ending the line. A sentence would end with a stop, or
  // (hard-wrapped) go on in lower case on the next line.
  // A place may close its day with a full stop ("Kastelholm, Wednesday 14 April 2027."), a title not.
  const commaTitle = /^[\p{Lu}][\p{L} .'’-]{1,60},$/u.test(before);
  if (
    (after === '' || after === '.') &&
    commaTitle &&
    FULL_DAY.test(date.value ?? '') &&
    !/^\s*\p{Ll}/u.test(text.slice(line.end))
  ) {
    if (/^(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4},$/u.test(before)) return 'dateline';
    if (after === '') return 'title';
  }
  // "Press release No. 48/2026 — Liswald, 9 June 2026": a header's last field, after a dash, is a
  // place and one day ending the line.
  if (after === '' && FULL_DAY.test(date.value ?? '') && /\s[|–—-]\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4},$/u.test(before))
    return 'dateline';
  return null;
}

/** How long the fields after a date opening a header line may be. */
const HEADER_FIELDS_CHARS = 100;
/** How long the words before a labelled date ("Published by the Ministry of Agriculture,") and a
 *  time after it may be; past a short label, a full stop after the date ends a sentence. */
const LABEL_CHARS = 80;
const SHORT_LABEL_CHARS = 30;
const AFTER_FIELD_CHARS = 30;

const CREDIT = /^by(?:\s+[\p{Lu}][\p{L}.'’-]*){1,4}$/u;

/** A labelled date stands alone in its field ("Released: 2 May 2024", "Date: 4 May 2024, 10:00");
 *  an ordinary sentence in a short text's top lines does not ("Released on 2 May 2019, the audit
 *  found …", "Posted in 2023, the note said the talks resume on 12 June 2024."). A separator
 *  ("·", "|", "•", as in a byline) ends the field: what follows it is the line's next field. */
function endsItsField(field: string, afterOnLine: string): boolean {
  if (field.length > LABEL_CHARS) return false;
  const after = afterOnLine.split(/(?:^|\s)[·|•](?=\s|$)/u)[0]!.trim();
  if (after === '') return true;
  // "Posted on 14 April 2027 by Culture Desk": a credit in capitals ends the line.
  if (CREDIT.test(after)) return true;
  if (after === '.' && field.length > SHORT_LABEL_CHARS) return false;
  return after.length <= AFTER_FIELD_CHARS && !/^,?\s*\p{L}{2,}/u.test(after) && !/[.!?]\s/.test(after);
}

/** How long a line ending a sentence must be to be a paragraph of prose, not a header field. */
const PROSE_CHARS = 200;
const isProse = (line: string): boolean => line.length >= PROSE_CHARS && /[.!?"”]$/u.test(line);

/** `unresolved`: the dates stage's mentions read without a reference date. */
export function findDateline(doc: Document, unresolved: readonly DateMention[]): Dateline | null {
  const lines = topLines(doc.text);
  if (lines.length === 0) return null;
  const topEnd = lines[lines.length - 1]!.end;
  const dates = unresolved.filter((d) => d.end <= topEnd && (d.type === 'date' || d.type === 'time'));
  const found: { dateline: Dateline; spoken: boolean }[] = [];
  // Below the first paragraph of prose the header is over: a dated line there ("Programme of the
  // Harbour Day, 13 February 2027") is the body's, not a second header date. (Its years may still
  // give a yearless dateline its year.)
  const prose = lines.findIndex((l) => isProse(doc.text.slice(l.start, l.end).trim()));
  const header = prose < 0 ? lines : lines.slice(0, prose + 1);
  header.forEach((line, k) => {
    for (const date of dates) {
      if (date.start < line.start || date.end > line.end) continue;
      const form = headerForm(doc.text, line, lines[k - 1] ?? null, date);
      const day = form ? dayOf(date, dates) : null;
      if (form && day)
        found.push({
          dateline: { span: { start: date.start, end: date.end }, date: day, form },
          spoken: SPOKEN.test(doc.text.slice(line.start, date.start)),
        });
    }
  });
  // A closing line ("Issued on 5 April 2024") below the top lines.
  for (const line of bottomLines(doc.text, topEnd)) {
    const words = doc.text.slice(line.start, line.end).trim();
    if (words.length > FOOTER_LINE_CHARS || !FOOTER.test(words)) continue;
    for (const date of unresolved) {
      if (date.start < line.start || date.end > line.end || (date.type !== 'date' && date.type !== 'time')) continue;
      if (!/^\.?$/.test(doc.text.slice(date.end, line.end).trim())) continue;
      const day = dayOf(date, dates);
      if (day)
        found.push({
          dateline: { span: { start: date.start, end: date.end }, date: day, form: 'footer' },
          spoken: false,
        });
    }
  }
  const days = new Set(found.map((f) => f.dateline.date));
  if (days.size <= 1) return found[0]?.dateline ?? null;
  // Header dates that disagree: a transcript's title date is the day its words were spoken, which
  // its "today" means, over the day it was posted; otherwise no guess, since a wrong reference
  // date moves every relative date.
  const spoken = new Set(found.filter((f) => f.spoken).map((f) => f.dateline.date));
  return spoken.size === 1 ? found.find((f) => f.spoken)!.dateline : null;
}

/** The date's day, taking the year of a yearless dateline from a year elsewhere in the top lines. */
function dayOf(date: DateMention, all: DateMention[]): string | null {
  const value = date.value?.slice(0, 10) ?? '';
  // "Tuesday, February 9, 2026" when 9 February is a Monday: the header contradicts itself, and a
  // wrong reference date moves every relative date, so none.
  if (FULL_DAY.test(value)) return weekdayAgrees(date, value) ? value : null;
  const yearless = YEARLESS_DAY.exec(value);
  const year = all.find((d) => d.value && /^\d{4}/.test(d.value) && d !== date)?.value?.slice(0, 4);
  if (!yearless || !year) return null;
  const day = `${year}-${yearless[1]}-${yearless[2]}`;
  // "Thursday 8 August" with a year the weekday denies: the year was some figure's ("cases in
  // 2023"), not the text's.
  return weekdayAgrees(date, day) ? day : null;
}

/** No weekday in the date's words, or the day's own. */
function weekdayAgrees(date: DateMention, day: string): boolean {
  const weekday = WEEKDAY.exec(date.text)?.[1]?.toLowerCase();
  return !weekday || WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] === weekday.slice(0, 3);
}

const WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|\.)?\b/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
