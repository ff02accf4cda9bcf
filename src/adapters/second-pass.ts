// compromise's second tagging pass (its `postTagger` hook), run with the same rules and the same
// result, but with its rule lookup indexed. compromise picks each sentence's candidate rules by
// walking every key of its rule index (about 730) per sentence and concatenating lists; here the
// sentence's own words and tags are looked up instead, and the candidates put back in compromise's
// order (the order the rules apply in decides between conflicting tags). The pass takes about a
// quarter less time; the tags are identical (test/second-pass.test.ts).
//
// The rule index and the helpers come from compromise's world as given: nothing of compromise is
// changed, so a caller's own `nlp()` keeps its full, unmodified tagger.

/** The parts of a compromise term the second pass reads. */
interface Term {
  post: string;
  index: [number, number];
}
/** A parsed match rule as compromise's `buildNet` makes it. */
interface Rule {
  match: string;
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
  net: Net;
  /** Each index key's place in compromise's own walk over the keys. */
  rank: Map<string, number>;
  keys: string[];
}

let indexed: IndexedNet | null = null;

/**
 * compromise's rule index (its `buildNet`), built from copies of its rules: compromise parses a
 * rule in place when its own second pass first runs, and would fail on a rule parsed before.
 * Rules it has parsed already are read as they are.
 */
function indexOf(world: World): IndexedNet {
  if (indexed) return indexed;
  const hooks: Record<string, Rule[]> = Object.create(null) as Record<string, Rule[]>;
  const always: Rule[] = [];
  for (const match of world.model.two.matches) {
    let rule = match as Rule;
    if (!('regs' in rule)) {
      rule = { ...rule };
      world.methods.one.buildNet([rule], world);
    }
    for (const key of [...rule.needs, ...rule.wants]) {
      const list = (hooks[key] ??= []);
      if (!list.some((r) => r.match === rule.match)) list.push(rule);
    }
    if (rule.needs.length === 0 && rule.wants.length === 0) always.push(rule);
  }
  const keys = Object.keys(hooks);
  indexed = { net: { hooks, always }, keys, rank: new Map(keys.map((k, i) => [k, i])) };
  return indexed;
}

/** The rules worth trying on a sentence whose words and tags are `have`, in compromise's order. */
function candidates({ net, rank, keys }: IndexedNet, have: Set<string>, words: number): Rule[] {
  const ranks: number[] = [];
  for (const item of have) {
    const r = rank.get(item);
    if (r !== undefined) ranks.push(r);
  }
  ranks.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Rule[] = [];
  const consider = (rule: Rule) => {
    if (seen.has(rule.match)) return;
    seen.add(rule.match);
    if (!rule.needs.every((need) => have.has(need))) return;
    if (rule.ifNo?.some((no) => have.has(no))) return;
    if (rule.wants.length > 0 && rule.wants.filter((w) => have.has(w)).length < rule.minWant) return;
    if (words < rule.minWords) return;
    out.push(rule);
  };
  for (const r of ranks) for (const rule of net.hooks[keys[r]!]!) consider(rule);
  // compromise adds these after its filters, duplicates included.
  for (const rule of net.always) if (words >= rule.minWords) out.push(rule);
  return out;
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
      for (const pointer of methods.one.match([terms], rule).ptrs) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
    }
  });
  methods.one.bulkTagger(found, docs, world);
  view.uncache();
  view.unfreeze();
}
