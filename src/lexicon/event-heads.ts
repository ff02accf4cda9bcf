// Event head nouns: the nouns that name an event ("talks", "summit", "visit"), read by the events
// stage and by the dates stage (a date after "the summit in" is the occasion's). English words
// only; nothing here is taken from a particular text.

export interface EventHead {
  /** The event type reported in the output: the head noun, singular. */
  type: string;
  /** 'capitalised': an event only as part of a proper name ("Olympic Games", "Harbor Fest");
   *  'named': only after a capitalised modifier ("the Harbor Cleanup event", "River Safety Day");
   *  'sequence': only counted in a sequence ("the second round", "a runoff round");
   *  'compound': only after one of `compounds` ("a trade mission", not "the mission of the agency");
   *  'named' with `compounds`: also after one of them ("a consultation event"). */
  needs?: 'capitalised' | 'modifier' | 'named' | 'sequence' | 'compound';
  /** The modifiers that make the noun an event, for needs 'compound'. */
  compounds?: ReadonlySet<string>;
}

const head = (type: string, needs?: EventHead['needs']): EventHead => (needs ? { type, needs } : { type });
const compound = (type: string, words: string): EventHead => ({
  type,
  needs: 'compound',
  compounds: new Set(words.split(' ')),
});

/** Head nouns, keyed by compromise's normal form (both numbers where both occur). */
const HEADS = new Map<string, EventHead>();
const add = (forms: string, h: EventHead) => forms.split(' ').forEach((f) => HEADS.set(f, h));
add('meeting meetings', head('meeting'));
add('talks', head('talks'));
add('discussion discussions', head('discussion'));
add('conversation conversations', head('conversation'));
add('call calls', head('call'));
add('conference conferences videoconference teleconference', head('conference'));
add('seminar seminars', head('seminar'));
add('symposium symposia symposiums', head('symposium'));
add('workshop workshops', head('workshop'));
add('roundtable roundtables', head('roundtable'));
add('summit summits', head('summit'));
add('dialogue dialogues dialog', head('dialogue'));
add('consultations consultation', head('consultations'));
add('negotiations negotiation', head('negotiations'));
add('exercise exercises', head('exercise'));
add('drill drills', head('drill'));
add('maneuvers manoeuvres', head('exercise'));
add('visit visits', head('visit'));
add('trip trips', head('trip'));
add('tour tours', head('tour'));
add('election elections', head('election'));
add('referendum referendums', head('referendum'));
add('vote votes', head('vote'));
add('ceremony ceremonies', head('ceremony'));
add('signing', head('signing'));
add('briefing briefings', head('briefing'));
add('forum forums', head('forum'));
add('hearing hearings', head('hearing'));
add('launch', head('launch'));
add('ministerial ministerials', head('ministerial'));
add('session sessions', head('session'));
add('inauguration', head('inauguration'));
add('parade parades', head('parade'));
add('funeral funerals', head('funeral'));
add('mission missions', compound('mission', 'trade business investment fact-finding goodwill field assessment'));
// Not a treaty: "the mining convention", "the party convention" (not "the Convention on …").
add('convention conventions', compound('convention', 'mining party national annual trade industry leadership'));
// Nouns that are an occasion only in these compounds: "the plenary debate" (not "public debate"),
// "a state dinner", "a doorstop interview", "the Senate inquiry" (a hearing, not an investigation),
// "a round table", "Question Time" (a parliament's sitting).
add('debate debates', compound('debate', 'plenary parliamentary televised presidential leaders candidates general'));
add('dinner dinners', compound('dinner', 'state working official gala'));
add('interview interviews', compound('interview', 'doorstop press joint'));
add('inquiry inquiries', compound('inquiry', 'senate parliamentary congressional committee'));
add('table tables', compound('roundtable', 'round'));
add('time', compound('session', 'question'));
add('march marches', compound('march', 'protest peace solidarity memorial remembrance silent'));
// A service held, not one provided: "the Remembrance Service", "a memorial service" (not "the
// health service", "a new bus service").
add(
  'service services',
  compound('service', 'memorial remembrance commemoration commemorative thanksgiving funeral prayer interfaith'),
);
add('address', head('address', 'modifier'));
add('round rounds', head('round', 'sequence'));
add('games', head('games', 'capitalised'));
// "the Harbor Cleanup event", and an event of an activity: "a public consultation event", "a side event".
add('event events', {
  type: 'event',
  needs: 'named',
  compounds: new Set('consultation fundraising networking information side community awareness'.split(' ')),
});
add('day', head('day', 'named'));
// "Road Safety Week", "National Volunteer Week" (not "last week", "Week 12").
add('week', head('week', 'named'));
add('festival festivals', head('festival', 'capitalised'));
add('expo exhibition', head('exhibition', 'capitalised'));
add('championship championships', head('championship', 'capitalised'));
// A contest's last match or a trade fair by its name: "the National Cup Finals", "the Northern
// Harvest Fair" (not "the final report", "a fair price").
add('final finals', head('final', 'capitalised'));
add('fair fairs', head('fair', 'capitalised'));
add('gala galas', head('gala', 'capitalised'));
add('tournament tournaments', head('tournament'));
add('reception receptions', head('reception'));
add('lecture lectures', head('lecture'));

export function eventHead(normal: string): EventHead | undefined {
  return HEADS.get(normal);
}
