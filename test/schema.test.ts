// The JSON Schema shipped as schema/analysis.schema.json: it describes what the CLI prints, it
// rejects what the contract does not allow, and `analyze --schema` prints it without the pipeline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { schema, schemaProblems } from './support/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaText = readFileSync(join(root, 'schema', 'analysis.schema.json'), 'utf8');
const golden = JSON.parse(readFileSync(join(root, 'fixtures', 'ministry-spokesperson.expected.json'), 'utf8'));
const clone = () => structuredClone(golden);

describe('the schema', () => {
  it('is draft 2020-12 and is shipped in the package', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schema');
  });

  it('accepts a golden output as it is', () => {
    expect(golden.quotes.length).toBeGreaterThan(0);
    expect(schemaProblems(golden)).toEqual([]);
  });

  it.each<[string, (a: any) => void, RegExp]>([
    ['a missing key', (a) => delete a.quotes[0].speaker, /must have required property 'speaker'/],
    ['a key the contract lacks', (a) => (a.quotes[0].mood = 'calm'), /must NOT have additional properties/],
    [
      'an unknown quote kind',
      (a) => (a.quotes[0].kind = 'quoted'),
      /\/quotes\/0\/kind must be equal to one of the allowed values/,
    ],
    ['a negative offset', (a) => (a.dates[0].start = -1), /\/dates\/0\/start must be >= 0/],
    ['a speaker id of another kind', (a) => (a.quotes[0].speakerId = 'q1'), /\/quotes\/0\/speakerId/],
    ['a reference date not as YYYY-MM-DD', (a) => (a.referenceDate = '22 Oct 2020'), /\/referenceDate/],
    ['another schema version', (a) => (a.schemaVersion = '2'), /\/schemaVersion must be equal to constant/],
    [
      'an unknown speech act',
      (a) => (a.quotes[0].speechAct = 'praise'),
      /\/quotes\/0\/speechAct must be equal to one of the allowed values/,
    ],
    ['a quote without its speech act', (a) => delete a.quotes[0].speechAct, /must have required property 'speechAct'/],
    ['a CAMEO code that is not one', (a) => (a.quotes[0].cameo = 'appeal'), /\/quotes\/0\/cameo/],
  ])('rejects %s', (_, change, message) => {
    const a = clone();
    change(a);
    expect(schemaProblems(a).join('\n')).toMatch(message);
  });

  it('takes the speech-act fields: a label with its cue and CAMEO root, or nulls', () => {
    const a = clone();
    Object.assign(a.quotes[0], { speechAct: 'appeal', speechActCue: 'urged', cameo: '02' });
    Object.assign(a.quotes[1], { speechAct: null, speechActCue: null, cameo: null });
    expect(schemaProblems(a)).toEqual([]);
  });
});

describe('every output of every fixture fits the schema', () => {
  const fixtures = join(root, 'fixtures');

  it('--json over the fixtures (an array, one analysis each)', async () => {
    const r = await runCli(['--json', fixtures]);
    const all = JSON.parse(r.stdout) as unknown[];
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const a of all) expect(schemaProblems(a)).toEqual([]);
  });

  it('--format ndjson, one analysis a line, with a reference date given', async () => {
    const r = await runCli(['-f', 'ndjson', '--reference-date', '2021-06-01', fixtures]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(schemaProblems(JSON.parse(line))).toEqual([]);
  });
});

describe('analyze --schema', () => {
  let dir: string;
  let forbidPipeline: string;
  beforeAll(() => {
    // A loader hook that fails any import of the language library, or of the pool module through
    // which the command loads the pipeline (pool.js in dist/, a pool-<hash>.js chunk in the bundle).
    dir = mkdtempSync(join(tmpdir(), 'analyze-schema-'));
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (specifier === 'compromise' || /(^|\\/)pool(-\\w+)?\\.js$/.test(specifier)) throw new Error('the pipeline was loaded');
  return next(specifier, context);
}\n`,
    );
    forbidPipeline = join(dir, 'register.mjs');
    writeFileSync(
      forbidPipeline,
      `import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const bin = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', forbidPipeline, join(root, 'bin', 'analyze.js'), ...args], {
      encoding: 'utf8',
      input: 'The clerk said so.\n',
    });

  it('prints the shipped schema, exit 0', async () => {
    const r = await runCli(['--schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(schemaText);
    expect(JSON.parse(r.stdout).$id).toBe(schema.$id);
  });

  it('does not load the pipeline (an analysis under the same hook does)', () => {
    const printed = bin('--schema');
    expect(printed.stderr).toBe('');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(schemaText);
    // An analysis from the bundle in this process (bin/analyze.js would start a snapshot's process).
    const analysed = spawnSync(
      process.execPath,
      [
        '--import',
        forbidPipeline,
        '--input-type=module',
        '-e',
        `(await import(${JSON.stringify(join(root, 'dist', 'bundle', 'analyze.js'))})).runProcess(['--json'])`,
      ],
      { encoding: 'utf8', input: 'The clerk said so.\n' },
    );
    expect(analysed.status).not.toBe(0);
    expect(analysed.stderr).toMatch(/the pipeline was loaded/);
  });
});
