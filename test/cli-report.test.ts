// The report half of the CLI through main(argv, io): the quote's speaker name, --schema, --table.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

let dir: string;
let envoy: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-report-'));
  envoy = join(dir, 'envoy.txt');
  writeFileSync(
    envoy,
    '"We will return to Vienna on Monday," said Mara Olsen, the envoy. A clerk noted that "nothing was signed."\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quotes carry their speaker name', () => {
  it('each quote names its speaker, null where none was found', async () => {
    const r = await runCli(['--json', envoy]);
    const out = JSON.parse(r.stdout) as {
      quotes: { speaker: string | null; speakerId: string | null; text: string }[];
    };
    const lines = out.quotes.map((q) => `${q.speaker}: ${q.text}`);
    expect(lines[0]).toBe('Mara Olsen: We will return to Vienna on Monday');
    for (const q of out.quotes) expect(q.speaker === null).toBe(q.speakerId === null);
  });
});

/** RFC 4180 records: quoted fields may hold commas, doubled quote marks and line breaks. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  let pos = 0;
  while (pos < csv.length) {
    const record: string[] = [];
    for (;;) {
      field.lastIndex = pos;
      const m = field.exec(csv)!;
      record.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
      pos = field.lastIndex;
      if (csv[pos] === ',') pos++;
      else break;
    }
    expect(csv.slice(pos, pos + 2), `record ${records.length + 1} ends with CRLF`).toBe('\r\n');
    pos += 2;
    records.push(record);
  }
  return records;
}

describe('--table', () => {
  let statement: string;
  beforeAll(() => {
    statement = join(dir, 'council.txt');
    writeFileSync(
      statement,
      'RIVERTON, May 3, 2023 — Mayor Ines Calloway said on Tuesday that the council, "after a long, hard debate," approved the bridge.\n' +
        'The council will hold a public hearing on June 12, Calloway said.\n',
    );
  });

  it.each([
    ['speakers', 'source,speaker_id,name,kind,title,organization,quotes,direct,mentions'],
    ['dates', 'source,date_id,text,type,value,mod,interval,start,end'],
    [
      'events',
      'source,event_id,name,type,mention,status,date,date_id,participants,location,speaker_id,speaker,start,end',
    ],
    [
      'quotes',
      'source,quote_id,kind,speaker_id,speaker,speaker_kind,speaker_title,speaker_organization,cue,start,end,text,speech_act',
    ],
  ])('%s: header once, then rows of as many fields, for several inputs', async (table, header) => {
    const r = await runCli(['--table', table, statement, envoy]);
    expect(r.code).toBe(0);
    const records = parseCsv(r.stdout);
    expect(records[0]!.join(',')).toBe(header);
    expect(records.slice(1).filter((rec) => rec.join(',') === header)).toEqual([]);
    expect(records.length).toBeGreaterThan(1);
    for (const rec of records) expect(rec).toHaveLength(header.split(',').length);
    for (const rec of records.slice(1)) expect([statement, envoy]).toContain(rec[0]);
  });

  it('speakers count their quotes; dates give their values; events their dates', async () => {
    const speakers = parseCsv((await runCli(['-f', 'csv', '--table', 'speakers', statement])).stdout);
    expect(speakers.find((s) => s[2] === 'Ines Calloway')?.slice(6, 8)).toEqual(['2', '0']);
    const dates = parseCsv((await runCli(['--table', 'dates', statement])).stdout);
    expect(dates.find((d) => d[2] === 'June 12')?.[4]).toBe('2023-06-12');
    const events = parseCsv((await runCli(['--table', 'events', statement])).stdout);
    expect(events.find((e) => /hearing/.test(e[2]!))?.slice(5, 7)).toEqual(['planned', '2023-06-12']);
  });

  it('quotes a field holding a comma, quote mark or line break', async () => {
    const records = parseCsv((await runCli(['--table', 'quotes', statement])).stdout);
    expect(records.map((rec) => rec[11])).toContain('the council, "after a long, hard debate," approved the bridge');
  });

  it.each([
    [['--table', 'people'], /argument 'people' is invalid/],
    [['--table', 'dates', '--json'], /^analyze: --table writes csv; it cannot go with --format json\n$/],
    [['--table', 'dates', '-f', 'markdown'], /^analyze: --table writes csv; it cannot go with --format markdown\n$/],
  ])('%j is a usage error', async (args, message) => {
    const r = await runCli([...args, envoy]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('--help', () => {
  it('lists --table and --schema with examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(choices: "quotes", "speakers", "dates", "events")');
    expect(r.stdout).toMatch(/--schema +print the JSON Schema/);
    expect(r.stdout).toContain(`jq -r '.quotes[] | "\\(.speaker): \\(.text)"'`);
    expect(r.stdout).toContain('analyze --table events releases/ > events.csv');
  });
});
