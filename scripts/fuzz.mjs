// `npm run fuzz [-- runs] [seed]`: the fuzz test (test/fuzz.test.ts) with 100,000 cases by default
// (CI runs 2,000). It ends with one line: cases run, exceptions, invalid outputs.
import { spawnSync } from 'node:child_process';

const [runs = '100000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env,
  cwd: new URL('..', import.meta.url).pathname,
});
process.exit(result.status ?? 1);
