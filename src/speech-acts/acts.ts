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

/** When one quote does two things the stronger act wins: strongest first. */
export const STRENGTH: readonly SpeechAct[] = [
  'threaten', 'demand', 'reject', 'disapprove', 'appeal', 'intent', 'approve', 'consult', 'statement', 'other',
];

export const SPEECH_ACTS: readonly SpeechAct[] = Object.keys(CAMEO_ROOT) as SpeechAct[];
