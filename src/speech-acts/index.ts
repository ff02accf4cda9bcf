// The speech-act stage: what each quote's speaker does with the words (CAMEO-aligned labels), the
// word(s) that decided it and the CAMEO root code. Runs after attribution; nested quotes are read
// for their own speaker (the outer quote's view hides them).
import type { Attribution } from '../attribution/index.js';
import type { Document, QuoteOut, SpeechAct } from '../types.js';
import { CAMEO_ROOT, STRENGTH } from './acts.js';
import { OTHER_RULES, RULES, smallTalk } from './rules.js';
import { viewOf, type QuoteView } from './view.js';

export interface SpeechActLabel {
  speechAct: SpeechAct;
  speechActCue: string | null;
  /** The rule that decided it (null: no rule fired, a plain statement). */
  rule: string | null;
}

/** The label of one quote: formulas first, else the strongest act any rule finds, else small talk or a statement. */
export function labelOf(v: QuoteView, doc: Document): SpeechActLabel {
  for (const r of OTHER_RULES) {
    const cue = r.find(v, doc);
    if (cue !== null) return { speechAct: r.act, speechActCue: cue, rule: r.name };
  }
  let best: SpeechActLabel | null = null;
  for (const r of RULES) {
    if (best && STRENGTH.indexOf(r.act) >= STRENGTH.indexOf(best.speechAct)) continue;
    const cue = r.find(v, doc);
    if (cue !== null) best = { speechAct: r.act, speechActCue: cue, rule: r.name };
  }
  if (best) return best;
  const aside = smallTalk.find(v, doc);
  return aside !== null
    ? { speechAct: smallTalk.act, speechActCue: aside, rule: smallTalk.name }
    : { speechAct: 'statement', speechActCue: null, rule: null };
}

export function labelSpeechActs(doc: Document, attribution: Attribution): QuoteOut[] {
  return attribution.quotes.map((q) => {
    const { speechAct, speechActCue } = labelOf(viewOf(doc, q, attribution.quotes, attribution.speakers), doc);
    return { ...q, speechAct, speechActCue, cameo: CAMEO_ROOT[speechAct] };
  });
}
