// Compares the rules' source with the ranker's on collected quotes (collect.mjs on a split the
// ranker was not trained on): accuracy on direct quotes and speech attributions, with the ranker
// deciding everything, only where no rule linked (as a last sieve would), or where the rule borrowed
// a neighbour's speaker or linked nothing; and, where rules and ranker disagree, who is right.
//
//   node scripts/ranker/evaluate.mjs /tmp/ranker-dev.json WEIGHTS.json [--fold k/n]
import { readFileSync } from 'node:fs';
import { FEATURES, best } from '../../dist/attribution/ranker.js';

/** The floor tried for a sieve: credit only a pick the model thinks more likely right than wrong. */
const MIN_PROBABILITY = 0.5;

const args = process.argv.slice(2);
const [input, weightsFile] = args;
if (!input || !weightsFile) {
  console.error('usage: evaluate.mjs RECORDS.json WEIGHTS.json [--fold k/n]');
  process.exit(2);
}
const { records: all } = JSON.parse(readFileSync(input, 'utf8'));
// --fold k/n: only the documents of fold k (those train.mjs --fold k/n left out).
const fold = args.includes('--fold') ? args[args.indexOf('--fold') + 1].split('/').map(Number) : null;
const docs = [...new Set(all.map((r) => r.id))];
const records = fold ? all.filter((r) => docs.indexOf(r.id) % fold[1] === fold[0]) : all;
const { weights } = JSON.parse(readFileSync(weightsFile, 'utf8'));
const w = FEATURES.map((f) => weights[f] ?? 0);
const borrowed = FEATURES.indexOf('rulePickBorrowed');

const ranked = (r) => best(w, r.cands);
const rankerRight = (r) => !!ranked(r)?.top.y;
const MODES = {
  rules: (r) => r.ruleRight,
  'ranker everywhere': rankerRight,
  'ranker where no rule linked': (r) => (r.rule ? r.ruleRight : rankerRight(r)),
  [`ranker where no rule linked, p >= ${MIN_PROBABILITY}`]: (r) =>
    r.rule ? r.ruleRight : rankerRight(r) && ranked(r).p >= MIN_PROBABILITY,
  'ranker where the rule borrowed or none': (r) =>
    r.rule && !r.cands.some((c) => c.x[borrowed]) ? r.ruleRight : rankerRight(r),
};
for (const [set, keep] of [
  ['direct quotes', (r) => r.direct],
  ['speech attributions', (r) => r.speech],
]) {
  const rs = records.filter(keep);
  console.log(`${set} (${rs.length} found, with a gold source): source accuracy`);
  for (const [name, right] of Object.entries(MODES))
    console.log(`  ${name.padEnd(48)} ${(rs.filter(right).length / rs.length).toFixed(3)}`);
  const rulesOnly = rs.filter((r) => r.ruleRight && !rankerRight(r)).length;
  const rankerOnly = rs.filter((r) => !r.ruleRight && rankerRight(r)).length;
  const neither = rs.filter((r) => !r.ruleRight && !rankerRight(r)).length;
  console.log(
    `  everywhere vs rules: only the rules right ${rulesOnly}, only the ranker ${rankerOnly}, neither ${neither}`,
  );
}
