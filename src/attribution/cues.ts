// Speech cues. The verbs are the speech verbs among the most frequent cues of PolNeAR's train
// split (scripts/count-cues.mjs): said 3969, says 415, told 387, according to 387, added 200,
// wrote 195, asked 158, noted 96, reported 94, announced 77, ... down to about ten occurrences.

/** Lemma → the inflected forms that act as speech cues. */
const VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
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
  // Readouts: "underscored that …", "reaffirmed that …", "made clear that …".
  underscore: ['underscore', 'underscores', 'underscored', 'underscoring'],
  reaffirm: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  affirm: ['affirm', 'affirms', 'affirmed', 'affirming'],
  highlight: ['highlight', 'highlights', 'highlighted', 'highlighting'],
  make: ['made', 'makes', 'make', 'making'],
};

const FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(VERBS)) for (const f of forms) FORMS.set(f, lemma);

/** The lemma of a speech-verb form, or null. */
export const speechLemma = (lower: string): string | null => FORMS.get(lower) ?? null;

/** Verbs whose complement names an addressee and an infinitive: "urged Y to …", "called on Y to …". */
export const DIRECTIVE = new Set(['urge', 'encourage', 'ask', 'tell', 'call']);

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
  'recall',
]);

/** Verbs that report speech only before "that": "underscored that …" (but "underscored the need for …"). */
export const THAT_CLAUSE = new Set(['underscore', 'reaffirm', 'affirm', 'highlight', 'make']);
