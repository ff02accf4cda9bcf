// compromise's second tagging pass (its `postTagger` hook), run with the same rules and the same
// result, but with its rule lookup indexed. compromise picks each clause's candidate rules by
// walking every key of its rule index (about 730) per clause, concatenating the lists of the keys
// the clause has and filtering them; here each rule is listed under its rarest need only, the
// clause's own words and tags are looked up, and the candidates put back in compromise's order (the
// order the rules apply in decides between conflicting tags). The pass takes about 40% less CPU;
// the tags are identical (test/second-pass.test.ts).
//
// The rule index and the helpers come from compromise's world as given: nothing of compromise is
// changed, so a caller's own `nlp()` keeps its full, unmodified tagger.

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
    cacheDoc(document: Term[][]): Set<string>[];
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

interface IndexedNet {
  rules: Rule[];
  /** The rules to try on a clause that has the key: each rule under its rarest need, else under each of its wants. */
  anchors: Map<string, number[]>;
  /** Per rule, its keys with its place in compromise's order under each (key's rank, then list position), ascending. */
  places: [key: string, place: number][][];
  always: Rule[];
  /** Per rule, the clause it was last tried on. */
  tried: Int32Array;
  /** The rules with no step anchored at the start (`^`): their matcher may start past a prefix. */
  unanchored: Set<Rule>;
}

let indexed: IndexedNet | null = null;
let clause = 0;

/**
 * compromise's rule index (its `buildNet`: rules listed under each word or tag they need or want),
 * built from copies of its rules: compromise parses a rule in place when its own second pass first
 * runs, and would fail on a rule parsed before. Rules it has parsed already are read as they are.
 */
function indexOf(world: World): IndexedNet {
  if (indexed) return indexed;
  const hooks: Record<string, Rule[]> = Object.create(null) as Record<string, Rule[]>;
  const always: Rule[] = [];
  const rules: Rule[] = [];
  for (const match of world.model.two.matches) {
    let rule = match as Rule;
    if (!Object.hasOwn(rule, 'regs')) {
      rule = { ...rule };
      world.methods.one.buildNet([rule], world);
    }
    for (const key of new Set([...rule.needs, ...rule.wants])) (hooks[key] ??= []).push(rule);
    if (rule.needs.length === 0 && rule.wants.length === 0) always.push(rule);
    else rules.push(rule);
  }
  const id = new Map(rules.map((rule, i) => [rule, i]));
  const places = rules.map((): [string, number][] => []);
  // compromise walks the keys in this order, each key's rules in list order.
  Object.keys(hooks).forEach((key, rank) =>
    hooks[key]!.forEach((rule, position) => places[id.get(rule)!]!.push([key, rank * rules.length + position])),
  );
  const anchors = new Map<string, number[]>();
  const anchor = (key: string, i: number) => (anchors.get(key) ?? anchors.set(key, []).get(key)!).push(i);
  rules.forEach((rule, i) => {
    if (rule.needs.length === 0) for (const want of new Set(rule.wants)) anchor(want, i);
    else
      anchor(
        rule.needs.reduce((a, b) => (hooks[b]!.length < hooks[a]!.length ? b : a)),
        i,
      );
  });
  const unanchored = new Set([...rules, ...always].filter((rule) => !rule.regs.some(anchored)));
  indexed = { rules, anchors, places, always, tried: new Int32Array(rules.length), unanchored };
  return indexed;
}

/** Whether compromise's filters let `rule` run on a clause of `words` terms that has `have`. */
function applies(rule: Rule, have: Set<string>, words: number): boolean {
  if (words < rule.minWords) return false;
  for (const need of rule.needs) if (!have.has(need)) return false;
  if (rule.ifNo?.some((no) => have.has(no))) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (have.has(want)) wanted++;
  return wanted >= rule.minWant;
}

/** The rules worth trying on a clause whose words and tags are `have`, in compromise's order. */
function candidates({ rules, anchors, places, always, tried }: IndexedNet, have: Set<string>, words: number): Rule[] {
  clause = (clause + 1) | 0;
  const found: [place: number, rule: Rule][] = [];
  for (const item of have) {
    for (const i of anchors.get(item) ?? []) {
      if (tried[i] === clause) continue;
      tried[i] = clause;
      const rule = rules[i]!;
      if (!applies(rule, have, words)) continue;
      // Its place is under the first of its keys, in compromise's order, that the clause has.
      found.push([places[i]!.find(([key]) => have.has(key))![1], rule]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const out = found.map(([, rule]) => rule);
  // compromise adds these after its filters.
  for (const rule of always) if (words >= rule.minWords) out.push(rule);
  return out;
}

/** Whether a reg, or any reg inside its choices, anchors at the phrase's start (`^`). */
const anchored = (reg: Reg): boolean =>
  reg.start === true || (reg.choices ?? []).flat().some((inner: Reg) => anchored(inner));

/**
 * Whether `term` can be the first term of a match of `rule`, by its first step: false only where
 * compromise's term match (its `doesMatch`) surely fails; steps read here in no detail say yes.
 */
function mayStartAt(reg: Reg, term: Term): boolean {
  if (reg.optional || reg.negative || reg.anything || reg.fuzzy || reg.use || reg.id !== undefined) return true;
  if (reg.word !== undefined)
    return (
      term.machine === reg.word ||
      term.text === reg.word ||
      term.normal === reg.word ||
      !!term.alias?.includes(reg.word)
    );
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return false;
    return reg.fastOr.has(term.root || term.implicit || term.machine || term.normal) || reg.fastOr.has(term.text);
  }
  return true;
}

/**
 * Where compromise's matcher needs to start on `terms` for `rule`: it tries every start in turn, so
 * the starts before the first term the rule's first step can match find nothing and are skipped
 * (-1 where there is none). Rules anchored at the start are matched whole: a slice would move it.
 */
function firstStart(rule: Rule, terms: Term[], unanchored: boolean): number {
  if (!unanchored) return 0;
  const first = rule.regs[0]!;
  for (let i = 0; i < terms.length; i++) if (mayStartAt(first, terms[i]!)) return i;
  return -1;
}

/** Runs the second tagging pass on `view`, as `view.compute('postTagger')` does. */
export function secondPass(view: View, world: World): void {
  const { methods } = world;
  const index = indexOf(world);
  // Like compromise, the rules run on clauses split at commas and semicolons.
  const clauses = methods.two.quickSplit(view.docs);
  const pointers = clauses.map((terms): Pointer => {
    const [sentence, first] = terms[0]!.index;
    return [sentence, first, first + terms.length];
  });
  const docs = view.update(pointers).docs;
  const caches = methods.one.cacheDoc(docs);
  const found: object[] = [];
  docs.forEach((terms, n) => {
    for (const rule of candidates(index, caches[n]!, terms.length)) {
      const from = firstStart(rule, terms, index.unanchored.has(rule));
      if (from < 0) continue;
      // Matches on the slice are shifted back; `$` and the rules' other steps read only relative places.
      for (const pointer of methods.one.match([from === 0 ? terms : terms.slice(from)], rule).ptrs) {
        pointer[0] = n;
        pointer[1] += from;
        pointer[2] += from;
        found.push({ ...rule, pointer });
      }
    }
  });
  methods.one.bulkTagger(found, docs, world);
  view.uncache();
  view.unfreeze();
}
