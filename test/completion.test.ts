// `analyze completion bash|zsh|fish`: every option of the command is in each script, each script
// parses in its shell (where that shell is installed), and bash completes for real.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'analyze-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function script(shell: string): Promise<string> {
  const r = await runCli(['completion', shell]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('analyze completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s names every option and the commands', async (shell) => {
    const out = await script(shell);
    const help = (await runCli(['--help'])).stdout;
    const longs = [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
    expect(longs.length).toBeGreaterThan(10);
    for (const long of longs) expect(out).toContain(shell === 'fish' ? `-l ${long.slice(2)}` : long);
    expect(out).toContain('summary');
    expect(out).toMatch(/pretty json ndjson markdown csv html/);
  });

  it.each(['bash', 'zsh', 'fish'])('%s script parses', async (shell) => {
    if (!has(shell)) return; // that shell is not installed here
    const file = join(dir, `analyze.${shell}`);
    writeFileSync(file, await script(shell));
    const r = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    [['--fo'], ['--format']],
    [['--format', 'js'], ['json']],
    [
      ['--table', ''],
      ['quotes', 'speakers', 'dates', 'events'],
    ],
    [['completion', 'z'], ['zsh']],
    [['su'], ['summary']],
  ])('bash completes %j to %j', async (words, expected) => {
    if (!has('bash')) return;
    const file = join(dir, 'complete.bash');
    writeFileSync(file, await script('bash'));
    const line = ['analyze', ...words];
    const probe = `source ${JSON.stringify(file)}; COMP_WORDS=(${line.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${line.length - 1}; _analyze; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['-c', probe], { encoding: 'utf8', cwd: dir });
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual([...expected].sort());
  });

  it('fish completes an option and its choices', async () => {
    if (!has('fish')) return;
    const file = join(dir, 'complete.fish');
    writeFileSync(file, await script('fish'));
    const r = spawnSync('fish', ['-c', `source ${file}; complete -C 'analyze --table '`], {
      encoding: 'utf8',
      cwd: dir,
    });
    expect(
      r.stdout
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean)
        .sort(),
    ).toEqual(['dates', 'events', 'quotes', 'speakers']);
  });

  it.each([[[]], [['tcsh']], [['bash', 'zsh']]])('completion %j is a usage error', async (args) => {
    const r = await runCli(['completion', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^analyze: completion needs one shell: bash, zsh, fish/);
  });
});
