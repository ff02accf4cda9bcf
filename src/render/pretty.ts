import { Chalk } from 'chalk';
import type { Analysis } from '../types.js';

/** A readable summary of one analysis. First cut: speakers and quotes. */
export function renderPretty(a: Analysis, level: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level });
  const lines: string[] = [];
  lines.push(c.bold(a.source ?? 'input'));
  lines.push(`Reference date: ${a.referenceDate ?? 'none (use --reference-date YYYY-MM-DD)'}${a.referenceDateSource ? ` (${a.referenceDateSource})` : ''}`);
  lines.push('', c.bold('Speakers'));
  for (const s of a.speakers) lines.push(`  ${c.cyan(s.name)}${s.title ? `, ${s.title}` : ''}`);
  lines.push('', c.bold('Quotes'));
  for (const q of a.quotes) lines.push(`  [${q.kind}] ${q.text}`);
  return `${lines.join('\n')}\n`;
}
