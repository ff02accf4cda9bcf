// `npm run build`, after tsc: what bin/analyze.js runs, in dist/bundle/.
//   - analyze.js (esbuild, ES module): the command line in one file; the pipeline and compromise
//     sit in a chunk loaded only when there is something to analyse, so `--help` never loads them.
//     worker.js is the -j worker thread.
//   - analyze-<node version>-<arch>.blob, where this Node can build it: a V8 startup snapshot of
//     the command (snapshot.cjs, one CommonJS file as the snapshot builder needs) with compromise
//     loaded and warm. A Node of another version cannot read it; bin/analyze.js then runs the bundle.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { JIT_FLAGS } from '../dist/cli/jit-flags.js';

// A checkout whose node_modules predates esbuild (merged from main, not reinstalled): say what to do.
const { build } = await import('esbuild').catch(() => {
  console.error('esbuild is not installed: run `npm install` (or `npm ci`), then `npm run build`');
  process.exit(1);
});

const OUT = 'dist/bundle';
const BLOB = `${OUT}/analyze-${process.version}-${process.arch}.blob`;
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', outdir: OUT };

rmSync(OUT, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { analyze: 'src/cli/process.ts', worker: 'src/cli/worker.ts' },
  format: 'esm',
  splitting: true,
  chunkNames: '[name]-[hash]',
  // commander is CommonJS: its require() of Node's modules needs a real require in an ES module.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: { snapshot: 'src/cli/snapshot.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // A CommonJS file has no import.meta: module URLs (the worker script, the schema) resolve
  // against the blob's own path, in this folder like the bundle's files.
  define: { 'import.meta.url': '__bundle.url' },
  banner: {
    js: "const __bundle = { get url() { return require('node:url').pathToFileURL(process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1]).href; } };",
  },
});
// Node warns that it has not verified child_process and tty (commander and chalk load them, and
// neither is used before the snapshot is taken): those warnings are left out, errors are not.
// Built, and then tried, under the command's JIT flags and without NODE_OPTIONS: V8 flags given
// there would be baked into the blob, which then would not load where bin/analyze.js starts it.
const env = { ...process.env, NODE_OPTIONS: '' };
const node = (args) => spawnSync(process.execPath, args, { encoding: 'utf8', env });
let snapshot = node([
  ...JIT_FLAGS,
  '--no-warnings',
  '--snapshot-blob',
  BLOB,
  '--build-snapshot',
  `${OUT}/snapshot.cjs`,
]);
if (snapshot.status === 0) snapshot = node([...JIT_FLAGS, '--snapshot-blob', BLOB, '--', '--version']);
if (snapshot.status !== 0) {
  const why = (snapshot.error?.message ?? snapshot.stderr).trim().split('\n')[0];
  console.warn(`no startup snapshot (${why}): the command runs the bundle`);
  rmSync(BLOB, { force: true });
}
