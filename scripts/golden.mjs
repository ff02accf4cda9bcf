// Regenerates the golden outputs: fixtures/<name>.expected.json for every fixtures/<name>.txt,
// analysed as `analyze fixtures/<name>.txt --json` would. Run `npm run golden:update` (it builds
// first), then review the diff by hand before committing it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { analyze } from '../dist/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
for (const name of names) {
  const text = await readFile(new URL(name, dir), 'utf8');
  const analysis = analyze(text, { source: `fixtures/${name}` });
  const out = name.replace(/\.txt$/, '.expected.json');
  await writeFile(new URL(out, dir), `${JSON.stringify(analysis, null, 2)}\n`);
  console.log(
    `fixtures/${out}: ${analysis.speakers.length} speakers, ${analysis.quotes.length} quotes, ${analysis.dates.length} dates, ${analysis.events.length} events`,
  );
}
