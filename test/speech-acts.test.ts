import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { analyze } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { CAMEO_ROOT, actCounts } from '../src/speech-acts/acts.js';
import { labelOf } from '../src/speech-acts/index.js';
import { viewOf } from '../src/speech-acts/view.js';
import type { AttributedQuote, QuoteKind } from '../src/types.js';

/** A quote over `words` inside `text`, spoken by s1 with the given cue. */
function quoteIn(text: string, words: string, kind: QuoteKind, cue: string | null, speakerId = 's1'): AttributedQuote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return {
    id: 'q',
    kind,
    text: words,
    start,
    end: start + words.length,
    speakerId,
    speaker: null,
    speakerMention: null,
    cue,
    reportedBy: null,
    rule: null,
  };
}

/** "act|cue" for a quote: a whole direct quote, or (with `words`) a reported clause inside `text`. */
function label(text: string, words = text, kind: QuoteKind = 'direct', cue: string | null = 'said'): string {
  const doc = buildDocument(text, tag(text));
  const q = quoteIn(text, words, kind, cue);
  const { speechAct, speechActCue } = labelOf(viewOf(doc, q, [q]), doc);
  return `${speechAct}|${speechActCue}`;
}

describe('speech acts of direct quotes', () => {
  it.each([
    // statement, and "not" inside a statement is not a rejection
    ['The new terminal handles nine million passengers a year.', 'statement|null'],
    ['The ferry did not sail on Tuesday because of the storm.', 'statement|null'],
    ['Last spring the mayor said the city will build a new library.', 'statement|null'],
    // appeal
    ['We call on both unions to return to the table.', 'appeal|call on'],
    ['Landlords should lower rents this winter.', 'appeal|should'],
    // intent; "will" of a thing that is not an agent is not a commitment
    ['We will open two more clinics in the spring.', 'intent|will'],
    ['The province is willing to share its flood data.', 'intent|willing to'],
    ['Ticket prices will rise by four percent.', 'statement|null'],
    // consult; one's own future meeting is intent
    ['The two ministers met in Lisbon and discussed fishing quotas.', 'consult|met'],
    ['We will meet the fishing ministers next week.', 'intent|will'],
    // approve; thanks alone is a formula
    ['We warmly welcome the ceasefire agreement.', 'approve|warmly welcome'],
    ['Thank you for your leadership on the water treaty.', 'approve|Thank'],
    ['The committee was not pleased with the draft.', 'statement|null'],
    // demand; a rule of procedure with "must" is not a demand
    ['We demand that the company stop dumping waste in the river.', 'demand|demand'],
    ['The occupying forces must immediately withdraw.', 'demand|must immediately'],
    ['Applicants must bring two forms of identification.', 'statement|null'],
    // disapprove; an apology is not criticism
    ['The ministry strongly condemns the attack on the aid convoy.', 'disapprove|strongly condemns'],
    ['We are deeply concerned by the arrests of journalists.', 'disapprove|concerned'],
    // reject
    ['The ministry firmly opposes the new tariffs.', 'reject|firmly opposes'],
    ['These claims are groundless.', 'reject|groundless'],
    ['The report does not match the facts.', 'reject|not match the facts'],
    ['We have no intention of leaving the alliance.', 'reject|have no intention of'],
    // threaten; consequences that nobody is warned of are not a threat
    ['Anyone who crosses the border will bear all the consequences.', 'threaten|bear all the consequences'],
    ['Our army will resolutely fight back.', 'threaten|fight back'],
    ['The drought had consequences for farmers across the valley.', 'statement|null'],
    // other: greetings, floor management, an official's question
    ['Good morning, everyone.', 'other|Good morning'],
    ['Thank you.', 'other|Thank you'],
    ['Good afternoon. Sorry we are running late.', 'other|Good afternoon'],
    ['Is everyone able to hear me?', 'other|?'],
    // opening remarks that only manage the floor; a promise after the greeting is still a promise
    [
      'Good evening, all. Thanks for coming out. I do not have any announcements tonight, so I will take questions. Please, go ahead.',
      'other|Good evening',
    ],
    [
      "Good morning. It's great to see you all. Let me make two brief announcements before questions.",
      'other|Good morning',
    ],
    [
      'We will have more information about the logistics nearer the time.',
      'other|We will have more information about the logistics',
    ],
    [
      'You have the text of her statement available in the press room.',
      'other|You have the text of her statement available',
    ],
    ['Good morning. We will open three new shelters in the north.', 'intent|will'],
    ['We will have more details on the new tax in the budget.', 'intent|will'],
    // promising to keep the press informed, or saying what one will also say, is briefing talk
    ['The inquiry is under way, and you will hear from us as it goes forward.', 'statement|null'],
    ["I'll also say that the ministry welcomes the new harbour agreement.", 'approve|welcomes'],
    ['We will keep the shelters open through the winter.', 'intent|will'],
    ["I'll also send the relief convoy north tomorrow.", "intent|I'll"],
    // continuing an act is doing it; renewing a call is a call
    ['We will continue to condemn every attack on the clinics.', 'disapprove|condemn'],
    ['The old cannery continues to attract visitors.', 'statement|null'],
    ['The ministry renews its calls on the two parties to form a joint commission.', 'appeal|renews its calls on'],
    ['The ministry renewed its phone lines after the storm.', 'statement|null'],
    // a formula opening a turn is read past; declining to comment is a statement, not a refusal
    ['Thanks, Priya. I have not seen that report, so I have nothing to add.', 'statement|null'],
    ["Thank you, Omar. I won't go beyond what the ministry published.", 'statement|null'],
    ['Thank you for joining us. We will publish the survey on Monday.', 'intent|will'],
    // a reported clause answered "No," is a denial
    ['Frankly, no, the convoy never entered the zone.', 'reject|Frankly, no,'],
    // no evidence for a claim is a denial of it; evidence that supports one is not
    [
      'The inspectors have not found any evidence to support those allegations.',
      'reject|not found any evidence to support those allegations',
    ],
    ['The lab found new evidence to support the claim.', 'statement|null'],
    // shortened congratulations are praise
    ['Congrats to the whole rescue team.', 'approve|Congrats'],
    // harm done by another party is criticism
    ['The blockade has damaged trade across the whole region.', 'disapprove|damaged'],
    ['Both sides should avoid serious repercussions for the talks.', 'threaten|avoid serious repercussions'],
    // a wish to thank is thanks; receiving a visitor is consulting, welcoming a decision is approval
    ['I want to thank the volunteers who cleared the beach.', 'approve|thank'],
    [
      'The Governor welcomed the Premier of Sayon to Government House for talks on fisheries.',
      'consult|welcomed the Premier of Sayon to',
    ],
    ['The Governor welcomed the decision to reopen the ferry line.', 'approve|welcomed'],
    // saying what one will say in the briefing is not a commitment
    ["I'll say again that the inquiry is under way.", 'statement|null'],
    ["I'll have to check on that one for you.", 'statement|null'],
    ["We'll have more to share on the inquiry next week.", 'statement|null'],
    ["We're certainly going to restore power to every district.", "intent|We're certainly going to"],
    ["We're really focused on getting the schools open.", "intent|We're really focused on"],
    // a gerund after "by" is the subject's act; the importance of someone doing something is an appeal
    ['She opened by congratulating the new mayor on her election.', 'approve|congratulating'],
    ['They spoke about the importance of all members paying their dues.', 'appeal|importance of all members paying'],
    ['The importance of the archive grew over the years.', 'statement|null'],
    ['I have a few announcements at the top, and then I will take your questions.', 'other|I have a few announcements'],
    // a verb opening its sentence performs only in its base form: "Orders grew" is a noun
    ['Orders grew by nine percent in the spring.', 'statement|null'],
    ['Demands for the new ferry rose sharply.', 'statement|null'],
    // praise of news, steps and ties; recognising someone's work (not admitting a fact)
    ['This is good news for the workers at the yard.', 'approve|good news'],
    ['The agreement is a step in the right direction.', 'approve|step in the right direction'],
    ['Our ties with the islands are stronger than ever.', 'approve|stronger than ever'],
    ['Trade links with the coast are closer than they have ever been.', 'approve|closer than they have ever been'],
    ['Prices are higher than ever at the yard.', 'statement|null'],
    ['There was no good news from the yard this week.', 'statement|null'],
    ['I want to recognize the work of the rescue teams.', 'approve|want to recognize'],
    ['We recognize that the winter will be hard for farmers.', 'statement|null'],
    // an agent's "must" is an appeal; a rule for applicants is not
    ['The member states must act together on energy.', 'appeal|must'],
    ['Applicants must bring a copy of the lease.', 'statement|null'],
    ['The ferry must have left before dawn.', 'statement|null'],
    // denying a position put in one's mouth is a rejection; saying it is not
    ["We haven't mentioned a buffer zone at any point.", "reject|We haven't mentioned"],
    ['We have mentioned the buffer zone in our letter.', 'statement|null'],
    // a commitment with an adverb before "going to"
    ["We're just going to keep the ferries running.", "intent|We're just going to"],
    // greetings that run on: a welcome to the occasion, ground rules, a short aside
    ['Good afternoon, and welcome to the weekly briefing of the ministry.', 'other|Good afternoon'],
    [
      'This call is embargoed until noon. It is also on background. You may attribute this to a harbour official.',
      'other|This call is embargoed',
    ],
    [
      "Good morning, everybody. It's good to see you. Many of you came a long way. Let me start with two notices.",
      'other|Good morning',
    ],
    ['Good morning. Thank you for coming. The bridge opens on Monday.', 'statement|null'],
    ['Good morning. The repairs on the harbour wall will take the whole summer and cost more.', 'statement|null'],
    // an imperative to the listener is an appeal, even where the tagger reads its capital as a name
    ['The market opens on Saturday. Come early and bring a bag of your own.', 'appeal|Come'],
    ['Call the hotline if you saw the van on Market Street.', 'appeal|Call'],
    ['Please stay indoors until the smoke clears.', 'appeal|Please'],
    ['Do not drive through flooded roads.', 'appeal|Do'],
    // not imperatives: speaking about the talk, a question, a list after a colon, a formula
    ['Note that the figures are still provisional.', 'statement|null'],
    ['Look, the figures are still provisional.', 'statement|null'],
    ['Do we know how many boats were lost in the storm?', 'other|?'],
    ['The plan has two aims: protect the coast and keep the harbour open.', 'statement|null'],
    ['Thank you for your patience during the repairs.', 'approve|Thank'],
    // not imperatives: a listed verb the tagger reads as a common noun opening the sentence
    ['Help is on the way to the flooded villages.', 'statement|null'],
    ['Leave was cancelled for all staff at the port.', 'statement|null'],
    // not imperatives: a sentence opening with a compound noun as subject ("Share prices fell")
    ['Share prices fell because investors feared the worst.', 'statement|null'],
    ['Flood waters reach the town by Friday.', 'statement|null'],
    ['Test results show the water is safe.', 'statement|null'],
    // but a command whose object has a verb of its own still commands
    ['Help families find homes before the winter.', 'appeal|Help'],
    ['Keep doors locked at night.', 'appeal|Keep'],
    // a listed command the tagger reads as a noun, shown a verb by what follows it
    ['Stay indoors tonight and check on your neighbours.', 'appeal|Stay'],
    ['Report after report shows the same gaps.', 'statement|null'],
    // a verb before a plural noun and "are" keeps it as its object; a noun there makes a subject
    ['Ensure gates are shut before you leave.', 'appeal|Ensure'],
    ['Bus fares are rising again.', 'statement|null'],
    ['Exam results are due on Thursday.', 'statement|null'],
    ['Fuel prices fell last month.', 'statement|null'],
    // a witness appeal, in its usual forms
    ['We are keen to speak to anyone who was on the bridge that night.', 'appeal|speak to anyone'],
    ['Anyone with information is asked to call the station.', 'appeal|is asked to'],
    ['We are appealing for witnesses to the crash.', 'appeal|are appealing for'],
    ['I would encourage anyone who has concerns to contact us.', 'appeal|I would encourage'],
    ['If you saw anything, please get in touch.', 'appeal|please get in touch'],
    // not appeals: refusing to appeal, a promise to get in touch
    ['We are not appealing for money this year.', 'statement|null'],
    ['We will get in touch with the families this week.', 'intent|will'],
    // not appeals: the same words in ordinary sentences
    ['We are encouraged to see progress on the new ward.', 'statement|null'],
    ['Detectives continue to speak to witnesses in the village.', 'statement|null'],
    ['Staff have been trying to get in touch with her brother.', 'statement|null'],
    ['The new bus pass is appealing to many pensioners.', 'statement|null'],
    ['The airline has launched an appeal against the fine.', 'statement|null'],
    ['We are appealing to anyone who saw the van to call us.', 'appeal|are appealing to anyone'],
    // procedural turns: agenda, sign-off, ground rules, a member's question and thanks for it
    ['Good evening. Before taking questions, I have three announcements.', 'other|Good evening'],
    ['Thanks, and see you next week.', 'other|Thanks'],
    [
      'Thanks, all, for joining us. As a reminder, this briefing is off the record. With that, over to our first official.',
      'other|Thanks',
    ],
    [
      "Okay. That's all the time we have. Thanks, everyone, and a reminder that the embargo ends at noon.",
      'other|Okay',
    ],
    ['My question is to the Treasurer. Will the Treasurer rule out a new fuel levy?', 'other|?'],
    // an embargo on goods is news, not the briefing's embargo
    ['A reminder that the embargo on grain exports stays in force until June.', 'statement|null'],
    // a long run of formulas before the point (each tail is read once, not once per way of reaching it)
    [`${'OK, '.repeat(40)}we will raise the harbour fees next year.`, 'intent|will'],
    ['I thank the senator for her question. Waiting lists fell by a third in June.', 'statement|null'],
    // not procedural: praise after "great", thanks for someone's work, a question followed by an answer
    ['Great job by the crews at the dam.', 'approve|Great job'],
    ['I thank my deputy for her steady work on the harbour bill.', 'approve|thank'],
    ['My question is simple. Why did the ferry not sail? It sailed late because of the fog.', 'statement|null'],
    // a rebuttal: a bare "No.", a claim called false, "not right to say"; conduct judged wrong is no rebuttal
    ['No. The toll stays where it is until the audit is done.', 'reject|No.'],
    ['The mayor claimed the pool was closing. That is plainly incorrect.', 'reject|That is plainly incorrect'],
    ["It's not fair to say that the valley was forgotten.", 'reject|not fair to say'],
    ['We accept that his outburst was wrong.', 'statement|null'],
    ['No. 4 berth reopens on Monday after repairs.', 'statement|null'],
    // a counterfactual or an admission is no refusal; a refusal is
    ['Without the lifeboat crews we would not have found them so quickly.', 'statement|null'],
    ["I won't pretend that the winter was easy.", 'statement|null'],
    ['We would not sign a deal that closes the mill.', 'reject|would not'],
    // a measure judged wanting is criticism
    ['The new grant is too little, too late for the orchards.', 'disapprove|too little, too late'],
    ['A ten-game ban is out of proportion with earlier cases.', 'disapprove|out of proportion'],
    ['The stock of spare parts is sufficient for the winter.', 'statement|null'],
    // a price to come is a threat; victims who pay a price now are not threatened
    ['Whoever sabotages the dam will pay a heavy price.', 'threaten|will pay a heavy price'],
    ['When the ferry stops, the islanders pay the price.', 'statement|null'],
    // launching one's own plan in the telling is intent; announcing a finished result is not
    ["So this morning I'm announcing a grant for flood-hit farms.", "intent|I'm announcing"],
    ['We are also launching a rebate scheme for solar panels.', 'intent|We are also launching'],
    ['We are not launching the toll this year.', 'statement|null'],
    ['They are announcing the winners of the regatta on Friday.', 'statement|null'],
    // a guest's visit received by the host's side is consult; one's own trip is intent
    [
      'At the invitation of our foreign minister, the Foreign Minister of Lorvia will pay an official visit to the capital next week.',
      'consult|official visit',
    ],
    ['The foreign minister will pay an official visit to Lorvia next week.', 'intent|will'],
    // an embassy is a side that commits itself
    ['The embassy will keep the hotline open over the weekend.', 'intent|will'],
    // a first-person call in the progressive, an ambiguous appeal verb with an addressee and an infinitive
    ['We are calling on landlords to freeze rents this winter.', 'appeal|calling on'],
    ['The ministry consistently asks all parties to settle disputes through talks.', 'appeal|asks'],
    ['We asked whether the ferry would run on Sunday.', 'statement|null'],
    ['I was asked to comment on the audit.', 'statement|null'],
    ['The family will appeal the ruling.', 'statement|null'],
    // the speaker's own task ("I must decide") is no call on others; "we must" is
    ['What I must weigh is whether the bridge can carry the load.', 'statement|null'],
    ['That is not something I need to settle this morning.', 'statement|null'],
    ['We must act together on the harbour.', 'appeal|must'],
  ])('%s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe('speech acts of reported clauses', () => {
  it.each([
    [
      'the cue verb decides',
      'The minister urged the railway to restore the night trains.',
      'the railway to restore the night trains',
      'urged',
      'appeal|urged',
    ],
    [
      'the words before the clause',
      'In a letter on Friday the mayor strongly urged the utility to cut prices.',
      'the utility to cut prices',
      null,
      'appeal|urged',
    ],
    [
      'a backshifted commitment',
      'She said the agency would publish the audit in June.',
      'the agency would publish the audit in June',
      'said',
      'intent|would',
    ],
    [
      'a refusal',
      'He said the team would not attend the final.',
      'the team would not attend the final',
      'said',
      'reject|would not',
    ],
    ['a denial verb', 'The company denied that its plant leaked.', 'its plant leaked', 'denied', 'reject|denied'],
    [
      "a third party's refusal",
      "Donors are saying they're not going to give money without a plan.",
      "they're not going to give money without a plan",
      'saying',
      'reject|not going to',
    ],
    [
      'declining to comment is no refusal',
      "She said they're not going to comment on the audit.",
      "they're not going to comment on the audit",
      'said',
      'statement|null',
    ],
    ['a warning', 'The agency warned that dams could fail.', 'dams could fail', 'warned', 'threaten|warned'],
    [
      'a plan looked forward to',
      'Lorvia looked forward to hosting the donors in May.',
      'Lorvia looked forward to hosting the donors in May',
      'said',
      'intent|looked forward',
    ],
    [
      'an announced plan',
      'The port authority announced that berths would be reallocated.',
      'berths would be reallocated',
      'announced',
      'intent|would',
    ],
    [
      'an announced fact',
      'The port authority announced that traffic had grown by a fifth.',
      'traffic had grown by a fifth',
      'announced',
      'statement|null',
    ],
    [
      'a partial quote inside the clause is no command',
      'He said referees "deserve to work without abuse" this season.',
      'referees "deserve to work without abuse" this season',
      'said',
      'statement|null',
    ],
    [
      'a subject before a partial quote',
      'He said Lorvia "will not take sides" in the dispute.',
      'Lorvia "will not take sides" in the dispute',
      'said',
      'reject|will not',
    ],
  ] as const)('%s', (_name, text, words, cue, expected) => {
    expect(label(text, words, 'indirect', cue)).toBe(expected);
  });
});

describe('the stronger act wins', () => {
  it.each([
    [
      'threaten over intent',
      'We will defend our waters, and whoever attacks them will face serious consequences.',
      'threaten|face serious consequences',
    ],
    ['demand over appeal', 'We urge the board to act, and we demand that it stop the sale at once.', 'demand|demand'],
    ['reject over approve', 'We thank our partners, but we reject the proposed levy.', 'reject|reject'],
    ['reject over appeal', 'No. I would urge the council to read the report first.', 'reject|No.'],
    [
      'disapprove over intent',
      'The fine is disproportionate, and we will study whether to appeal.',
      'disapprove|disproportionate',
    ],
    ['appeal over intent', 'We will keep talking, and the other side should do the same.', 'appeal|should'],
  ])('%s', (_name, text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe("the speaker's own side", () => {
  const doc = (text: string) => buildDocument(text, tag(text));
  const speakers = [
    { id: 's1', name: 'Lena Ortiz', kind: 'person' as const, title: null, organization: 'Brightwell', mentions: [] },
  ];
  it.each([
    [
      'praise of another party is approval',
      'The new Harbor Lab release is a tremendous step forward for the industry.',
      'approve',
    ],
    [
      "the speaker's own product praised is a statement",
      'The new Brightwell release is a tremendous step forward for the industry.',
      'statement',
    ],
  ])('%s', (_name, text, act) => {
    const d = doc(text);
    const q = quoteIn(text, text, 'direct', 'said');
    expect(labelOf(viewOf(d, q, [q], speakers), d).speechAct).toBe(act);
  });
});

describe('nested quotes', () => {
  it('a relayed act stays with the side that does it', () => {
    const text = 'The ministry said China firmly urges the envoy to leave, the spokesman added.';
    const doc = buildDocument(text, tag(text));
    const outer = quoteIn(text, 'China firmly urges the envoy to leave', 'indirect', 'added', 's1');
    const inner = quoteIn(text, 'the envoy to leave', 'indirect', 'urges', 's2');
    expect(labelOf(viewOf(doc, outer, [outer, inner]), doc).speechAct).toBe('appeal');
  });
  it('are hidden from the outer speaker, who only relays them', () => {
    const text = 'The envoy said the government will reopen the port, the spokesman told reporters.';
    const doc = buildDocument(text, tag(text));
    const outer = quoteIn(text, 'The envoy said the government will reopen the port', 'indirect', 'told', 's1');
    const inner = quoteIn(text, 'the government will reopen the port', 'indirect', 'said', 's2');
    expect(labelOf(viewOf(doc, outer, [outer, inner]), doc).speechAct).toBe('statement');
    expect(labelOf(viewOf(doc, inner, [outer, inner]), doc).speechAct).toBe('intent');
  });
});

describe('speech acts in the output', () => {
  it('every quote carries speechAct, speechActCue and the CAMEO root of its label', () => {
    const a = analyze('“We strongly condemn the raid,” the minister said.\n\n“Good morning,” said Ana Ruiz.');
    expect(a.quotes.map((q) => [q.speechAct, q.speechActCue, q.cameo])).toEqual([
      ['disapprove', 'strongly condemn', '11'],
      ['other', 'Good morning', null],
    ]);
  });
  it('acts are counted per speaker and tagged beside quotes that are more than statements', () => {
    expect(actCounts(['appeal', 'statement', 'appeal'])).toBe('appeals: 2, statements: 1');
    expect(actCounts([])).toBeNull();
    const md = renderMarkdown(
      analyze(
        '“We urge both unions to return to the table,” Ana Ruiz said.\n\n“The depot opened in 1998,” Ana Ruiz said.',
      ),
    );
    expect(md).toContain('appeals: 1, statements: 1');
    expect(md).toContain('*(appeal · said)*');
    expect(md).not.toContain('(statement');
  });
  it('CAMEO roots follow the guidelines', () => {
    expect(CAMEO_ROOT).toEqual({
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
    });
  });
});
