// Speech cues. The verbs are the speech verbs among the most frequent cues of PolNeAR's train
// split, all forms of a verb together (scripts/count-cues.mjs): say 5289, tell 488, according to
// 394, add 289, write 288, ask 278, note 175, suggest 162, report 161, ... down to about ten
// occurrences (shout 10, yell 7). Verbs of thinking, showing and supporting are not speech.

/** "deny" → "deni…", "convey" stays: a "y" after a consonant turns to "i" before an ending. */
const CONSONANT_Y = /(?<=[^aeiou])y$/;

/** The four forms of a regular verb; `past` where the last consonant doubles ("quipped"). */
function regular(
  base: string,
  past = base.endsWith('e') ? `${base}d` : base.replace(CONSONANT_Y, 'i') + 'ed',
): string[] {
  const third = /(s|sh|ch|x)$/.test(base) ? `${base}es` : base.replace(CONSONANT_Y, 'ie') + 's';
  const participle = base.endsWith('y')
    ? `${base}ing`
    : base.endsWith('e')
      ? `${base.slice(0, -1)}ing`
      : past.replace(/ed$/, 'ing');
  return [base, third, past, participle];
}
const inflected = (verbs: string): Record<string, string[]> =>
  Object.fromEntries(
    verbs
      .split(/\s+/)
      .filter(Boolean)
      .map((v) => {
        const [base, past] = v.split(':');
        return [base!, regular(base!, past)];
      }),
  );

/** Verbs that report speech only before "that" (see THAT_CLAUSE). */
const THAT_ONLY_VERBS = `complain boast lament joke comment mention counter testify maintain contend answer retort post disclose hint
  allege convey propose`;
/** Verbs that introduce quoted words only (see QUOTING_ONLY); "base:past" where the consonant doubles. */
const QUOTING_VERBS =
  'shout yell scream exclaim chant quip:quipped mock blast slam:slammed attack denounce press interject';

/** Lemma → the inflected forms that act as speech cues. */
const VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  // A document's words only (see cueAt): "the statement read", "reads a letter from …".
  read: ['read', 'reads'],
  add: ['add', 'adds', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'writing'],
  note: ['note', 'notes', 'noted', 'noting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  state: ['state', 'states', 'stated', 'stating'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasised', 'emphasising'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  conclude: ['conclude', 'concludes', 'concluded', 'concluding'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  indicate: ['indicate', 'indicates', 'indicated', 'indicating'],
  report: ['report', 'reports', 'reported', 'reporting'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  continue: ['continue', 'continues', 'continued'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  encourage: ['encourage', 'encourages', 'encouraged', 'encouraging'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  observe: ['observe', 'observes', 'observed', 'observing'],
  remark: ['remark', 'remarks', 'remarked', 'remarking'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  point: ['pointed'],
  // An addressee, then "that" or an infinitive: "informed the council that …", "invited Y to attend".
  inform: ['inform', 'informs', 'informed', 'informing'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  remind: ['remind', 'reminds', 'reminded', 'reminding'],
  invite: ['invite', 'invites', 'invited', 'inviting'],
  // Orders and advice to an addressee: "directed officials to complete …", "advised farmers to …".
  direct: ['direct', 'directs', 'directed', 'directing'],
  instruct: ['instruct', 'instructs', 'instructed', 'instructing'],
  advise: ['advise', 'advises', 'advised', 'advising'],
  request: ['request', 'requests', 'requested', 'requesting'],
  // Readouts: "underscored that …", "reaffirmed that …", "made clear that …".
  underscore: ['underscore', 'underscores', 'underscored', 'underscoring'],
  underline: ['underline', 'underlines', 'underlined', 'underlining'],
  reaffirm: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  affirm: ['affirm', 'affirms', 'affirmed', 'affirming'],
  highlight: ['highlight', 'highlights', 'highlighted', 'highlighting'],
  make: ['made', 'makes', 'make', 'making'],
  ...inflected(THAT_ONLY_VERBS),
  ...inflected(QUOTING_VERBS),
  criticize: [...regular('criticize'), ...regular('criticise')],
};

const FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(VERBS)) for (const f of forms) FORMS.set(f, lemma);

/** The lemma of a speech-verb form, or null. */
export const speechLemma = (lower: string): string | null => FORMS.get(lower) ?? null;

/** Verbs whose complement names an addressee and an infinitive: "urged Y to …", "called on Y to …". */
export const DIRECTIVE = new Set([
  'urge',
  'encourage',
  'ask',
  'tell',
  'call',
  'invite',
  'direct',
  'instruct',
  'advise',
]);

/** Of those, the ones that report nothing without an addressee's infinitive ("invited Y to the ceremony"). */
export const DIRECTIVE_ONLY = new Set(['urge', 'encourage', 'call', 'invite', 'direct', 'instruct']);

/** Verbs whose addressee stands before the reported clause: "told reporters that …", "informed the council that …". */
export const ADDRESSED = new Set(['tell', 'ask', 'inform', 'assure', 'remind']);

/**
 * Verbs that take a bare clause ("said the US is …"); the others need "that" or a subject
 * followed closely by a finite verb, so that "stressed the importance of …" is not a quote.
 */
export const BARE_CLAUSE = new Set([
  'say',
  'tell',
  'add',
  'write',
  'warn',
  'insist',
  'argue',
  'claim',
  'predict',
  'explain',
  'tweet',
  'suggest',
  'continue',
  'assert',
  'concede',
]);

/** Verbs that report speech only before "that": "underscored that …" (but "underscored the need for …"). */
export const THAT_CLAUSE = new Set([
  'underscore',
  'underline',
  'reaffirm',
  'affirm',
  'highlight',
  'make',
  ...THAT_ONLY_VERBS.split(/\s+/),
]);

/**
 * Verbs that credit quoted words next to them ("X shouted: “…”", "“…,” X yelled", "X attacked
 * “…”") but report no clause: "X attacked the plan" and "X blasted the deal as …" are not quotes.
 */
export const QUOTING_ONLY = new Set([...Object.keys(inflected(QUOTING_VERBS)), 'criticize']);
