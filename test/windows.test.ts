// Long texts in windows (src/windows.ts). The command and the library use 64 KB windows; these
// tests pass small ones, so that texts of a few KB span several windows.
import { readdirSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { analyze as analyzeWhole } from '../src/pipeline.js';
import type { Analysis } from '../src/types.js';
import { analyze, WINDOW, WindowedAnalysis } from '../src/windows.js';
import { missingKeys, spanProblems } from './support/contract.js';

// Watched, not changed: the library must leave the process's V8 flags to its caller.
vi.mock('node:v8', async (importOriginal) => {
  const v8 = await importOriginal<typeof import('node:v8')>();
  return { ...v8, setFlagsFromString: vi.fn() };
});

const fixtureDir = new URL('../fixtures/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'));
// About 10 KB of statements, accents and emoji (astral characters) among them.
const joined = fixtures.join('\n\n');

/** Every id a result refers to is one it holds, and ids run q1, q2, ... in order. */
function referenceProblems(a: Analysis): string[] {
  const speakers = new Set(a.speakers.map((s) => s.id));
  const dates = new Set(a.dates.map((d) => d.id));
  const problems: string[] = [];
  for (const [list, prefix] of [
    [a.speakers, 's'],
    [a.quotes, 'q'],
    [a.dates, 'd'],
    [a.events, 'e'],
  ] as const)
    list.forEach((x, i) => x.id !== `${prefix}${i + 1}` && problems.push(`${x.id} at ${i}`));
  for (const q of a.quotes) {
    if (q.speakerId !== null && !speakers.has(q.speakerId)) problems.push(`${q.id}: speaker ${q.speakerId}`);
    if (q.reportedBy !== null && !speakers.has(q.reportedBy)) problems.push(`${q.id}: reportedBy ${q.reportedBy}`);
    const name = a.speakers.find((s) => s.id === q.speakerId)?.name ?? null;
    if (q.speaker !== name) problems.push(`${q.id}: speaker name ${q.speaker}, not ${name}`);
  }
  for (const e of a.events) {
    if (e.dateId !== null && !dates.has(e.dateId)) problems.push(`${e.id}: date ${e.dateId}`);
    if (e.speakerId !== null && !speakers.has(e.speakerId)) problems.push(`${e.id}: speaker ${e.speakerId}`);
  }
  return problems;
}

const quoteSpans = (a: Analysis) => a.quotes.map((q) => [q.kind, q.start, q.end]);
const dateValues = (a: Analysis) => a.dates.map((d) => [d.start, d.end, d.value, d.interval]);

describe('a text no longer than a window', () => {
  it.each(fixtures.map((text, i) => [i, text]))('fixture %i: the whole-text analysis, unchanged', (_, text) => {
    const options = { source: 'x.txt' };
    expect(analyze(text, options)).toEqual(analyzeWhole(text, options));
  });

  it('of exactly the window size: the whole-text analysis, unchanged', () => {
    const text = joined.slice(0, 3000);
    expect(analyze(text, {}, 3000)).toEqual(analyzeWhole(text));
  });

  it('the windows are 64 KB', () => {
    expect(WINDOW).toBe(65_536);
  });
});

describe.each([
  ['paragraphs', joined],
  // No line breaks at all: windows are cut at sentence ends, then spaces.
  ['one line', joined.replace(/\s+/g, ' ')],
])('a text of %s over several windows', (_, text) => {
  const whole = analyzeWhole(text, { referenceDate: '2023-03-04' });
  const windowed = analyze(text, { referenceDate: '2023-03-04' }, 2500);

  it('has every span exactly its code-point slice of the whole text', () => {
    expect(text.length).toBeGreaterThan(4 * 2500);
    expect(spanProblems(text, windowed)).toEqual([]);
    expect(missingKeys(windowed)).toEqual([]);
  });

  it('has ids in order and every reference resolved', () => {
    expect(referenceProblems(windowed)).toEqual([]);
  });

  it('finds the dates and their values the whole text gives', () => {
    expect(dateValues(windowed)).toEqual(dateValues(whole));
  });
});

describe('across windows', () => {
  // Paragraphs of our own, each about 500 characters, that need nothing from their neighbours.
  const filler = (i: number) =>
    `The committee met for the ${i}th time. ${'Members reviewed the accounts of the harbour works and the budget. '.repeat(6)}`;
  const paragraphs = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => filler(from + i)).join('\n\n');

  it('finds the quotes the whole text gives, with the same spans and speakers', () => {
    const text = Array.from(
      { length: 24 },
      (_, i) =>
        `${filler(i)}\n\n“We will reopen pier ${i + 1},” said Colonel Edda Strand. The mayor said the works were paid for.`,
    ).join('\n\n');
    const w = analyze(text, {}, 2000);
    const whole = analyzeWhole(text);
    expect(quoteSpans(w)).toHaveLength(48);
    expect(quoteSpans(w)).toEqual(quoteSpans(whole));
    expect(w.quotes.map((q) => q.speaker)).toEqual(whole.quotes.map((q) => q.speaker));
  });

  it("carries the first window's dateline to relative dates in later ones", () => {
    const text = `HARBOUR CITY, May 2, 2024 — The council met.\n\n${paragraphs(0, 12)}\n\nThe works end on Thursday.\n`;
    const w = analyze(text, {}, 2000);
    expect(w.referenceDate).toBe('2024-05-02');
    expect(w.referenceDateSource).toBe('text');
    expect(w.dates.at(-1)).toMatchObject({ text: 'Thursday', value: '2024-05-02' });
    expect(dateValues(w)).toEqual(dateValues(analyzeWhole(text)));
  });

  it('takes no dateline from the top of a later window when the text has none', () => {
    const text = `The council met.\n\n${paragraphs(0, 12)}\n\nHARBOUR CITY, May 2, 2024 — The works end on Thursday.\n`;
    const w = analyze(text, {}, 2000);
    expect(w.referenceDate).toBeNull();
    expect(w.dates.find((d) => d.text === 'Thursday')?.value ?? null).toBe(analyzeWhole(text).dates.at(-1)?.value);
  });

  it('keeps one speaker table: a surname in a later window is the full name of an earlier one', () => {
    const text = [
      '“We will rebuild the pier,” said Colonel Edda Strand, the harbour commander.',
      paragraphs(0, 12),
      '“The pier opens in June,” Strand said.',
    ].join('\n\n');
    const w = analyze(text, {}, 2000);
    const strands = w.speakers.filter((s) => s.name.endsWith('Strand'));
    expect(strands.map((s) => s.name)).toEqual(['Edda Strand']);
    expect(w.quotes.map((q) => [q.text, q.speakerId])).toEqual([
      ['We will rebuild the pier', strands[0]!.id],
      ['The pier opens in June', strands[0]!.id],
    ]);
    expect(strands[0]!.mentions.map((m) => m.text)).toEqual(
      analyzeWhole(text)
        .speakers.find((s) => s.name === 'Edda Strand')!
        .mentions.map((m) => m.text),
    );
  });

  it('joins a surname to the one full name it ends, across many speakers, and keeps a shared surname apart', () => {
    // Twelve people with distinct surnames, two who share one; later windows name them by surname.
    const given = ['Edda', 'Ivo', 'Mira', 'Tomas', 'Lena', 'Oskar', 'Rhea', 'Bruno', 'Ines', 'Karel', 'Nadia', 'Pavel'];
    const surnames = [
      'Strand',
      'Holm',
      'Varga',
      'Dukic',
      'Brandt',
      'Solberg',
      'Kovac',
      'Lindqvist',
      'Moreau',
      'Novak',
      'Ferreira',
      'Haugen',
    ];
    const full = given.map((g, i) => `${g} ${surnames[i]}`);
    const text = [
      ...full.map((name, i) => `“Pier ${i + 1} reopens,” said ${name}.`),
      '“The budget holds,” said Petra Aalto. “The budget is short,” said Jonas Aalto.',
      // Far enough that no later window reads those names in its context.
      paragraphs(0, 16),
      ...surnames.map((s, i) => `“Crews start on pier ${i + 1},” ${s} said.`),
      '“We disagree,” Aalto said.',
    ].join('\n\n');
    const w = analyze(text, {}, 2000);
    const nameOf = (id: string | null) => w.speakers.find((s) => s.id === id)?.name ?? null;
    const bySurname = w.quotes.filter((q) => q.text.startsWith('Crews')).map((q) => nameOf(q.speakerId));
    expect(bySurname).toEqual(full);
    expect(w.speakers.filter((s) => s.name.endsWith('Aalto')).map((s) => s.name)).toEqual([
      'Petra Aalto',
      'Jonas Aalto',
      'Aalto',
    ]);
    expect(nameOf(w.quotes.at(-1)!.speakerId)).toBe('Aalto');
  });

  it("holds the first window's header only, not its findings, while the later windows are analysed", () => {
    const text = `HARBOUR CITY, May 2, 2024 — “We will rebuild the pier,” said Colonel Edda Strand.\n\n${paragraphs(0, 12)}`;
    const windowed = new WindowedAnalysis(text, {}, 2000);
    const found = [...windowed.findings()];
    expect(found.length).toBeGreaterThan(2);
    expect(found[0]!.quotes).toHaveLength(1);
    expect(windowed.head).toEqual({
      schemaVersion: '1',
      offsetUnit: 'codepoint',
      source: null,
      referenceDate: '2024-05-02',
      referenceDateSource: 'text',
      referenceDateOrigin: { form: 'dateline', text: 'May 2, 2024', start: 14, end: 25 },
    });
  });

  it('credits a quote that runs over a window end to its speaker, once', () => {
    const long = '“We will rebuild the pier.\n\n“The crews start in May.”';
    const text = `${paragraphs(0, 3)}\n\n${long} said Colonel Edda Strand.\n\n${paragraphs(3, 8)}`;
    // The window ends between the quote's two paragraphs.
    const window = text.indexOf('“The crews');
    const w = analyze(text, {}, window);
    expect(quoteSpans(w)).toEqual(quoteSpans(analyzeWhole(text)));
    expect(w.quotes.map((q) => q.speaker)).toEqual(analyzeWhole(text).quotes.map((q) => q.speaker));
  });
});

describe('what is held across windows', () => {
  it('does not grow with the text: the dates of the latest window and the events waiting for them', () => {
    const window = 8000;
    const text = Array.from({ length: 5 }, () => joined).join('\n\n');
    const windowed = new WindowedAnalysis(text, { source: 'x.txt', referenceDate: '2024-01-02' }, window);
    const dateStarts: number[] = [];
    const eventStarts: number[] = [];
    let dates = 0;
    let events = 0;
    for (const found of windowed.findings()) {
      for (const d of found.dates) dateStarts.push(d.start);
      for (const e of found.events) eventStarts.push(e.event.start);
      dates = Math.max(dates, windowed.held.dates);
      events = Math.max(events, windowed.held.events);
    }
    // The most in any stretch of a window and what is read around it: a bound the text's length does not move.
    const span = window + 16 * 1024;
    const most = (starts: number[]) =>
      starts.reduce((most, s, i) => Math.max(most, starts.slice(i).filter((t) => t < s + span).length), 0);
    expect(dateStarts.length).toBeGreaterThan(3 * most(dateStarts));
    expect(dates).toBeGreaterThan(0);
    expect(dates).toBeLessThanOrEqual(most(dateStarts));
    expect(events).toBeLessThanOrEqual(most(eventStarts));
    // Once the last window is done, no event is left waiting.
    expect(windowed.held.events).toBe(0);
  });
});

describe('a text of over a million characters', () => {
  it("leaves the process's V8 flags alone", () => {
    // Blank lines are cheap to analyse; a statement every 64 KB gives each window something.
    const statement = '"The ferry runs again on Monday," the harbour master said.';
    const text = Array.from({ length: 18 }, () => statement + '\n\n'.repeat(32_000)).join('');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    expect(analyze(text).quotes).toHaveLength(18);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
