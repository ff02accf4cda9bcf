// What a user of the published package gets: the man page (listed for `man analyze` after a
// global install, naming every option), the LICENSE, and no README links into this checkout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('man page', () => {
  const page = read('man/analyze.1');

  it('is installed by npm as man analyze', () => {
    expect(pkg.man).toEqual(['./man/analyze.1']);
    expect(pkg.files).toContain('man');
    expect(page).toMatch(/^\.TH ANALYZE 1 /);
  });

  it('names every option --help names, and the commands', async () => {
    const help = (await runCli(['--help'])).stdout;
    const longs = [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
    expect(longs.length).toBeGreaterThan(10);
    for (const long of longs) expect(page).toContain(long.replace(/-/g, '\\-'));
    expect(page).toContain('.B analyze summary');
    expect(page).toContain('.B analyze completion');
  });

  it('renders without warnings where man is installed', () => {
    const probe = spawnSync('man', ['--version']);
    if (probe.status !== 0) return; // no man here
    const r = spawnSync('man', ['--warnings', '-l', 'man/analyze.1'], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', LC_ALL: 'C.UTF-8' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('EXIT STATUS');
  });
});

describe('package', () => {
  it('ships the MIT LICENSE package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} statement-analyzer authors\n/);
  });

  it('has no README links a user of the package cannot follow (../ paths)', () => {
    const links = [...read('README.md').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((l) => l.startsWith('../'))).toEqual([]);
  });
});
