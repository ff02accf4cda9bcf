// -j helpers started from the startup snapshot (src/cli/lane.ts): a helper process answers what
// this process would, and `-j 2` through bin/analyze.js writes what `-j 1` writes. Skipped
// before a build, and where this Node built no snapshot.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helped, HELPERS_AFTER_CHARS, workerPool } from '../src/cli/pool.js';
import { JIT_FLAGS } from '../src/cli/jit-flags.js';
import { laneProcess, snapshotBlob, v8Flags, type Helper } from '../src/cli/lane.js';
import { analyze } from '../src/windows.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const blob = `${root}dist/bundle/analyze-${process.version}-${process.arch}.blob`;
const fixtureDir = `${root}fixtures/`;
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('snapshotBlob', () => {
  it.each([
    [['--snapshot-blob', '/x/a.blob'], '/x/a.blob'],
    [['--stack-size=2000', '--snapshot-blob', 'b.blob', '--'], 'b.blob'],
    [[], null],
    [['--snapshot-blob'], null],
  ])('%j: %s', (argv, expected) => {
    expect(snapshotBlob(argv)).toBe(expected);
  });
});

describe('v8Flags: what a helper from the same blob is started with', () => {
  it.each([
    [['--interrupt-budget=9', '--snapshot-blob', '/x/a.blob'], ['--interrupt-budget=9']],
    [['--snapshot-blob', 'b.blob', '--stack-size=2000'], ['--stack-size=2000']],
    [['--stack-size=2000'], ['--stack-size=2000']],
    [[], []],
  ])('%j: %j', (argv, expected) => {
    expect(v8Flags(argv)).toEqual(expected);
  });
});

describe.skipIf(!existsSync(blob))('a helper process from the startup snapshot', () => {
  it('answers each text with what this process gives, in order', async () => {
    const texts = fixtures.slice(0, 4).map((f) => readFileSync(join(fixtureDir, f), 'utf8'));
    const pool = workerPool(1, () => laneProcess(blob, JIT_FLAGS), 2);
    try {
      const options = (i: number) => ({ source: fixtures[i]!, referenceDate: '2024-03-06' });
      const results = await Promise.all(texts.map((t, i) => pool.run(t, options(i))));
      expect(results).toEqual(texts.map((t, i) => analyze(t, options(i))));
    } finally {
      await pool.close();
    }
  });

  it('is gone when terminate() returns', async () => {
    const lane = laneProcess(blob, JIT_FLAGS);
    await new Promise<void>((ready) => lane.onReply((m) => 'ready' in m && ready()));
    await lane.terminate();
    expect(() => process.kill(lane.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  // The session id is field 6 of /proc/<pid>/stat (after the command name in parentheses).
  const sessionOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[3]);
  it.skipIf(!existsSync('/proc/self/stat'))('runs in a session of its own', async () => {
    const lane = laneProcess(blob, JIT_FLAGS);
    await new Promise<void>((ready) => lane.onReply((m) => 'ready' in m && ready()));
    try {
      expect(sessionOf(lane.pid!)).toBe(lane.pid);
      expect(sessionOf(lane.pid!)).not.toBe(sessionOf(process.pid));
    } finally {
      await lane.terminate();
    }
  });

  it('ends when the process that started it is killed', async () => {
    const lane = `${root}dist/cli/lane.js`;
    const starter = `import { laneProcess } from ${JSON.stringify(lane)};
      const l = laneProcess(${JSON.stringify(blob)}, ${JSON.stringify(JIT_FLAGS)});
      l.onReply((m) => 'ready' in m && console.log(l.pid));`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', starter], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [line] = (await once(parent.stdout, 'data')) as [Buffer];
    const pid = Number(String(line).trim());
    expect(pid).toBeGreaterThan(0);
    parent.kill('SIGKILL');
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let wait = 0; wait < 200 && alive(); wait++) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });

  it('a helper killed on its first text, once ready, fails that text; it is not a helper that could not start', async () => {
    // The helper is killed as soon as it says it is ready, holding the text the pool sent it.
    const killedWhenReady = (): Helper => {
      const lane = laneProcess(blob, JIT_FLAGS);
      return {
        ...lane,
        onReply: (listener) =>
          lane.onReply((m) => {
            if ('ready' in m) process.kill(lane.pid!, 'SIGKILL');
            listener(m);
          }),
      };
    };
    const pool = helped(1, killedWhenReady, 0);
    try {
      const text = '"We will reopen the bridge," the mayor said.';
      await expect(pool.run(text, {})).rejects.toThrow('helper process ended (SIGKILL)');
    } finally {
      await pool.close();
    }
  });

  describe('analyze -j 2 over texts enough for a helper', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'analyze-lane-'));
      // Each fixture three times over: past the characters after which a helper starts.
      let chars = 0;
      for (let copy = 0; copy < 3; copy++)
        for (const f of fixtures) {
          const text = readFileSync(join(fixtureDir, f), 'utf8');
          chars += text.length;
          writeFileSync(join(dir, `${copy}-${f}`), text);
        }
      expect(chars).toBeGreaterThan(2 * HELPERS_AFTER_CHARS.snapshot);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes what -j 1 writes', () => {
      const run = (jobs: string) =>
        // (the output of every fixture three times over passes spawnSync's default 1 MB buffer)
        spawnSync(process.execPath, [`${root}bin/analyze.js`, '-f', 'ndjson', '-j', jobs, dir], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
      const one = run('1');
      const two = run('2');
      expect(one.status).toBe(0);
      expect(one.stdout.split('\n').length).toBeGreaterThan(3 * fixtures.length);
      expect({ code: two.status, stdout: two.stdout, stderr: two.stderr }).toEqual({
        code: 0,
        stdout: one.stdout,
        stderr: '',
      });
    });
  });
});
