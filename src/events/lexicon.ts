// English words the events stage reads: the verbs that hold events and the words that mark
// status; the event nouns are in src/lexicon/event-heads.ts, shared with the dates stage. Lists
// of English words only; nothing here is taken from a particular text.

/** Words that count an occasion in its sequence: "the second round", "the final round of talks". */
export const SEQUENCE_WORDS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth final next new latest previous last opening decisive runoff run-off'.split(
    ' ',
  ),
);

/** Types that name a gathering: "the meeting" may refer back to any of them. */
export const GATHERINGS = new Set([
  'meeting',
  'talks',
  'conference',
  'seminar',
  'symposium',
  'workshop',
  'roundtable',
  'summit',
  'dialogue',
  'consultations',
  'negotiations',
  'forum',
  'ministerial',
  'session',
  'briefing',
  'discussion',
]);

/** A briefing or a press conference the text reports without a date was held on the day the
 *  report went out ("the spokesman said at a regular news briefing"). */
export const BRIEFING_TYPES = new Set(['briefing']);
export const PRESS_WORDS = new Set(['press', 'news', 'media']);

/** Verbs whose object is the event itself: their tense is the event's, their dates its dates. */
export const LIGHT_VERBS = new Set(
  (
    'hold holds held holding conduct conducts conducted conducting host hosts hosted hosting attend attends ' +
    'attended attending join joins joined joining convene convenes convened convening organize organizes ' +
    'organized organizing organise organises organised organising have has had having pay pays paid paying ' +
    'make makes made making begin begins began begun start starts started open opens opened close closes closed ' +
    'resume resumes resumed take takes took taken chair chairs chaired co-chair co-chaired launch launched ' +
    'stage staged staging be is are was were been being do did participate participates participated ' +
    'participating co-host co-hosts co-hosted co-hosting address addresses addressed addressing ' +
    'receive receives received receiving'
  ).split(' '),
);

/** Light verbs that are never a noun's modifier: "Lakeland and Norland hold talks" in a headline. */
export const HOLDING_VERBS = new Set(
  'hold holds held host hosts hosted conduct conducts conducted convene convenes convened attend attends attended'.split(
    ' ',
  ),
);

/** Verbs that tell an event taking place, said of it as their subject: "Talks took place", "the
 *  summit opened on Monday", "the finals will be played on 13 June", "a lecture will be given on
 *  15 March". */
export const OCCURRING_VERBS = new Set(
  (
    'took take takes taking began begin begins begun opened open opens ended end ends closed concluded ' +
    'conclude concludes resumed resume resumes continued continue continues started start starts ' +
    'held convened lasted last lasts focused focuses centred centered covered cover covers return returns returned ' +
    'continuing beginning starting opening resuming ending concluding played given delivered run runs ran running ' +
    'follow follows followed collapsed collapses stalled broke'
  ).split(' '),
);

/** What a gathering or a body does sitting: "the council will consider the request on Monday"
 *  dates the sitting. */
export const DELIBERATING_VERBS = new Set(
  'discuss discusses discussed consider considers considered review reviews reviewed debate debates debated examine examines examined'.split(
    ' ',
  ),
);

/** Words that say an occasion is arranged: "is planned for June", "are expected to conclude". */
export const ARRANGED = /^(planned|scheduled|expected|due|slated|set|being)$/;

/** Auxiliaries, modals and adverbs between an event phrase and the verb it is the subject of. */
export const BEFORE_PREDICATE = new Set(
  'is are was were will would could may might shall should have has had be been also finally formally'.split(' '),
);

/** Determiners (and possessive pronouns) that may open an event phrase. */
export const DETERMINERS = new Set(
  'the a an this that these those its their our his her my your another both whose'.split(' '),
);
export const INDEFINITE = new Set(['a', 'an']);
/** Words that make an event phrase non-specific ("more meetings", "any talks"). */
export const NON_SPECIFIC = new Set(
  'any every each no more further additional some many several few other such future regular frequent possible potential'.split(
    ' ',
  ),
);

/** Prepositions that open a complement kept in the event's name, with the types they fit. */
export const COMPLEMENT_PREPS = new Map<string, 'any' | 'travel' | 'agent'>([
  ['on', 'any'],
  ['for', 'any'],
  ['with', 'any'],
  ['of', 'any'],
  ['between', 'any'],
  ['among', 'any'],
  ['in', 'any'],
  ['at', 'any'],
  ['about', 'any'],
  ['regarding', 'any'],
  ['concerning', 'any'],
  ['to', 'travel'],
  ['by', 'agent'],
]);
/** Events whose doer a "by" names: "a briefing by the envoy", "a visit by the President". */
export const AGENT_TYPES = new Set(['briefing', 'visit', 'address', 'trip', 'tour']);
export const TRAVEL_TYPES = new Set(['visit', 'trip', 'tour', 'mission']);
/** Talk at a distance: "a telephone conversation" is "the call". */
export const CALL_TYPES = new Set(['call', 'conversation']);
/** Common nouns for places: "a meeting in the capital", "visited the flood-hit region" (no place
 *  name, but a place). */
export const PLACE_NOUNS = new Set(
  (
    'capital city town village region province state country border port palace ministry headquarters embassy ' +
    'residence site area district districts plant factory hospital school camp base farm mine'
  ).split(' '),
);
/** Complements after which a head noun is not an event: "a call for calm", "the exercise of rights". */
export const NOT_EVENT_AFTER = new Map<string, Set<string>>([
  ['call', new Set(['for', 'to', 'on'])],
  ['calls', new Set(['for', 'to', 'on'])],
  ['exercise', new Set(['of'])],
  ['vote', new Set(['of'])],
  ['votes', new Set(['of'])],
  ['address', new Set(['of'])],
  ['reception', new Set(['of'])],
  ['receptions', new Set(['of'])],
]);
/** A medium, not an event: "exchanges by video conference". */
export const MEDIUM_PREPS = new Set(['by', 'via', 'over', 'through']);

/** Words that cancel or postpone what they govern. */
export const CANCELLED =
  /^(cancel|cancels|cancelled|canceled|cancelling|canceling|scrap|scrapped|scraps|abandoned|aborted)$/;
export const POSTPONED =
  /^(postpone|postpones|postponed|postponing|delay|delayed|delays|defer|deferred|reschedule|rescheduled)$/;
/** Verbs that make their infinitive complement planned: "agreed to conduct", "plans to hold". */
export const PLANNING_VERBS = new Set(
  (
    'plan plans planned planning agree agrees agreed intend intends intended expect expects expected ' +
    'schedule scheduled set slated prepare prepares prepared decide decides decided aim aims aimed ' +
    'propose proposes proposed hope hopes hoped want wants wish seek seeks look going invite invites invited'
  ).split(' '),
);
/** Verbs of going whose subject makes a visit or trip ("will travel to the port for a visit"). */
export const TRAVEL_VERBS = new Set(
  'travel travels travelled traveled travelling traveling go goes went fly flies flew head heads headed'.split(' '),
);

/** Nouns whose infinitive is still to come: "an invitation to pay a visit", "plans to hold talks". */
export const PLANNING_NOUNS = new Set(
  'invitation invitations plan plans proposal proposals decision agreement intention readiness offer request'.split(
    ' ',
  ),
);
/** Verbs of receiving or going somewhere "for talks": the talks are that visit's. */
export const RECEIVING_VERBS =
  /^(receive[sd]?|receiving|welcome[sd]?|welcoming|host(s|ed|ing)?|travel(s|led|ed|ling|ing)?|arrive[sd]?|arriving|come|comes|came|go|goes|went|head(s|ed|ing)?|fl(y|ies|ew)|invite[sd]?|inviting|meet(s|ing)?|met)$/;
/** Gatherings of people: "a meeting of county mayors" names who met (not "a discussion of costs"). */
export const GATHERINGS_OF_PEOPLE = new Set(
  'meeting conference summit session forum ministerial roundtable seminar workshop symposium'.split(' '),
);

/** Words inside or just before a phrase that make it planned or past. */
export const PLANNED_WORDS = new Set('upcoming forthcoming next coming planned proposed scheduled future'.split(' '));
export const PAST_WORDS = new Set('last previous recent past former earlier latest'.split(' '));
export const PLANNED_BEFORE = new Set(['ahead', 'before', 'prior']);

/** Words that may join a date to the event phrase right before it ("the summit, on June 4"). */
export const DATE_LINKERS = new Set(
  'on in at from during between starting beginning held be is are was were will take takes took place scheduled set for slated planned expected due and the of'.split(
    ' ',
  ),
);
/** Prepositions that make the date a deadline: "before the end of the year". */
export const DEADLINE_PREPS = new Set(['by', 'before', 'until', 'till']);
