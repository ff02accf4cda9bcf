// compromise's second tagging pass (its `postTagger` hook), run with the same rules and the same
// result, but with its rule lookup indexed. compromise picks each clause's candidate rules by
// walking every key of its rule index (about 730) per clause, concatenating the lists of the keys
// the clause has and filtering them; here each rule is listed under its rarest need only, the
// clause's own words and tags are looked up, and the candidates put back in compromise's order (the
// order the rules apply in decides between conflicting tags). The pass takes about 40% less CPU;
// the tags are identical (test/second-pass.test.ts). Each rule is kept as a plan of one shape, with
// tests of its steps: a rule whose required steps cannot fit the clause in order is not run, and
// the matcher starts at the first term its first step can match.
//
// The rule index and the helpers come from compromise's world as given: nothing of compromise is
// changed, so a caller's own `nlp()` keeps its full, unmodified tagger. The index is built once per
// world, by `new SecondPass(world, keep)` (the rules `keep` takes, all by default), and its state (the calibration, the clause stamps) lives there.

/** The parts of a compromise term the second pass reads. */
interface Term {
  post: string;
  index: [number, number];
  text: string;
  normal: string;
  machine: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}
/** One step of a parsed match rule (compromise's `parseMatch`), the parts read here. */
interface Reg {
  start?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  fuzzy?: boolean;
  min?: number;
  use?: string;
  id?: string;
  tag?: string;
  word?: string;
  fastOr?: Set<string>;
  pos?: string;
  switch?: string;
  choices?: Reg[][] | Reg[];
}
/** A parsed match rule as compromise's `buildNet` makes it. */
interface Rule {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
type Pointer = [number, number, number];
interface Methods {
  one: {
    buildNet(matches: object[], world: World): Net;
    match(docs: Term[][], rule: Rule): { ptrs: Pointer[] };
    bulkTagger(found: object[], document: Term[][], world: World): void;
  };
  two: { quickSplit(document: Term[][]): Term[][] };
}
export interface World {
  methods: Methods;
  model: { two: { matches: object[] } };
}
/** The parts of a compromise view the pass uses. */
export interface View {
  docs: Term[][];
  update(pointers: Pointer[]): View;
  uncache(): View;
  unfreeze(): View;
}

/** A test of one term against one step of a rule: false only where compromise's match surely fails. */
type TermTest = (term: Term) => boolean;

/**
 * What the pass keeps of a rule, in plain fields of one shape (compromise's rule objects come in
 * many): the filters compromise applies before matching, its keys as ids, and the tests of its
 * steps that say which clauses and starts can hold a match.
 */
class Plan {
  constructor(
    readonly rule: Rule,
    readonly minWords: number,
    readonly needs: Int32Array,
    readonly ifNo: Int32Array,
    readonly wants: Int32Array,
    readonly minWant: number,
    /** Per step a match gives a term of its own (none optional, negative or a block of choices), in order, its test (null: any term). */
    readonly required: readonly (TermTest | null)[],
    /** The first step's test (null: any term can start a match). */
    readonly first: TermTest | null,
    /** Whether the first step is the first required one. */
    readonly firstRequired: boolean,
    /** Whether a step anchors at the clause's start (`^`): such a rule runs on the whole clause. */
    readonly pinnedStart: boolean,
  ) {}
}

/** Whether a step, or any step inside its choices, anchors at the clause's start (`^`). */
const anchored = (reg: Reg): boolean =>
  reg.start === true || (reg.choices ?? []).flat().some((inner: Reg) => anchored(inner));

/**
 * The test of `reg` on a term, as compromise's term match (`doesMatch`) reads it, anchors aside;
 * null for the steps not read here in detail (any term may match them).
 */
function testOf(reg: Reg): TermTest | null {
  if (reg.optional || reg.negative || reg.anything || reg.fuzzy || reg.use || reg.id !== undefined) return null;
  const { word, tag, fastOr, pos } = reg;
  if (word !== undefined)
    return (t) => t.machine === word || t.text === word || t.normal === word || !!t.alias?.includes(word);
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (reg.switch !== undefined) {
    const value = reg.switch;
    return (t) => t.switch === value;
  }
  if (fastOr !== undefined)
    return (t) =>
      (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
  return null;
}

function planOf(rule: Rule, idOf: (key: string) => number): Plan {
  const steps = rule.regs.filter((reg) => !reg.optional && !reg.negative && !reg.choices && reg.min !== 0);
  const first = rule.regs[0];
  const ids = (keys: readonly string[]) => Int32Array.from(keys, idOf);
  return new Plan(
    rule,
    rule.minWords,
    ids(rule.needs),
    ids(rule.ifNo ?? []),
    ids(rule.wants),
    rule.minWant,
    steps.map(testOf),
    first ? testOf(first) : null,
    first !== undefined && first === steps[0],
    rule.regs.some(anchored),
  );
}

// The keys rare among rules are not all rare in text (a determiner, a verb): after this many
// clauses, the rules are anchored again by how often their needs were seen. Which rules apply, and
// their order, do not change: only how many are looked at.
const CALIBRATION_CLAUSES = 2000;
const NONE: readonly number[] = [];

/**
 * compromise's second tagging pass over its world's rules, with the rule index (compromise's
 * `buildNet`: rules listed under each word or tag they need or want) built once, here, from copies
 * of its rules: compromise parses a rule in place when its own second pass first runs, and would
 * fail on a rule parsed before. Rules it has parsed already are read as they are.
 *
 * A clause's words and tags (compromise's `cacheDoc` keys) are read as ids of the keys the rules
 * name, marked in `present` with the clause's stamp, so the filters are array reads.
 */
export class SecondPass {
  private readonly plans: Plan[];
  /** Per key id, the rules to try on a clause that has it: each rule under its rarest need, else under each of its wants. */
  private anchors: (readonly number[])[];
  /** How many rules list each key (compromise's index): the rarity of a key before clauses are seen. */
  private readonly listed: Int32Array;
  /** While calibrating, in how many clauses each key was seen, and how many clauses are left to see. */
  private seen: Int32Array | null;
  private calibrating = CALIBRATION_CLAUSES;
  /** Per rule, its key ids with its place in compromise's order under each (key's rank, then list position), ascending. */
  private readonly places: Int32Array[];
  private readonly always: Plan[];
  /** The id of each key a rule names. */
  private readonly keyIds = new Map<string, number>();
  /** Per tag, the id of its key (`#Tag`), where a rule names it. */
  private readonly tagIds = new Map<string, number>();
  /** Per key id, the stamp of the last clause that had it; per rule, the stamp of the clause it was last tried on. */
  private readonly present: Int32Array;
  private readonly tried: Int32Array;
  private stamp = 0;

  constructor(
    private readonly world: World,
    keep: (match: string) => boolean = () => true,
  ) {
    const hooks: Record<string, Rule[]> = Object.create(null) as Record<string, Rule[]>;
    const always: Rule[] = [];
    const rules: Rule[] = [];
    for (const match of world.model.two.matches) {
      if (!keep((match as Rule).match)) continue;
      let rule = match as Rule;
      if (!Object.hasOwn(rule, 'regs')) {
        rule = { ...rule };
        world.methods.one.buildNet([rule], world);
      }
      for (const key of new Set([...rule.needs, ...rule.wants])) (hooks[key] ??= []).push(rule);
      if (rule.needs.length === 0 && rule.wants.length === 0) always.push(rule);
      else rules.push(rule);
    }
    const idOf = (key: string): number => {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        this.keyIds.set(key, (id = this.keyIds.size));
        if (key.startsWith('#')) this.tagIds.set(key.slice(1), id);
      }
      return id;
    };
    const rank = new Map(rules.map((rule, i) => [rule, i]));
    const places = rules.map((): number[] => []);
    // compromise walks the keys in this order (integer keys such as "1" first), each key's rules in list order.
    Object.keys(hooks).forEach((key, keyRank) =>
      hooks[key]!.forEach((rule, position) =>
        places[rank.get(rule)!]!.push(idOf(key), keyRank * rules.length + position),
      ),
    );
    this.plans = rules.map((rule) => planOf(rule, idOf));
    this.always = always.map((rule) => planOf(rule, idOf));
    this.places = places.map((pairs) => Int32Array.from(pairs));
    this.listed = new Int32Array(this.keyIds.size);
    for (const [key, list] of Object.entries(hooks)) this.listed[this.keyIds.get(key)!] = list.length;
    this.anchors = this.anchorsOf((key) => this.listed[key]!);
    this.seen = new Int32Array(this.keyIds.size);
    this.present = new Int32Array(this.keyIds.size);
    this.tried = new Int32Array(rules.length);
  }

  /**
   * Each rule under the rarest of its needs by `rarity`, or under each of its wants where it wants
   * one at least and they are rarer together (or it needs nothing): a rule is then looked at only
   * in clauses that have one of its anchors, and it cannot apply to the others.
   */
  private anchorsOf(rarity: (key: number) => number): (readonly number[])[] {
    const anchors: number[][] = Array.from({ length: this.keyIds.size }, () => []);
    this.plans.forEach((plan, i) => {
      const wants = [...new Set(plan.wants)];
      const wantsCost = plan.minWant >= 1 ? wants.reduce((sum, want) => sum + rarity(want), 0) : Infinity;
      const need = plan.needs.length > 0 ? plan.needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a)) : -1;
      if (need >= 0 && rarity(need) <= wantsCost) anchors[need]!.push(i);
      else for (const want of wants) anchors[want]!.push(i);
    });
    return anchors.map((list) => (list.length === 0 ? NONE : list));
  }

  /** Marks the keys of a clause's terms (as compromise's `cacheDoc` has them) present; returns their ids. */
  private keysOf(terms: Term[]): number[] {
    const stamp = (this.stamp = (this.stamp + 1) | 0);
    const { keyIds, tagIds, present } = this;
    const ids: number[] = [];
    const add = (id: number | undefined) => {
      if (id !== undefined && present[id] !== stamp) {
        present[id] = stamp;
        ids.push(id);
      }
    };
    for (const term of terms) {
      if (term.normal !== '') add(keyIds.get(term.normal));
      if (term.switch) add(keyIds.get(`%${term.switch}%`));
      if (term.implicit) add(keyIds.get(term.implicit));
      if (term.machine) add(keyIds.get(term.machine));
      if (term.root) add(keyIds.get(term.root));
      if (term.alias) for (const alias of term.alias) add(keyIds.get(alias));
      for (const tag of term.tags) add(tagIds.get(tag));
    }
    return ids;
  }

  /** Counts the clause's keys while calibrating; at the end, anchors the rules by what was seen. */
  private calibrate(keys: readonly number[]): void {
    const seen = this.seen!;
    for (const key of keys) seen[key]!++;
    if (--this.calibrating > 0) return;
    this.anchors = this.anchorsOf((key) => seen[key]! * 1e4 + this.listed[key]!);
    this.seen = null;
  }

  /** Whether compromise's filters let a rule run on a clause of `words` terms (its keys marked present). */
  private applies(plan: Plan, words: number): boolean {
    if (words < plan.minWords) return false;
    const { present, stamp } = this;
    for (const need of plan.needs) if (present[need] !== stamp) return false;
    for (const no of plan.ifNo) if (present[no] === stamp) return false;
    if (plan.wants.length === 0) return true;
    let wanted = 0;
    for (const want of plan.wants) if (present[want] === stamp) wanted++;
    return wanted >= plan.minWant;
  }

  /** Its place is under the first of its keys, in compromise's order, that the clause has. */
  private placeIn(places: Int32Array): number {
    for (let k = 0; k < places.length; k += 2) if (this.present[places[k]!] === this.stamp) return places[k + 1]!;
    return Infinity;
  }

  /** The rules worth trying on a clause, in compromise's order. */
  private candidates(terms: Term[]): Plan[] {
    const keys = this.keysOf(terms);
    if (this.seen) this.calibrate(keys);
    const { plans, anchors, places, tried, stamp } = this;
    const words = terms.length;
    const found: [place: number, plan: Plan][] = [];
    for (const key of keys) {
      for (const i of anchors[key]!) {
        if (tried[i] === stamp) continue;
        tried[i] = stamp;
        const plan = plans[i]!;
        if (this.applies(plan, words)) found.push([this.placeIn(places[i]!), plan]);
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    const out = found.map(([, plan]) => plan);
    // compromise adds these after its filters.
    for (const plan of this.always) if (words >= plan.minWords) out.push(plan);
    return out;
  }

  /** Runs the second tagging pass on `view`, as `view.compute('postTagger')` does. */
  run(view: View): void {
    const { methods } = this.world;
    // Like compromise, the rules run on clauses split at commas and semicolons.
    const clauses = methods.two.quickSplit(view.docs);
    const pointers = clauses.map((terms): Pointer => {
      const [sentence, first] = terms[0]!.index;
      return [sentence, first, first + terms.length];
    });
    const docs = view.update(pointers).docs;
    const found: object[] = [];
    docs.forEach((terms, n) => {
      for (const plan of this.candidates(terms)) {
        const from = startOf(plan, terms);
        if (from < 0) continue;
        const rule = plan.rule;
        // Matches on the slice are shifted back; `$` and the rules' other steps read only relative places.
        for (const pointer of methods.one.match([from === 0 ? terms : terms.slice(from)], rule).ptrs) {
          pointer[0] = n;
          pointer[1] += from;
          pointer[2] += from;
          found.push({ ...rule, pointer });
        }
      }
    });
    methods.one.bulkTagger(found, docs, this.world);
    view.uncache();
    view.unfreeze();
  }
}

/**
 * Where compromise's matcher needs to start on `terms` for a rule, or -1 where it would find
 * nothing. compromise tries every start in turn, though a match needs a term for each required
 * step, in order: where they do not fit, the rule is not run; where they do, the starts before the
 * first term the first step can match are skipped. Rules anchored at the start run whole.
 */
function startOf(plan: Plan, terms: Term[]): number {
  const n = terms.length;
  let at = 0;
  let from = 0;
  for (let k = 0; k < plan.required.length; k++) {
    const test = plan.required[k];
    if (test) while (at < n && !test(terms[at]!)) at++;
    if (at >= n) return -1;
    if (k === 0) from = at;
    at++;
  }
  if (plan.pinnedStart) return 0;
  if (plan.firstRequired) return from;
  const first = plan.first;
  if (!first) return 0;
  for (let i = 0; i < n; i++) if (first(terms[i]!)) return i;
  return -1;
}
