// Quarter and half-year labels in results releases written for these tests: a label opening its
// line before a colon ("Q1 2024:"), a fiscal year after the label ("Q4 FY2025", "the second quarter
// of fiscal 2026"), half-year labels ("H1 2025"). Negatives: a question label, a virus's name, a
// clock-like number after a year.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const values = (text: string) =>
  analyze(text, { referenceDate: '2026-02-12' }).dates.map((d) => `${d.text}=${d.value}`);

describe('quarter and half-year labels', () => {
  it.each<[string, string[]]>([
    ['Q1 2024: The plant upgraded its kilns.', ['Q1 2024=2024-Q1']],
    ['Results for Q4 FY2025 will be published on 3 March.', ['Q4 FY2025=2025-Q4', '3 March=2026-03-03']],
    ['Q4 fiscal year 2025 revenue rose.', ['Q4 fiscal year 2025=2025-Q4']],
    ['Revenue for the second quarter of fiscal 2026 rose.', ['the second quarter of fiscal 2026=2026-Q2']],
    ['H1 2025 revenue was flat.', ['H1 2025=2025-H1']],
    ['H2 FY2025 sales rose 3%.', ['H2 FY2025=2025-H2']],
    ['2024: a record for the plant.', ['2024=2024']],
    // a question label, a virus, a half label without its year, a number glued after a colon
    ['Q1: What did the minister say?', []],
    ['Q2 Ana Roe: Will the plant close?', []],
    ['H1N1 cases rose in 2025.', ['2025=2025']],
    ['The H1 line was closed.', []],
    ['The code 2024:30 was used.', []],
  ])('%j', (text, expected) => expect(values(text)).toEqual(expected));
});
