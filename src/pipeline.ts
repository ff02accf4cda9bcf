// The analyzer as a list of stages over one document. Each stage reads what earlier ones made.
import { tag } from './adapters/compromise.js';
import { attributeQuotes } from './attribution/index.js';
import { findDateline } from './dateline/index.js';
import { DateScan } from './dates/index.js';
import { buildDocument } from './document/build.js';
import { findEvents } from './events/index.js';
import { findEntities } from './mentions/entities.js';
import { codePointMapper, toCodePoints } from './output/codepoints.js';
import { labelSpeechActs } from './speech-acts/index.js';
import type { Analysis, AnalyzeOptions, DateOut, ReferenceDateSource } from './types.js';

export interface PipelineOptions extends AnalyzeOptions {
  /** False for a later window of a long text (src/windows.ts): the first window looked for the dateline. */
  lookForDateline?: boolean;
}

export function analyze(text: string, options: PipelineOptions = {}): Analysis {
  const tagged = tag(text);
  const doc = buildDocument(text, tagged);
  // The dateline reads the date scan without a reference date; the dates then resolve against the
  // reference date, re-running only the parsers that read it.
  const dateScan = new DateScan(doc);
  const dateline =
    options.referenceDate || options.lookForDateline === false ? null : findDateline(doc, dateScan.mentions(null));
  const referenceDate = options.referenceDate ?? dateline?.date ?? null;
  const referenceDateSource: ReferenceDateSource = options.referenceDate ? 'option' : dateline ? 'text' : null;
  const dates: DateOut[] = dateScan.mentions(referenceDate).map((d, i) => ({ id: `d${i + 1}`, ...d }));
  const attribution = attributeQuotes(doc, tagged);
  const events = findEvents({ doc, dates, attribution, referenceDate });
  const analysis: Analysis = {
    schemaVersion: '1',
    offsetUnit: 'codepoint',
    source: options.source ?? null,
    referenceDate,
    referenceDateSource,
    referenceDateOrigin:
      dateline && referenceDateSource === 'text'
        ? { form: dateline.form, text: text.slice(dateline.span.start, dateline.span.end), ...dateline.span }
        : null,
    speakers: attribution.speakers,
    quotes: labelSpeechActs(doc, attribution),
    dates,
    events,
    entities: findEntities(text, tagged),
  };
  return toCodePoints(analysis, codePointMapper(text));
}
