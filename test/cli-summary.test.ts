// `analyze summary` through main(argv, io): directories, files, --input ndjson, formats, errors.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

let dir: string;
const texts = {
  'a.txt':
    'HARBOUR CITY, May 6, 2024 — "We will reopen the port on Friday," said Colonel Edda Strand, the port commander.\n',
  'b.txt':
    'LOWTON, June 3, 2024 — Strand said the second pier would open next month.\n"The harbour is safe," Strand said.\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-summary-'));
  mkdirSync(join(dir, 'texts'));
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, 'texts', name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze summary', () => {
  it('merges one speaker across the texts of a directory and counts their quotes per text', async () => {
    const r = await runCli(['summary', '--json', join(dir, 'texts')]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({ summaryVersion: '1', texts: 2 });
    const strand = c.speakers.filter((s: { name: string }) => /Strand/.test(s.name));
    expect(strand).toHaveLength(1);
    expect(strand[0].name).toBe('Edda Strand');
    expect(strand[0].sources.map((s: { source: string }) => s.source)).toEqual([
      join(dir, 'texts', 'a.txt'),
      join(dir, 'texts', 'b.txt'),
    ]);
    expect(strand[0].quotes).toBe(c.quotes - c.unattributed);
    expect(c.timeline.length).toBeGreaterThan(0);
  });

  it('reads --input ndjson and writes the pretty summary by default', async () => {
    const stdin = Object.entries(texts)
      .map(([id, text]) => JSON.stringify({ id, text }))
      .join('\n');
    const r = await runCli(['summary', '--input', 'ndjson'], { stdin });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Across 2 texts/);
    expect(r.stdout).toMatch(/Edda Strand[^\n]*· \d+ quotes/);
    expect(r.stdout).toContain('Timeline');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it.each([
    ['markdown', /^## Across 2 texts[\s\S]*### Speakers[\s\S]*### Timeline/],
    ['html', /^<!doctype html>[\s\S]*<h2>Timeline<\/h2>[\s\S]*<\/html>\n$/],
  ])('writes %s', async (format, shape) => {
    const r = await runCli(['summary', '-f', format, join(dir, 'texts', 'a.txt'), join(dir, 'texts', 'b.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(shape);
  });

  it.each(['csv', 'ndjson'])('refuses --format %s as a usage error', async (format) => {
    const r = await runCli(['summary', '-f', format, join(dir, 'texts')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^analyze: summary writes pretty, json, markdown, html/);
  });

  it('reports an unreadable input and still summarises the others, exit 1', async () => {
    const r = await runCli(['summary', '--json', join(dir, 'texts', 'a.txt'), join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).texts).toBe(1);
    expect(r.stderr).toContain('missing.txt');
  });

  it('shows the summary command in --help', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toContain('analyze summary releases/');
    expect(r.stdout).toContain('analyze completion bash');
  });
});

describe('analyze summary with control characters in a text', () => {
  it('shows them as symbols in the pretty summary, never as escape sequences', async () => {
    const stdin = JSON.stringify({ id: 'x', text: '"Clear \u001b[2J the screen on May 5, 2024," said Edda Strand.' });
    const r = await runCli(['summary', '--input', 'ndjson'], { stdin });
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('␛[2J');
  });
});
