// The project's own statements (fixtures/*.txt), for tests that need long texts of our own.
import { readdirSync, readFileSync } from 'node:fs';

const fixtureDir = new URL('../../fixtures/', import.meta.url);

/** Every fixture statement, in name order, joined by blank lines: accents and emoji among them. */
export const ownStatements = (): string =>
  readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'))
    .join('\n\n');
