// Checks shared by the property, corpus and golden tests: every span is its code-point slice,
// and every key of schema 1 (../shared/DESIGN.md) is present.
import type { Analysis } from '../../src/types.js';

/** Every problem found with the spans of `value`: objects holding numeric start/end anywhere. */
export function spanProblems(input: string, value: unknown): string[] {
  const chars = Array.from(input);
  const problems: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const { start, end } = o as { start: number; end: number };
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= chars.length)) {
        problems.push(`${path}: bad range [${start}, ${end}) of ${chars.length}`);
      } else if (typeof o.text === 'string' && o.text !== chars.slice(start, end).join('')) {
        problems.push(
          `${path}: text ${JSON.stringify(o.text)} is not its slice ${JSON.stringify(chars.slice(start, end).join(''))}`,
        );
      }
    }
    for (const [k, x] of Object.entries(o)) visit(x, `${path}.${k}`);
  };
  visit(value, '$');
  return problems;
}

const KEYS = {
  top: [
    'schemaVersion',
    'offsetUnit',
    'source',
    'referenceDate',
    'referenceDateSource',
    'referenceDateOrigin',
    'speakers',
    'quotes',
    'dates',
    'events',
    'entities',
  ],
  speaker: ['id', 'name', 'kind', 'title', 'organization', 'mentions'],
  quote: ['id', 'kind', 'text', 'start', 'end', 'speakerId', 'speaker', 'speakerMention', 'cue', 'reportedBy'],
  date: ['id', 'text', 'start', 'end', 'type', 'value', 'mod', 'interval'],
  event: ['id', 'name', 'type', 'mention', 'start', 'end', 'status', 'date', 'dateId', 'participants', 'speakerId'],
  entities: ['people', 'organizations', 'places'],
};

/** Every contract key missing from `a` (present with null or [] is fine; undefined is not). */
export function missingKeys(a: Analysis): string[] {
  const missing: string[] = [];
  const need = (o: object, keys: string[], path: string) => {
    for (const k of keys) if ((o as Record<string, unknown>)[k] === undefined) missing.push(`${path}.${k}`);
  };
  need(a, KEYS.top, '$');
  a.speakers?.forEach((s, i) => need(s, KEYS.speaker, `$.speakers[${i}]`));
  a.quotes?.forEach((q, i) => need(q, KEYS.quote, `$.quotes[${i}]`));
  a.dates?.forEach((d, i) => need(d, KEYS.date, `$.dates[${i}]`));
  a.events?.forEach((e, i) => need(e, KEYS.event, `$.events[${i}]`));
  if (a.entities) need(a.entities, KEYS.entities, '$.entities');
  if (a.schemaVersion !== '1' || a.offsetUnit !== 'codepoint') missing.push('$.schemaVersion/offsetUnit values');
  return missing;
}

/** Every quote whose `speaker` is not the name of the speaker its `speakerId` points to. */
export function speakerNameProblems(a: Analysis): string[] {
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  return a.quotes.flatMap((q, i) => {
    const expected = q.speakerId === null ? null : names.get(q.speakerId);
    return q.speaker === expected
      ? []
      : [`$.quotes[${i}]: speaker ${JSON.stringify(q.speaker)} for ${q.speakerId} named ${JSON.stringify(expected)}`];
  });
}
