// Counts what PolNeAR's annotators marked, over the train split, to choose the word lists of
// src/lexicon/speech.ts (speech verbs) and src/mentions/lexicon.ts (titles):
// - cue verbs by lemma, auxiliaries and adverbs set aside ("has also said" is "say"), each
//   flagged with whether cues.ts knows it;
// - lower-case words inside source spans ("a spokeswoman for …", "Sen. Ana Ruiz"), flagged with
//   whether TITLES holds them (most are not titles: read the list, keep the titles);
// - where the source stands relative to the content and the cue.
// Word lists hold language only: the script prints no names (capitalised words are skipped).
// Usage: npm run build && node scripts/count-cues.mjs [../shared/data/polnear-train] [top] [min]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/data/polnear-train';
const top = Number(process.argv[3] ?? 60);
const min = Number(process.argv[4] ?? 5);
if (!existsSync(join(dir, 'ann'))) {
  console.error(`count-cues: no PolNeAR annotations under ${dir}`);
  process.exit(1);
}
const { speechLemma } = await import('../dist/lexicon/speech.js');
const { TITLES } = await import('../dist/mentions/lexicon.js');

/** Words before or after a cue's verb that are not the verb: auxiliaries, adverbs, negation. */
const AROUND_VERB = new Set(
  `has have had also was were is are be been being would will could should may might must can did does do
  not never later then again previously publicly repeatedly reportedly recently once further first already`.split(
    /\s+/,
  ),
);
const FUNCTION_WORDS = new Set(
  `a an the of for at in on with from to and or by his her their its our this that these those who which
  one some many two three former new other he she they we you i him it me us as than more
  about like all most including now`.split(/\s+/),
);

/**
 * One key for the forms of a verb ("calls", "called", "calling" → "cal"): cues.ts's lemma where it
 * knows the form, else the form without its ending. Keys are grouped on, never printed.
 */
function stemOf(form) {
  const known = speechLemma(form);
  if (known) return known;
  const stem = form.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s|e)$/, '');
  return stem.length > 2 ? stem.replace(/([^aeiouy])\1$/, '$1') : form;
}

/** The verb of a cue: "according to" whole, else the first word that is not an auxiliary or adverb. */
function cueVerb(text) {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words[0] === 'according') return 'according to';
  return words.find((w) => !AROUND_VERB.has(w)) ?? null;
}

const cues = new Map();
const forms = new Map();
const titles = new Map();
const order = new Map();
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
for (const f of readdirSync(join(dir, 'ann')).filter((n) => n.endsWith('.ann'))) {
  const spans = new Map();
  for (const line of readFileSync(join(dir, 'ann', f), 'utf8').split('\n')) {
    const [id, head, text] = line.split('\t');
    if (!id || !head) continue;
    if (id[0] === 'T') {
      const [type, ...rest] = head.split(' ');
      spans.set(id, { type, start: Number(rest[0]), text: text ?? '' });
    } else if (id[0] === 'E') {
      const roles = Object.fromEntries(
        head
          .trim()
          .split(/\s+/)
          .map((p) => p.split(':')),
      );
      const cue = spans.get(roles.Cue);
      const src = spans.get(roles.Source);
      const content = spans.get(roles.Content);
      const verb = cue && cueVerb(cue.text);
      if (verb && !FUNCTION_WORDS.has(verb)) {
        const key = verb === 'according to' ? verb : stemOf(verb);
        bump(cues, key);
        if (!forms.has(key)) forms.set(key, new Map());
        bump(forms.get(key), verb);
      }
      // Lower-case words of the source: titles, roles and the nouns of descriptions, never names.
      for (const w of src?.text.split(/\s+/) ?? []) {
        const word = w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
        if (!word || /^\p{Lu}/u.test(word) || FUNCTION_WORDS.has(word) || AROUND_VERB.has(word)) continue;
        if (speechLemma(word)) continue; // a cue inside the source span
        bump(titles, word);
      }
      if (src && content && cue)
        bump(
          order,
          `${src.start < content.start ? 'source-first' : 'content-first'} ${cue.start < content.start ? 'cue-first' : 'cue-after'}`,
        );
    }
  }
}

const sorted = (m) => [...m].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1]);
const column = (rows, known, label = (k) => k) =>
  rows.slice(0, top).map(([k, n]) => `${String(n).padStart(6)} ${known(k) ? ' ' : '+'} ${label(k)}`);
/** A verb's forms as annotated, most frequent first: "said/says/saying". */
const formsOf = (key) =>
  [...(forms.get(key) ?? [])]
    .sort((a, b) => b[1] - a[1])
    .map(([f]) => f)
    .join('/');
const knownCue = (key) => [...(forms.get(key)?.keys() ?? [])].some((f) => f === 'according to' || speechLemma(f));
console.log(`cue verbs (+ = no form is a cue in src/lexicon/speech.ts), at least ${min}:`);
console.log(column(sorted(cues), knownCue, formsOf).join('\n'));
console.log(`\nlower-case words in sources (+ = not in TITLES), at least ${min}:`);
console.log(column(sorted(titles), (k) => TITLES.has(k)).join('\n'));
console.log('\nsource / cue order:');
for (const [k, n] of sorted(order)) console.log(String(n).padStart(6), k);
