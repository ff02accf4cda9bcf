// Trains the source ranker of src/attribution/ranker.ts on PolNeAR's train split and measures it
// against the rules alone, on articles it did not learn from.
//
//   npm run build && node scripts/train-ranker.mjs [--data DIR] [--folds K] [--eval DIR] [--write] [--cache PREFIX]
//
// For every quote the rules find that overlaps a gold attribution with a source (Dice >= 0.5 on
// the trimmed spans, as ../shared/eval/polnear.mjs matches), every speaker of the text is a
// candidate (and, for a quote no rule credited, "nobody"); a candidate is right when one of its
// mentions overlaps the gold source, or its name ends with the source's last word (the scorer's
// test); "nobody" is right when no speaker is. A conditional log-linear model (softmax
// over the candidates, L2) is fitted by gradient descent.
// - K-fold cross-validation by article inside DIR (default 5): rules vs ranker on the held-out
//   folds, for each rule the ranker might overturn, and for each margin.
// - --eval DIR (e.g. ../shared/data/polnear-dev): trained on all of DIR, scored there too.
// - --cache PREFIX: keeps the extracted features in PREFIX.<dir>.json (outside the project) between runs.
// - --write: trained on all of DIR, the rules and margin that won in cross-validation go with the
//   weights to src/attribution/ranker-weights.json. The ranker may only overturn the borrowing
//   sieves of direct.ts and quotes no rule credited: the sure rules stay as they are.
// The corpus is read for measuring and learning numbers only: nothing of its text is printed or
// written; the features are generic (see ranker.ts).
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const data = opt('--data', '../shared/data/polnear-train');
const folds = Number(opt('--folds', '5'));
const evalDir = opt('--eval', null);
const write = args.includes('--write');
for (const dir of [data, evalDir].filter(Boolean)) {
  if (!existsSync(join(dir, 'ann'))) {
    console.log(`train-ranker: no PolNeAR annotations under ${dir}; nothing to do`);
    process.exit(0);
  }
}
const { tag } = await import('../dist/adapters/compromise.js');
const { buildDocument } = await import('../dist/document/build.js');
const { attributeByRules } = await import('../dist/attribution/index.js');
const { candidateFeatures, rankerInput, score, NOBODY } = await import('../dist/attribution/ranker.js');
const { DIRECT_SIEVES } = await import('../dist/attribution/direct.js');
/** Where the rules are unsure: the sieves that borrow a neighbour's speaker, and quotes no rule credited (""). */
const UNSURE = new Set(['', ...DIRECT_SIEVES.filter((s) => s.borrows).map((s) => s.name)]);

const QUOTE_MARKS = '"“”„‟«»‘’‚‛\'`';
const PRONOUNS = new Set('he she they it we i him her them his hers their its'.split(' '));
const TITLE_WORDS = new Set('mr mrs ms dr sen rep gov president senator governor secretary the former'.split(' '));
const words = (s) =>
  (s || '')
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) || [];

/** Gold attributions with a source: content and source spans, in code points. */
function goldOf(ann) {
  const T = new Map();
  const events = [];
  for (const line of ann.split('\n')) {
    const [id, head, text] = line.split('\t');
    if (!id || !head) continue;
    if (id[0] === 'T') {
      const sp = head.indexOf(' ');
      T.set(id, {
        spans: head
          .slice(sp + 1)
          .split(';')
          .map((r) => r.split(' ').map(Number)),
        text,
      });
    } else if (id[0] === 'E') {
      events.push(
        Object.fromEntries(
          head
            .trim()
            .split(/\s+/)
            .map((p) => p.split(':')),
        ),
      );
    }
  }
  return events
    .map((e) => ({ content: T.get(e.Content), source: T.get(e.Source) }))
    .filter((a) => a.content && a.source);
}

function trim(chars, s, e) {
  const junk = (c) => /[\s\p{P}]/u.test(c) || QUOTE_MARKS.includes(c);
  while (s < e && junk(chars[s])) s++;
  while (e > s && junk(chars[e - 1])) e--;
  return [s, e];
}
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const dice = (a, b) => (2 * overlap(a, b)) / (a[1] - a[0] + (b[1] - b[0]) || 1);
const isDirect = (chars, [s, e]) => {
  const t = chars.slice(s, e).join('').trim();
  return (
    /^["“«]/.test(t) && /["”»][\s\p{P}]*$/u.test(t) && !/["“”«»]/.test(t.slice(1).replace(/["”»][\s\p{P}]*$/u, ''))
  );
};

/** Is speaker `s` the gold source (as the scorer decides)? Offsets of `s` in UTF-16, `toCp` maps them. */
function rightSource(s, gold, toCp) {
  for (const m of s.mentions)
    for (const g of gold.source.spans) if (overlap([toCp[m.start], toCp[m.end]], g) > 0) return true;
  if (PRONOUNS.has(String(gold.source.text).toLowerCase())) return false;
  const a = words(s.name).filter((w) => !TITLE_WORDS.has(w));
  const b = words(gold.source.text).filter((w) => !TITLE_WORDS.has(w));
  return a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1];
}

/** One article's instances: each matched quote with its candidates' features and labels. */
function instancesOf(dir, id) {
  const text = readFileSync(join(dir, 'texts', `${id}.txt`), 'utf8');
  const chars = Array.from(text);
  // UTF-16 offset → code point offset.
  const toCp = new Int32Array(text.length + 1);
  for (let u = 0, c = 0; u <= text.length; c++) {
    toCp[u] = c;
    const w = text.codePointAt(u) > 0xffff ? 2 : 1;
    if (w === 2) toCp[u + 1] = c;
    u += w;
  }
  const golds = [];
  for (const a of goldOf(readFileSync(join(dir, 'ann', `${id}.ann`), 'utf8'))) {
    for (const sp of a.content.spans) {
      const span = trim(chars, sp[0], sp[1]);
      if (span[1] - span[0] >= 2) golds.push({ ...a, span, direct: isDirect(chars, sp) });
    }
  }
  const tagged = tag(text);
  const doc = buildDocument(text, tagged);
  const { quotes, speakers } = attributeByRules(doc, tagged);
  const preds = quotes.map((q) => trim(chars, toCp[q.start], toCp[q.end]));
  const pairs = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const d = dice(g.span, p);
      if (d >= 0.5) pairs.push([d, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set();
  const pu = new Set();
  const out = [];
  const input = rankerInput(doc, quotes, speakers);
  for (const [, gi, pi] of pairs) {
    if (gu.has(gi) || pu.has(pi)) continue;
    gu.add(gi);
    pu.add(pi);
    const g = golds[gi];
    const q = quotes[pi];
    const feats = candidateFeatures(input, pi);
    const candidates = speakers.map((s) => ({ id: s.id, f: feats.get(s.id), right: rightSource(s, g, toCp) }));
    // "Nobody" is right where no speaker of ours is the source.
    if (feats.has(NOBODY))
      candidates.push({ id: NOBODY, f: feats.get(NOBODY), right: !candidates.some((c) => c.right) });
    out.push({
      article: id,
      rule: q.rule ?? '',
      direct: g.direct && q.kind === 'direct',
      chosen: q.speakerId,
      candidates,
    });
  }
  return out;
}

function load(dir) {
  const ids = readdirSync(join(dir, 'ann'))
    .filter((f) => f.endsWith('.ann'))
    .map((f) => f.slice(0, -4))
    .sort();
  const all = [];
  ids.forEach((id, k) => {
    for (const x of instancesOf(dir, id)) all.push(x);
    if (process.stderr.isTTY) process.stderr.write(`\r${k + 1}/${ids.length}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return { ids, all };
}

/** Softmax regression over each instance's candidates, full-batch gradient descent with L2. */
function train(instances, { epochs = 400, rate = 1, l2 = 1e-3 } = {}) {
  const usable = instances.filter((x) => x.candidates.some((c) => c.right));
  const w = {};
  for (let e = 0; e < epochs; e++) {
    const grad = {};
    for (const x of usable) {
      const s = x.candidates.map((c) => score(c.f, w));
      const top = s.reduce((m, v) => Math.max(m, v), -Infinity);
      const ex = s.map((v) => Math.exp(v - top));
      const z = ex.reduce((a, b) => a + b, 0);
      const rights = x.candidates.filter((c) => c.right).length;
      x.candidates.forEach((c, k) => {
        const g = ex[k] / z - (c.right ? 1 / rights : 0);
        for (const [name, v] of Object.entries(c.f)) grad[name] = (grad[name] ?? 0) + g * v;
      });
    }
    for (const [name, g] of Object.entries(grad))
      w[name] = (w[name] ?? 0) - rate * (g / usable.length + l2 * (w[name] ?? 0));
  }
  return w;
}

/** Would the ranker (rules `rules`, margin `margin`) credit the right speaker? */
function rankerRight(x, model) {
  const chosen = x.candidates.find((c) => c.id === x.chosen);
  if (!model.rules.includes(x.rule) || x.candidates.length === 0) return !!chosen?.right;
  const s = x.candidates.map((c) => score(c.f, model.weights));
  const top = s.reduce((m, v) => Math.max(m, v), -Infinity);
  const ex = s.map((v) => Math.exp(v - top));
  const z = ex.reduce((a, b) => a + b, 0);
  const best = s.indexOf(top);
  const pChosen = chosen ? ex[x.candidates.indexOf(chosen)] / z : 0;
  const id = x.candidates[best].id;
  if (id === NOBODY || id === x.chosen || ex[best] / z - pChosen < model.margin) return !!chosen?.right;
  return x.candidates[best].right;
}
const rulesRight = (x) => !!x.candidates.find((c) => c.id === x.chosen)?.right;

const MARGINS = [0, 0.2, 0.4, 0.6];
const ALL_RULES = (xs) => [...new Set(xs.map((x) => x.rule))].sort();

/** Held-out predictions of every fold: for each instance, the model trained without its article. */
function crossValidate({ ids, all }) {
  const foldOf = new Map(ids.map((id, k) => [id, k % folds]));
  const held = [];
  for (let f = 0; f < folds; f++) {
    const weights = train(all.filter((x) => foldOf.get(x.article) !== f));
    for (const x of all.filter((y) => foldOf.get(y.article) === f)) held.push({ x, weights });
  }
  return held;
}

const pct = (n, d) => (d ? (n / d).toFixed(3) : '-');
function report(title, held, rules, margin) {
  const line = (label, xs) => {
    const r = xs.filter(({ x }) => rulesRight(x)).length;
    const k = xs.filter(({ x, weights }) => rankerRight(x, { rules, margin, weights })).length;
    console.log(
      `  ${label.padEnd(28)} n=${String(xs.length).padStart(5)}  rules ${pct(r, xs.length)}  ranker ${pct(k, xs.length)}`,
    );
  };
  console.log(`${title} (ranker may overturn: ${rules.map((r) => r || '(none)').join(', ')}; margin ${margin})`);
  line('all sourced quotes', held);
  line(
    'direct quotes',
    held.filter(({ x }) => x.direct),
  );
}

/** Unsure rules where the ranker does better than the rules on held-out quotes, and the margin with most right. */
function choosePolicy(held) {
  let best = { rules: [], margin: 1, gain: 0 };
  for (const margin of MARGINS) {
    const rules = ALL_RULES(held.map((h) => h.x)).filter((rule) => {
      if (!UNSURE.has(rule)) return false;
      const xs = held.filter(({ x }) => x.rule === rule);
      const gain = xs.reduce(
        (n, { x, weights }) => n + Number(rankerRight(x, { rules: [rule], margin, weights })) - Number(rulesRight(x)),
        0,
      );
      return gain > 0;
    });
    const gain = held.reduce(
      (n, { x, weights }) => n + Number(rankerRight(x, { rules, margin, weights })) - Number(rulesRight(x)),
      0,
    );
    if (gain > best.gain) best = { rules, margin, gain };
  }
  return best;
}

const cache = opt('--cache', null);
const cached = (dir) => {
  const file = cache && `${cache}.${dir.replace(/\W+/g, '_')}.json`;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const loaded = load(dir);
  if (file) writeFileSync(file, JSON.stringify(loaded));
  return loaded;
};
const train_ = cached(data);
console.log(`${train_.ids.length} articles, ${train_.all.length} sourced quotes found by the rules`);
const held = crossValidate(train_);
const foldOf = new Map(train_.ids.map((id, k) => [id, k % folds]));
// The policy for each fold is chosen on the other folds' held-out quotes, so none is scored on what chose it.
const nested = [];
for (let f = 0; f < folds; f++) {
  const policy = choosePolicy(held.filter(({ x }) => foldOf.get(x.article) !== f));
  for (const h of held.filter(({ x }) => foldOf.get(x.article) === f)) nested.push({ ...h, policy });
}
console.log(`Cross-validation, ${folds} folds by article (held-out quotes):`);
for (const rule of ALL_RULES(train_.all)) {
  const xs = held.filter(({ x }) => x.rule === rule);
  const cells = MARGINS.map(
    (margin) =>
      `m${margin}:${pct(xs.filter(({ x, weights }) => rankerRight(x, { rules: [rule], margin, weights })).length, xs.length)}`,
  );
  console.log(
    `  rule ${(rule || '(none)').padEnd(22)} n=${String(xs.length).padStart(5)}  rules ${pct(xs.filter(({ x }) => rulesRight(x)).length, xs.length)}  ${cells.join(' ')}`,
  );
}
{
  const r = nested.filter(({ x }) => rulesRight(x)).length;
  const k = nested.filter(({ x, weights, policy }) => rankerRight(x, { ...policy, weights })).length;
  const rd = nested.filter(({ x }) => x.direct && rulesRight(x)).length;
  const kd = nested.filter(({ x, weights, policy }) => x.direct && rankerRight(x, { ...policy, weights })).length;
  const nd = nested.filter(({ x }) => x.direct).length;
  console.log(
    `Held-out, policy chosen on the other folds: all n=${nested.length} rules ${pct(r, nested.length)} ranker ${pct(k, nested.length)}; direct n=${nd} rules ${pct(rd, nd)} ranker ${pct(kd, nd)}`,
  );
}
const policy = choosePolicy(held);
report('Held-out, policy chosen on all folds (optimistic)', held, policy.rules, policy.margin);
report('Held-out, every rule', held, ALL_RULES(train_.all), 0);

if (evalDir || write) {
  const weights = train(train_.all);
  const model = { rules: policy.rules, margin: policy.margin, weights };
  if (evalDir) {
    const dev = cached(evalDir);
    report(
      `Trained on all of ${data}, scored on ${evalDir}`,
      dev.all.map((x) => ({ x, weights })),
      model.rules,
      model.margin,
    );
  }
  if (write) {
    // Weights of the rules' trust in rules the ranker may not overturn never fire: left out.
    const used = ([k]) => !k.startsWith('chosen:rule:') || model.rules.includes(k.slice('chosen:rule:'.length));
    const rounded = Object.fromEntries(
      Object.entries(weights)
        .filter(used)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, Math.round(v * 1000) / 1000]),
    );
    writeFileSync(
      'src/attribution/ranker-weights.json',
      JSON.stringify({ ...model, weights: rounded }, null, 2) + '\n',
    );
    console.log('wrote src/attribution/ranker-weights.json');
  }
}
