// Runs the analyzer (dist/) over a PolNeAR split and writes, for every quote it finds that
// matches a gold attribution with a source, the candidate source mentions with their features
// (src/attribution/ranker.ts) and labels: does the mention match the gold source?
//
//   node scripts/ranker/collect.mjs ../shared/data/polnear-train /tmp/ranker-train.json
//
// Matching follows ../shared/eval/polnear.mjs: spans trimmed of quote marks, punctuation and
// space; a quote matches a gold content at Dice >= 0.5 (greedy, one to one); a mention is right
// when it overlaps the gold source or ends in the same name word.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../dist/pipeline.js';
import { DIRECT_SIEVES, licensing, notScareQuote, shortQuotes } from '../../dist/attribution/direct.js';
import { candidatesOf, rankerDocument } from '../../dist/attribution/ranker.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: collect.mjs DATA_DIR OUT.json');
  process.exit(2);
}

// The sieves' input, seen by a sieve that runs first and links nothing: after the analysis it
// holds every quote with the rule and mention the real sieves gave it.
let seen = null;
DIRECT_SIEVES.unshift({ name: 'ranker-observer', borrows: false, link: (a) => ((seen = a), null) });
const borrowing = new Set(DIRECT_SIEVES.filter((s) => s.borrows).map((s) => s.name));

const SPEECH =
  /\b(say|says|said|saying|tell|tells|told|telling|according to|add|adds|added|adding|state|states|stated|stating|statement|announce[ds]?|announcing|declare[ds]?|declaring|claim(s|ed|ing)?|insist(s|ed|ing)?|argue[ds]?|arguing|note[ds]?|noting|explain(s|ed|ing)?|warn(s|ed|ing)?|ask(s|ed|ing)?|repl(y|ies|ied|ying)|respond(s|ed|ing)?|tweet(s|ed|ing)?|wrote|writes?|writing|continue[ds]?|recall(s|ed|ing)?|acknowledge[ds]?|admit(s|ted|ting)?|suggest(s|ed|ing)?|urge[ds]?|urging|call(s|ed|ing)?|vow(s|ed|ing)?|promise[ds]?|promising|predict(s|ed|ing)?|deny|denies|denied|denying|confirm(s|ed|ing)?|report(s|ed|ing)?|quip(s|ped|ping)?|joke[ds]?|joking|shout(s|ed|ing)?|demand(s|ed|ing)?|pledge[ds]?|pledging|stress(es|ed|ing)?|emphasi[sz]e[ds]?|describ(e|es|ed|ing)|remark(s|ed|ing)?|conclude[ds]?|concluding|observe[ds]?|observing|agree[ds]?|put it|:)\b/i;
const QUOTE_MARKS = '"“”„‟«»‘’‚‛\'`';
const PRONOUNS = new Set('he she they it we i him her them his hers their its'.split(' '));
const TITLE_WORDS = new Set(
  'mr mrs ms dr sen rep gov president senator governor secretary the former candidate nominee'.split(' '),
);
const nameWords = (s) =>
  (
    (s || '')
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) || []
  ).filter((w) => !TITLE_WORDS.has(w));

function parseAnn(src) {
  const T = new Map();
  const rel = [];
  for (const line of src.split('\n')) {
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
    } else if (id[0] === 'E')
      rel.push(
        Object.fromEntries(
          head
            .trim()
            .split(/\s+/)
            .map((p) => p.split(':')),
        ),
      );
  }
  return rel
    .map((r) => ({ content: T.get(r.Content), cue: T.get(r.Cue), source: T.get(r.Source) }))
    .filter((a) => a.content);
}

const junk = (c) => /[\s\p{P}]/u.test(c) || QUOTE_MARKS.includes(c);
function trim(text, s, e) {
  while (s < e && junk(text[s])) s++;
  while (e > s && junk(text[e - 1])) e--;
  return [s, e];
}
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const dice = (a, b) => (2 * overlap(a, b)) / (a[1] - a[0] + (b[1] - b[0]) || 1);
function kindOf(t) {
  t = t.trim();
  if (![...t].some((c) => '"“”«»'.includes(c))) return 'indirect';
  const inner = t.replace(/^["“«]|["”»][\s\p{P}]*$/gu, '');
  return /^\s*["“«]/.test(t) && /["”»][\s\p{P}]*$/u.test(t) && !/["“”«»]/.test(inner) ? 'direct' : 'mixed';
}

/** UTF-16 offset of each code-point offset. */
function utf16Of(text) {
  const at = [];
  let u = 0;
  for (const ch of text) {
    at.push(u);
    u += ch.length;
  }
  at.push(u);
  return at;
}

const meta = new Map();
if (existsSync(join(dir, 'metadata.tsv'))) {
  const [head, ...rows] = readFileSync(join(dir, 'metadata.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  for (const r of rows) meta.set(r[head.indexOf('filename')], r[head.indexOf('publication_date')]);
}

const records = [];
let unseen = 0;
const ids = readdirSync(join(dir, 'ann'))
  .filter((f) => f.endsWith('.ann'))
  .map((f) => f.slice(0, -4))
  .sort();
for (const id of ids) {
  const text = readFileSync(join(dir, 'texts', `${id}.txt`), 'utf8');
  const u16 = utf16Of(text);
  const gold = [];
  for (const a of parseAnn(readFileSync(join(dir, 'ann', `${id}.ann`), 'utf8'))) {
    if (!a.source) continue;
    const source = a.source.spans.map(([s, e]) => [u16[s], u16[e]]);
    for (const [s, e] of a.content.spans) {
      const span = trim(text, u16[s], u16[e]);
      if (span[1] - span[0] < 2) continue;
      const kind = kindOf(text.slice(u16[s], u16[e]));
      gold.push({ span, kind, speech: !!a.cue && SPEECH.test(a.cue.text || ''), source, sourceText: a.source.text });
    }
  }
  seen = null;
  analyze(text, { referenceDate: meta.get(id) });
  if (!seen) {
    unseen += gold.length;
    continue;
  }
  const { ctx, found: all } = seen;
  const found = all.filter(notScareQuote(ctx, shortQuotes(ctx, all)));
  const preds = found.map((q) => ({ q, span: trim(text, q.span.start, q.span.end) }));
  const pairs = [];
  gold.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const d = dice(g.span, p.span);
      if (d >= 0.5) pairs.push([d, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set();
  const pu = new Set();
  const rd = rankerDocument(ctx, all);
  for (const [, gi, pi] of pairs) {
    if (gu.has(gi) || pu.has(pi)) continue;
    gu.add(gi);
    pu.add(pi);
    const g = gold[gi];
    const q = preds[pi].q;
    const right = (m) => {
      if (!m) return false;
      if (g.source.some((s) => overlap([m.span.start, m.span.end], s) > 0)) return true;
      if (PRONOUNS.has(String(g.sourceText).toLowerCase()) || m.phrase.kind === 'pronoun') return false;
      const a = nameWords(text.slice(m.span.start, m.span.end));
      const b = nameWords(g.sourceText);
      return a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1];
    };
    const mention = licensing(q);
    const pick = { mention, borrowed: !q.mention || borrowing.has(q.rule) };
    const cands = candidatesOf(rd, q, pick);
    records.push({
      id,
      kind: q.kind,
      direct: g.kind === 'direct' && q.kind === 'direct',
      speech: g.speech,
      rule: q.rule,
      ruleRight: right(mention),
      cands: cands.map((c) => ({ x: c.x.map((v) => +v.toFixed(4)), y: right(c.mention) ? 1 : 0 })),
    });
  }
}
writeFileSync(out, JSON.stringify({ records, unseen }));
const reach = records.filter((r) => r.cands.some((c) => c.y)).length;
console.error(
  `${ids.length} documents, ${records.length} matched quotes (${reach} with a right candidate), ${unseen} gold contents left out (no sieve ran: no quoted span in the document)`,
);
