// Output formats. Each renderer is a pure function of analyses; colour comes in as a level.
import type { Analysis } from '../types.js';
import { renderPretty } from './pretty.js';

export type Format = 'pretty' | 'json' | 'ndjson' | 'markdown' | 'csv' | 'html';

export interface EachContext {
  /** 0 for none, else a chalk level. */
  color: 0 | 1 | 2 | 3;
  /** The analysed text, for renderers that show context. */
  text: string;
}
export interface AllContext {
  /** One named input analysed alone: json prints an object rather than an array. */
  single: boolean;
  color: 0 | 1 | 2 | 3;
}

export interface Renderer {
  /** Output for one analysis, written as soon as it is ready (streaming formats). */
  each?(analysis: Analysis, ctx: EachContext): string;
  /** Output written once every input is done. */
  all?(analyses: Analysis[], ctx: AllContext): string;
}

const json: Renderer = {
  all: (analyses, { single }) => `${JSON.stringify(single ? analyses[0] : analyses, null, 2)}\n`,
};
const ndjson: Renderer = { each: (a) => `${JSON.stringify(a)}\n` };
const pretty: Renderer = { each: (a, ctx) => renderPretty(a, ctx.color) };

export const renderers: Record<Format, Renderer> = {
  pretty,
  json,
  ndjson,
  markdown: pretty,
  csv: pretty,
  html: pretty,
};
