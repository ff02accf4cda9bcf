// Output formats. Each renderer is a pure function of analyses; colour comes in as a level and is
// used by the pretty summary only (data formats never carry escape codes).
import type { Analysis } from '../types.js';
import { csvHeader, renderCsvRows, type Table } from './csv.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPretty } from './pretty.js';
import { showControlsIn } from './safe-text.js';

export type Format = 'pretty' | 'json' | 'ndjson' | 'markdown' | 'csv' | 'html';
export const FORMATS: readonly Format[] = ['pretty', 'json', 'ndjson', 'markdown', 'csv', 'html'];

export type ColorLevel = 0 | 1 | 2 | 3;

export interface AllContext {
  /** One named input (not a directory): json prints an object rather than an array. */
  single: boolean;
  /** The input texts, in the order of the analyses, for renderers that keep them (`keepsTexts`). */
  texts: string[];
}

/** How the human formats lay out: colour, width and cut quotes are the pretty summary's only. */
export interface View {
  color: ColorLevel;
  /** Columns per line. */
  width: number;
  /** Whole quotes rather than cut ones. */
  full: boolean;
}

export const DEFAULT_VIEW: View = { color: 0, width: 80, full: false };

export interface Renderer {
  /** Written once before the first analysis (a CSV header). */
  head?(): string;
  /**
   * Output for one analysis, written as soon as it is ready, in input order (streaming formats).
   * `text` is the analysed text, when at hand, for the date each quote's paragraph gives.
   */
  each?(analysis: Analysis, index: number, view: View, text?: string): string;
  /** Output written once every input is done (formats that wrap all inputs). */
  all?(analyses: Analysis[], ctx: AllContext): string;
  /** all() shows the input texts: the CLI keeps them until the end. */
  keepsTexts?: boolean;
}

/** Separates the summaries of several inputs. */
const between = (index: number, text: string) => (index > 0 ? `\n${text}` : text);

export const renderers: Record<Format, Renderer> = {
  pretty: { each: (a, i, view, text) => between(i, renderPretty(showControlsIn(a), { ...view, text })) },
  json: { all: (analyses, { single }) => `${JSON.stringify(single ? analyses[0] : analyses, null, 2)}\n` },
  ndjson: { each: (a) => `${JSON.stringify(a)}\n` },
  markdown: { each: (a, i, _view, text) => between(i, renderMarkdown(showControlsIn(a), text)) },
  csv: csvRenderer('quotes'),
  html: {
    all: (analyses, { texts }) => renderHtml(analyses.map((analysis, i) => ({ analysis, text: texts[i] }))),
    keepsTexts: true,
  },
};

function csvRenderer(table: Table): Renderer {
  return { head: () => csvHeader(table), each: (a) => renderCsvRows(a, table) };
}

export interface RenderOptions {
  /** Which table csv writes. */
  table: Table;
}

export function rendererFor(format: Format, { table }: RenderOptions): Renderer {
  return format === 'csv' ? csvRenderer(table) : renderers[format];
}
