// Validates outputs against the shipped JSON Schema (schema/analysis.schema.json) with ajv, in
// strict mode so that a schema mistake is an error rather than a silently ignored keyword.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Every way `value` breaks the schema, one line each (path and message); [] when it is valid. */
export function schemaProblems(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
