// The command as users run it (bin/analyze.js): from the V8 startup snapshot when there is one
// for this Node, else from the bundle; each gives exactly what main() gives in-process, and so does
// bin/analyze.js, which picks between them. Skipped before a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JIT_FLAGS } from '../src/cli/jit-flags.js';
import { runCli } from './support/cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}dist/bundle/`;
const blob = `${bundle}analyze-${process.version}-${process.arch}.blob`;
const fixture = `${root}fixtures/call-readout.txt`;
const stdinText = '“We will meet again on Monday,” the envoy said in Oslo on March 3, 2021.\n';

/** Runs the bundle in a process of its own, as bin/analyze.js does without a snapshot. */
const fromBundle = (args: string[], input?: string) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `(await import(${JSON.stringify(`${bundle}analyze.js`)})).runProcess(${JSON.stringify(args)})`,
    ],
    { encoding: 'utf8', input },
  );
const fromSnapshot = (args: string[], input?: string) =>
  spawnSync(process.execPath, [...JIT_FLAGS, '--snapshot-blob', blob, '--', ...args], { encoding: 'utf8', input });

const cases: [string, string[], string?][] = [
  ['json of a file', ['--json', fixture]],
  ['pretty of a file', ['--reference-date', '2023-03-01', fixture]],
  ['csv of stdin', ['-f', 'csv', '-'], stdinText],
  ['a usage error', ['--format', 'yaml', fixture]],
  ['a missing file beside a good one', ['-f', 'ndjson', `${root}fixtures/missing.txt`, fixture]],
];

describe.each([
  ['the bundle', existsSync(`${bundle}analyze.js`), fromBundle],
  ['the startup snapshot', existsSync(blob), fromSnapshot],
] as const)('%s', (_, built, run) => {
  it.skipIf(!built).each(cases)('%s: what main() gives', async (_name, args, input) => {
    const expected = await runCli(args, input === undefined ? {} : { stdin: input });
    const r = run(args, input);
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: expected.code,
      stdout: expected.stdout,
      stderr: expected.stderr,
    });
  });
});

describe.skipIf(!existsSync(blob))('bin/analyze.js with a snapshot built', () => {
  const bin = `${root}bin/analyze.js`;
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it.each(cases.filter(([, , input]) => input === undefined))('%s: what main() gives', async (_name, args) => {
    const expected = await runCli(args);
    const r = run(args);
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: expected.code,
      stdout: expected.stdout,
      stderr: expected.stderr,
    });
  });

  it('with a V8 flag the snapshot refuses, in NODE_OPTIONS or before the script, runs the bundle: what main() gives', async () => {
    const args = ['--json', fixture];
    const expected = await runCli(args);
    for (const r of [
      spawnSync(process.execPath, [bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--expose-gc' },
      }),
      spawnSync(process.execPath, ['--stack-size=2000', bin, ...args], { encoding: 'utf8' }),
    ])
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: expected.code,
        stdout: expected.stdout,
        stderr: expected.stderr,
      });
  });

  it('keeps one blob, named for this Node', () => {
    expect(readdirSync(bundle).filter((f) => f.endsWith('.blob'))).toEqual([blob.slice(bundle.length)]);
  });
});
