// The entry of the V8 startup snapshot (scripts/bundle.mjs builds it into a blob where this Node
// can): the command and the pipeline loaded, and compromise's lexicon, which it expands on first
// use (most of a cold start), already expanded by one analysis. bin/analyze.js starts a process
// from the blob, which runs the command on the user's arguments.
import { startupSnapshot } from 'node:v8';
import { analyze } from '../windows.js';
import { runProcess } from './process.js';

analyze('"We will meet again on Monday," the minister said in Oslo on March 3, 2021.');
// `node --snapshot-blob <blob> -- <arguments>`: the arguments follow the executable.
startupSnapshot.setDeserializeMainFunction(() => runProcess(process.argv.slice(1)));
