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
  writeFileSync(envoy, '"We will return to Vienna on Monday," said Mara Olsen, the envoy. A clerk noted that "nothing was signed."\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quotes carry their speaker name', () => {
  it('each quote names its speaker, null where none was found', async () => {
    const r = await runCli(['--json', envoy]);
    const out = JSON.parse(r.stdout) as { quotes: { speaker: string | null; speakerId: string | null; text: string }[] };
    const lines = out.quotes.map((q) => `${q.speaker}: ${q.text}`);
    expect(lines[0]).toBe('Mara Olsen: We will return to Vienna on Monday');
    for (const q of out.quotes) expect(q.speaker === null).toBe(q.speakerId === null);
  });
});
