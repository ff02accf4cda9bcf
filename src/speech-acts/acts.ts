// The speech-act labels, their CAMEO root codes and the guidelines' order of strength.
import type { SpeechAct } from '../types.js';

/** CAMEO's verbal roots (01 make public statement … 13 threaten); `other` has none. */
export const CAMEO_ROOT: Readonly<Record<SpeechAct, string | null>> = {
  statement: '01',
  appeal: '02',
  intent: '03',
  consult: '04',
  approve: '05',
  demand: '10',
  disapprove: '11',
  reject: '12',
  threaten: '13',
  other: null,
};

/**
 * When one quote does two things the stronger act wins: strongest first (the corpus guidelines'
 * order). Before the order is read, formulas settle a quote as `other` (greetings, sign-offs, ground
 * rules, a member's question); within it each act's rules read cue verbs, modality and person:
 *
 * | act        | fires on                                    | does not fire on                          |
 * |------------|---------------------------------------------|-------------------------------------------|
 * | threaten   | warn; "will pay a heavy price"              | victims who "pay the price" now           |
 * | demand     | demand/insist; "must immediately"           | a rule for applicants ("must bring")      |
 * | reject     | deny/oppose; "No."; "that is false"; "won't"| "would not have" (counterfactual), "won't pretend", "his conduct was wrong" |
 * | disapprove | condemn; concern; "insufficient", "out of proportion" | "sufficient"                     |
 * | appeal     | urge; "we are calling on"; "asks X to V"; we/they "must", "should" | "I must decide", "I need to" |
 * | intent     | agent + will; "I'm announcing"; an announced plan | a guest's visit "at the invitation of" |
 * | approve    | thank/welcome (not a formula)               | "I thank the member for his question"     |
 * | consult    | met, talks, an official visit               |                                           |
 */
export const STRENGTH: readonly SpeechAct[] = [
  'threaten',
  'demand',
  'reject',
  'disapprove',
  'appeal',
  'intent',
  'approve',
  'consult',
  'statement',
  'other',
];

export const SPEECH_ACTS: readonly SpeechAct[] = Object.keys(CAMEO_ROOT) as SpeechAct[];

/** Acts counted by name, as summaries print them: "appeals: 3, rejections: 2". */
export const ACT_PLURALS: Readonly<Record<SpeechAct, string>> = {
  statement: 'statements',
  appeal: 'appeals',
  intent: 'intentions',
  consult: 'consultations',
  approve: 'approvals',
  demand: 'demands',
  disapprove: 'disapprovals',
  reject: 'rejections',
  threaten: 'threats',
  other: 'other',
};

/** The acts of some quotes counted, most frequent first: "appeals: 2, statements: 1"; null for none. */
export function actCounts(acts: readonly SpeechAct[]): string | null {
  const counts = new Map<SpeechAct, number>();
  for (const a of acts) counts.set(a, (counts.get(a) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.length ? sorted.map(([act, n]) => `${ACT_PLURALS[act]}: ${n}`).join(', ') : null;
}
