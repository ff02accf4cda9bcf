// Language of speech acts, from general knowledge: the verb classes of the CAMEO codebook's verbal
// roots (02 appeal … 13 threaten) and their common synonyms, and evaluative words. Verbs are given
// as lemmas; `forms` inflects them.

/** Lemmas whose final consonant doubles before -ed/-ing ("regret" → "regretted"). */
const DOUBLING = new Set(['regret', 'commit', 'admit', 'rebut', 'refer', 'prefer', 'abet', 'plan']);

export interface VerbForms {
  /** Base and third person singular: the speaker's own act when said in the present ("we urge", "China opposes"). */
  present: string[];
  /** Past and participle: a report of an act ("urged"). */
  past: string[];
  ing: string[];
}

/** Regular English inflection of a lemma (irregular verbs are listed with their forms where used). */
export function forms(lemma: string): VerbForms {
  // "call on": the verb inflects, its particle stays ("calls on", "calling on").
  const space = lemma.indexOf(' ');
  if (space > 0) {
    const particle = lemma.slice(space);
    const verb = forms(lemma.slice(0, space));
    const add = (fs: string[]) => fs.map((f) => f + particle);
    return { present: add(verb.present), past: add(verb.past), ing: add(verb.ing) };
  }
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const consonantY = /[^aeiou]y$/.test(lemma);
  const doubled = DOUBLING.has(lemma) ? lemma + lemma.slice(-1) : null;
  const third = consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : doubled ? `${doubled}ed` : `${stem}ed`;
  const ing = doubled ? `${doubled}ing` : lemma.endsWith('ee') ? `${lemma}ing` : `${stem}ing`;
  return { present: [lemma, third], past: [past], ing: [ing] };
}

/** Every form of the lemmas. */
export const allForms = (lemmas: readonly string[]): string[] =>
  lemmas.flatMap((l) => {
    const f = forms(l);
    return [...f.present, ...f.past, ...f.ing];
  });
/** Present and -ing forms: the speaker doing the act now ("we strongly condemn", "firmly opposing"). */
export const presentForms = (lemmas: readonly string[]): string[] =>
  lemmas.flatMap((l) => {
    const f = forms(l);
    return [...f.present, ...f.ing];
  });

// ---- verbs by CAMEO root ----

/** 02 appeal: asking another party to act. */
export const APPEAL_VERBS = [
  'urge',
  'appeal',
  'encourage',
  'ask',
  'request',
  'implore',
  'exhort',
  'invite',
  'plead',
  'press',
  'beseech',
  'entreat',
];
/** Two-word appeals ("call on X to"). */
export const APPEAL_PHRASES = [
  'call on',
  'call upon',
  'call for',
  'calls on',
  'calls upon',
  'calls for',
  'called on',
  'called upon',
  'called for',
  'calling on',
  'calling upon',
  'calling for',
];

/** 03 express intent: committing one's own side. */
export const INTENT_VERBS = ['pledge', 'promise', 'vow', 'commit', 'intend', 'undertake', 'plan', 'offer', 'guarantee'];

/** 04 consult: meetings, calls, visits, talks. */
export const CONSULT_VERBS = ['meet', 'consult', 'discuss', 'negotiate', 'confer', 'visit', 'host'];

/** 05 approve: praise, endorse, welcome, thank. */
export const APPROVE_VERBS = [
  'praise',
  'commend',
  'applaud',
  'hail',
  'welcome',
  'thank',
  'congratulate',
  'appreciate',
  'endorse',
  'salute',
  'laud',
  'compliment',
  'support',
  'back',
  'celebrate',
  'honor',
  'honour',
];

/** 10 demand: requiring another party to act, with force. */
export const DEMAND_VERBS = ['demand', 'insist', 'require', 'order'];

/** 11 disapprove: criticism, accusation, concern, regret. */
export const DISAPPROVE_VERBS = [
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'deplore',
  'accuse',
  'blame',
  'censure',
  'complain',
  'protest',
  'regret',
  'decry',
  'lament',
  'rebuke',
  'reproach',
  'slam',
  'chide',
  'castigate',
];

/** 12 reject: denial, refusal, opposition. */
export const REJECT_VERBS = [
  'reject',
  'deny',
  'refute',
  'dismiss',
  'oppose',
  'refuse',
  'rebut',
  'repudiate',
  'disavow',
  'debunk',
  'disprove',
  'contradict',
  'veto',
];

/** 13 threaten: warnings of consequences. */
export const THREATEN_VERBS = ['threaten', 'warn', 'retaliate', 'caution'];
