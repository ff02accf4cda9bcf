// Counts PolNeAR attribution cues (lower-cased) and where the source stands relative to the
// content, over the train split. Used to choose the speech-verb list in src/attribution/cues.ts.
// Usage: node scripts/count-cues.mjs [../shared/data/polnear-train] [top]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/data/polnear-train';
const top = Number(process.argv[3] ?? 80);
if (!existsSync(join(dir, 'ann'))) {
  console.error(`no PolNeAR annotations under ${dir}`);
  process.exit(1);
}
const cues = new Map();
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
      const cue = spans.get(roles.Cue),
        src = spans.get(roles.Source),
        content = spans.get(roles.Content);
      if (!cue) continue;
      bump(
        cues,
        cue.text
          .toLowerCase()
          .replace(/[^\p{L}\s:]/gu, '')
          .trim(),
      );
      if (src && content)
        bump(
          order,
          `${src.start < content.start ? 'source-first' : 'content-first'} ${cue.start < content.start ? 'cue-first' : 'cue-after'}`,
        );
    }
  }
}
const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
for (const [k, n] of sorted(cues)) console.log(String(n).padStart(6), k);
console.log('--- source/cue order');
for (const [k, n] of sorted(order)) console.log(String(n).padStart(6), k);
