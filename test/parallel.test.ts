// GNU parallel splitting an ndjson stream over several processes gives, line for line, what one
// process gives (the README's recipe). Skipped where parallel is not installed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/analyze.js', import.meta.url));
const hasParallel =
  spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') ?? false;

const lines = Array.from({ length: 7 }, (_, i) =>
  JSON.stringify({
    id: `t${i}`,
    text: `HARBOUR CITY, May ${i + 1}, 2024 — "We will meet on Friday," said Colonel Edda Strand.${i % 2 ? ' Talks resume next week.' : ''}`,
  }),
).join('\n');

describe.skipIf(!hasParallel)('GNU parallel', () => {
  it('parallel --pipe -k -N 2 analyze --input ndjson equals one analyze --input ndjson', () => {
    const one = spawnSync(process.execPath, [bin, '--input', 'ndjson'], { input: lines, encoding: 'utf8' });
    expect(one.status).toBe(0);
    const split = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '-k', '-N', '2', '-j', '2', process.execPath, bin, '--input', 'ndjson'],
      { input: lines, encoding: 'utf8' },
    );
    expect(split.status).toBe(0);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(7);
    expect(split.stdout).toBe(one.stdout);
  });
});
