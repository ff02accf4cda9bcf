#!/usr/bin/env node
// The `analyze` command. `npm run build` makes a bundle of it (dist/bundle/analyze.js) and, where
// this Node can, a V8 startup snapshot with compromise loaded and warm (scripts/bundle.mjs): a
// process started from the snapshot skips compromise's set-up, most of a cold start. Anything to
// analyse runs there, in a child process that shares this one's streams; --help, --version,
// --schema and `completion`, which never load compromise, run the bundle here, as does everything
// when there is no snapshot for this Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const args = process.argv.slice(2);
// Not built yet: the bundle's import below says so.
const { JIT_FLAGS } = await import('../dist/cli/jit-flags.js').catch(() => ({ JIT_FLAGS: [] }));
const blob = fileURLToPath(new URL(`../dist/bundle/analyze-${process.version}-${process.arch}.blob`, import.meta.url));
const light = args[0] === 'completion' || args.some((a) => /^(-h|--help|-V|--version|--schema)$/.test(a));
// V8 refuses a snapshot under other V8 flags than it was built with (exit 14): with any Node
// option given, here or in NODE_OPTIONS, the bundle runs; so it does if the snapshot fails anyway.
const plainNode = process.execArgv.length === 0 && !process.env.NODE_OPTIONS;
const SNAPSHOT_FAILURE = 14;
if (!light && plainNode && existsSync(blob)) {
  const child = spawnSync(process.execPath, [...JIT_FLAGS, '--snapshot-blob', blob, '--', ...args], {
    stdio: 'inherit',
  });
  if (child.signal) process.kill(process.pid, child.signal);
  if (!child.error && child.status !== SNAPSHOT_FAILURE) process.exit(child.status ?? 1);
}

// The bundle runs here, under the same JIT flags where the user's Node options name none of them.
const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
for (const flag of JIT_FLAGS) if (!given.includes(flag.split('=')[0])) setFlagsFromString(flag);

try {
  const { runProcess } = await import('../dist/bundle/analyze.js');
  await runProcess(args);
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && /dist/.test(String(err.message)))
    process.stderr.write('analyze: not built yet: run `npm install` (or `npm run build`) first\n');
  else
    process.stderr.write(
      `analyze: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`,
    );
  process.exit(1);
}
