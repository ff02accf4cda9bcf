// The JSON Schema (draft 2020-12) of one analysis, shipped in the package as
// schema/analysis.schema.json: the same file from the sources (src/output) and the build (dist/output).
import { readFile } from 'node:fs/promises';

export const SCHEMA_URL = new URL('../../schema/analysis.schema.json', import.meta.url);

export const readSchema = (): Promise<string> => readFile(SCHEMA_URL, 'utf8');
