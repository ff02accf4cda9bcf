// The entry of the V8 startup snapshot (scripts/bundle.mjs builds it into a blob where this Node
// can): the command and the pipeline loaded, and compromise's lexicon, which it expands on first
// use (most of a cold start), already expanded by the analyses of ./warm-up.ts. bin/analyze.js
// starts a process from the blob, which runs the command on the user's arguments; `-j N` starts its
// helpers from the same blob, which then serve texts (src/cli/lane.ts).
import { startupSnapshot } from 'node:v8';
import { analyze } from '../windows.js';
import { LANE_ENV, serveLane } from './lane.js';
import { runProcess } from './process.js';
import { WARM_UP_TEXTS } from './warm-up.js';

for (const text of WARM_UP_TEXTS) analyze(text);
// `node --snapshot-blob <blob> -- <arguments>`: the arguments follow the executable.
startupSnapshot.setDeserializeMainFunction(() =>
  process.env[LANE_ENV] ? serveLane() : runProcess(process.argv.slice(1)),
);
