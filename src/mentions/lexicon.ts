// Words that build speaker descriptions: titles, organisation heads, unnamed and group sources.
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Abbreviated military and police ranks ("Lt. Gen.", "Brig.", "Det. Insp."), without their dots. */
export const RANK_ABBREVIATIONS = set('lt ltg adm maj brig capt cmdr cdr sgt cpl pvt col gen insp supt det');

export const TITLES = new Set([
  ...set(`spokesperson spokesman spokeswoman spokespeople minister secretary president
  vice chairman chairwoman chairperson chair director administrator ambassador senator sen. rep. representative
  governor gov. mayor general gen. colonel col. lieutenant officer chief ceo cfo coo cto founder
  adviser advisor aide leader speaker commissioner deputy manager engineer analyst professor
  dr. mr. ms. mrs. dr mr ms mrs candidate nominee strategist lawyer attorney judge head premier chancellor
  envoy counselor councillor diplomat executive treasurer auditor inspector commander admiral
  captain sergeant major senior principal press member founder co-founder partner economist
  researcher scientist doctor king queen prince pope justice sheriff prosecutor congressman
  congresswoman lawmaker legislator superintendent detective marshal brigadier constable corporal solicitor
  magistrate ombudsman coroner prof prof. hon hon. honourable honorable excellency
  councilor councilman councilwoman cr cllr alderman alderwoman assemblyman assemblywoman assemblymember
  selectman selectwoman mep mla msp negotiator mediator rapporteur registrar rector
  archbishop cardinal steward convener convenor agent editor organiser organizer`),
  // "Adm. Ana Ruiz", "Cmdr. Ana Ruiz": a rank's abbreviation with its dot is a title too.
  ...[...RANK_ABBREVIATIONS].map((w) => `${w}.`),
]);

/**
 * Councillors' abbreviated styles: the title when alone ("Cllr Ana Roe"), but no part of the office when
 * another title stands before them ("Deputy Mayor Cllr Jo Bloggs" is a Deputy Mayor).
 */
export const COUNCILLOR_STYLES = set('cr cllr');

/** Titles printed as capitals ("the PM", "FM Ana Ruiz"), with the title each stands for. */
export const TITLE_ABBREVIATIONS = new Map([
  ['pm', 'Prime Minister'],
  ['dpm', 'Deputy Prime Minister'],
  ['fm', 'Foreign Minister'],
  ['sg', 'Secretary-General'],
  // police ranks ("DI Ana Roe", "DCI Roe")
  ['di', 'Detective Inspector'],
  ['dci', 'Detective Chief Inspector'],
  ['ds', 'Detective Sergeant'],
  ['dc', 'Detective Constable'],
  ['dsu', 'Detective Superintendent'],
  ['dcs', 'Detective Chief Superintendent'],
  ['acc', 'Assistant Chief Constable'],
]);

/** The title a word or words printed in capitals stand for ("PM" → "Prime Minister"); null for "Pm" or any other. */
export const spelledTitle = (printed: string): string | null =>
  printed === printed.toUpperCase() ? (TITLE_ABBREVIATIONS.get(printed.toLowerCase()) ?? null) : null;

/** Descriptions of an office by what it is, with the title its holder bears ("the Head of State" is the President). */
export const OFFICE_PHRASES = new Map([['head of state', 'President']]);

/** Titles that name the same office as another, by which a bare title refers to its holder ("Justice Roe … the judge"). */
export const TITLE_HEAD_ALIASES = new Map([
  ['justice', 'judge'],
  ['cr', 'councillor'],
  ['cllr', 'councillor'],
  ['councilor', 'councillor'],
]);

/** Words that make one title with the title after them: "Special Representative", "Rear Admiral". */
export const TITLE_MODIFIERS = new Set([
  ...set(`special assistant acting rear vice deputy under associate permanent high first joint additional
  principal senior executive chief lieutenant interim managing regional national lord rt rt. right shadow`),
  // The area a manager or director runs, one title with it: "Project Director", "Communications Manager".
  ...set(`project programme program communications sales marketing operations policy research media
  press technical product engineering finance legal strategy campaign`),
]);

/** Portfolio words that make one title with the minister or secretary after them ("Foreign Minister"). */
export const PORTFOLIOS = set(`foreign prime defense defence finance interior home health education justice trade
  transportation transport energy agriculture labor labour environment culture economy commerce treasury`);
/**
 * Words of the office after "Title of/for" ("Secretary of State", "Minister for Foreign Affairs",
 * "Commissioner for Crisis Management"): the name of its holder starts after the last of them.
 */
export const OFFICE_WORDS = new Set([
  ...PORTFOLIOS,
  ...set(`state affairs security homeland development relations external internal industry industries
  technology science sciences planning housing works infrastructure communications information tourism
  sport sports youth women family families welfare social services veterans resources water mines mining
  fisheries ports forestry land lands natural public economic cooperation integration digital climate budget
  revenue customs immigration citizenship employment rural urban coastal regional local government culture
  heritage arts media aviation maritime shipping railways roads petroleum oil gas electricity nuclear space
  research innovation competition consumer markets financial monetary fiscal taxation pensions children
  equality human rights intelligence prisons corrections emergency emergencies disaster crisis management
  humanitarian aid overseas territories enterprise enterprises investment oceans environmental
  protection safety policy strategy administration operations personnel readiness acquisition legislative primary
  multilateral bilateral european african asian pacific american eastern western northern southern
  middle near east far arctic global`),
]);
/** Titles a portfolio word may stand before. */
export const PORTFOLIO_TITLES = set(
  'minister secretary commissioner adviser advisor spokesperson spokesman spokeswoman',
);

/** Nouns that head an organisation's name; names of particular outlets or bodies are left to the tagger. */
export const ORG_HEADS = set(`ministry department agency commission office foundation group inc inc.
  corp corp. corporation company council committee government administration campaign party embassy consulate
  house university institute association organization organisation mission bureau service army
  military navy police court senate congress union bank network parliament assembly cabinet board
  authority authorities side firm forces command centre center ltd ltd. llc plc secretariat directorate inspectorate
  alliance coalition federation chamber tribunal panel regulator watchdog society charity trust league club fund
  delegation consortium cooperative co-operative`);

/** Letters after a person's name for a seat, an order or a degree ("Ana Ruiz MP", "Ana Ruiz KC"): never the name's. */
export const POST_NOMINALS = set('mp mep mla mha msp ms mpp mhk mna mhr td qc kc obe mbe cbe kbe dbe phd');

/** Courtesy words before a name that name no office ("Mr.", "Dr", "Shri", "The Hon."), written without their dot. */
export const HONORIFICS = set(
  'mr mrs ms miss dr prof sir dame shri smt rev hon honourable honorable excellency h.e h.e.',
);
/** Of those, the styles an article or "Right" may stand before: "The Hon.", "The Rt Hon", "His Excellency". */
export const STYLES = set('hon honourable honorable excellency');

/** Dashes standing alone between words: hyphen, en, em and horizontal bar. */
export const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);

/** Legal-form suffixes after a company name: "Northwind, Inc.", "Harbour Holdings Ltd", "Vika Kraft ASA". */
export const CORPORATE_SUFFIXES = set(`inc inc. corp corp. ltd ltd. llc plc co co. gmbh ag lp llp
  asa ab oy oyj nv n.v. bv b.v. spa s.p.a. srl s.a. sarl kk pty bhd tbk`);
/** Legal forms a company prints in title case ("Ltd", "Oyj"); others so printed are names ("Tomas Ab"). */
export const TITLE_CASE_FORMS = set('oy oyj ltd inc corp co llc');
/** Legal forms that are common words in lower case, so forms only in capitals: "Nordvik Foods AS". */
export const CAPITALS_ONLY_FORMS = new Set(['AS', 'SA', 'SE']);

/** People by what they do or where they live, which the tagger reads as no person noun: "a neighbour said". */
const PEOPLE_NOUNS = set(`engineer engineers nurse nurses migrant migrants police investor investors
  consumer consumers organiser organisers organizer organizers neighbour neighbours neighbor neighbors
  passenger passengers bystander bystanders shopper shoppers student students patients owner owners
  victim victims relatives villager villagers commuter commuters fans eyewitness eyewitnesses locals
  homeowner homeowners fisherman fishermen miner miners family families`);

/**
 * Heads of unnamed sources. The people of politics among them ("a party operative", "the senators",
 * "donors") come from the lower-case words inside PolNeAR train's source spans
 * (scripts/count-cues.mjs): those the tagger reads as no person noun, plurals mostly.
 */
export const UNNAMED_HEADS = new Set([
  ...set(`source sources official officials report reports media people
  analyst analysts expert experts observer observers critic critics aide aides insider insiders
  person spokespeople diplomats diplomat witnesses witness residents resident statement poll polls
  survey study documents document letter memo filing data negotiator negotiators mediator mediators
  investigator investigators
  operative operatives voter voters supporter supporters advisers senators lawmakers delegate
  delegates advocates executives donor donors opponent opponents prosecutors commentators volunteers
  attendees protesters demonstrators pundits rival rivals pollster pollsters strategists activists
  politicians lobbyists staffers conservatives liberals progressives hopeful hopefuls`),
  ...PEOPLE_NOUNS,
]);

/**
 * What a speaker issues in writing: "the ministry's report said", "according to a Harbour Board
 * statement". Owned by a name, the document's speaker is its owner.
 */
export const DOCUMENT_NOUNS = set(`report reports statement statements study survey poll letter memo filing release
  readout assessment findings conclusions analysis announcement audit communique communiqué tweet
  briefing testimony evidence speech address remarks presentation document documents notice
  figures data statistics estimates projections forecast forecasts`);

export const GROUP_HEADS = set(`sides countries nations leaders parties governments militaries
  ministers partners allies members participants delegations states`);

export const SUBJECT_PRONOUNS = new Map<string, 'person' | 'plural' | 'thing' | 'self'>([
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'plural'],
  ['it', 'thing'],
  ['i', 'self'],
  ['we', 'self'],
]);

export const DETERMINERS = set(
  'the a an one some many several most other another two three both its their his her our',
);

/** Lower-case particles inside names: "Karl Van den Bergh", "Ursula von der Leyen". */
export const NAME_PARTICLES = set('van von den der ten ter de del della di da du la le bin al ibn');

/** Lower-case words that connect parts of one description: "spokesperson for the ministry". */
export const NP_LINKS = set('of for with at from on');

/** Adverbs and auxiliaries that may stand between a subject and its speech verb. */
export const VERB_FILLERS = set(`also later previously once further then recently repeatedly publicly
  reportedly has have had would will has also had already again earlier separately privately
  quickly flatly bluntly simply only even still firmly strongly specifically clearly often today later`);

/** Nouns for what a speaker issues: "the following statement", "these remarks". */
export const STATEMENT_NOUNS = set('statement statements remarks comment comments message words');

/** Words that tell a person's gender, for "he" and "she": honorifics and gendered titles. */
export const FEMALE_WORDS = set(`ms ms. mrs mrs. miss madam madame dame lady spokeswoman chairwoman congresswoman
  businesswoman councilwoman alderwoman assemblywoman selectwoman queen princess duchess countess empress sister mother wife daughter grandmother`);
export const MALE_WORDS =
  set(`mr mr. sir lord spokesman chairman congressman businessman councilman alderman assemblyman selectman king prince
  duke emperor brother father husband son grandfather`);
