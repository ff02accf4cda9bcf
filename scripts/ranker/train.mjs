// Trains the source ranker: a conditional logit (softmax over each quote's candidates) with an L2
// penalty, by full-batch gradient descent from zero weights: deterministic, no randomness.
//
//   node scripts/ranker/train.mjs /tmp/ranker-train.json OUT.json [--without rulePick,rulePickBorrowed] [--fold k/n]
//
// Quotes with no right candidate teach nothing and are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { FEATURES } from '../../dist/attribution/ranker.js';

const args = process.argv.slice(2);
const [input, out] = args;
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const without = new Set((opt('--without', '') || '').split(',').filter(Boolean));
const L2 = Number(opt('--l2', '0.001'));
const STEPS = Number(opt('--steps', '400'));
const RATE = Number(opt('--rate', '0.5'));

const { records: all } = JSON.parse(readFileSync(input, 'utf8'));
// --fold k/2: leave out the documents of fold k (cross-validation on the training split).
const fold = opt('--fold', null);
const docs = [...new Set(all.map((r) => r.id))];
const foldOf = (r) => docs.indexOf(r.id) % Number(fold.split('/')[1]);
const records = fold ? all.filter((r) => foldOf(r) !== Number(fold.split('/')[0])) : all;
const used = FEATURES.map((f) => !without.has(f));
const groups = records.filter((r) => r.cands.some((c) => c.y) && r.cands.length > 1);
const n = FEATURES.length;

/** Mean negative log-likelihood of the right candidates and its gradient. */
function lossAndGradient(w) {
  const grad = new Float64Array(n);
  let loss = 0;
  for (const { cands } of groups) {
    const scores = cands.map((c) => c.x.reduce((s, v, i) => s + (used[i] ? v * w[i] : 0), 0));
    const top = scores.reduce((a, b) => Math.max(a, b), -Infinity);
    const exps = scores.map((s) => Math.exp(s - top));
    const z = exps.reduce((a, b) => a + b, 0);
    // Several right candidates (a name and its pronoun): the target is their total probability.
    const right = exps.reduce((a, e, k) => a + (cands[k].y ? e : 0), 0);
    loss -= Math.log(right / z);
    cands.forEach((c, k) => {
      const g = exps[k] / z - (c.y ? exps[k] / right : 0);
      for (let i = 0; i < n; i++) if (used[i]) grad[i] += g * c.x[i];
    });
  }
  for (let i = 0; i < n; i++) {
    grad[i] = grad[i] / groups.length + L2 * w[i];
    loss += (L2 / 2) * w[i] * w[i] * groups.length;
  }
  return { loss: loss / groups.length, grad };
}

// Adam, full batch: the same steps every run.
const w = new Float64Array(n);
const m = new Float64Array(n);
const v = new Float64Array(n);
let loss = 0;
for (let t = 1; t <= STEPS; t++) {
  const r = lossAndGradient(w);
  loss = r.loss;
  for (let i = 0; i < n; i++) {
    m[i] = 0.9 * m[i] + 0.1 * r.grad[i];
    v[i] = 0.999 * v[i] + 0.001 * r.grad[i] ** 2;
    w[i] -= (RATE * 0.1 * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8);
  }
}
const weights = Object.fromEntries(FEATURES.map((f, i) => [f, +w[i].toFixed(4)]));
writeFileSync(
  out,
  JSON.stringify(
    { trainedOn: 'polnear-train', quotes: groups.length, loss: +loss.toFixed(4), l2: L2, weights },
    null,
    2,
  ) + '\n',
);
console.error(`${groups.length} quotes, loss ${loss.toFixed(4)}`);
