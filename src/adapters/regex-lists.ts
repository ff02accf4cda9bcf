// compromise's first pass tries every term's text and normal form against three lists of
// [pattern, tag, reason] entries, in order, the first match winning (`doRegs`, about twenty
// regular expressions per term). Words repeat, so here each list remembers, per string, which entry
// matched first: the list's entries keep their order and tags, and their patterns only answer
// from that memory.
type Entry = [RegExp, ...unknown[]];
/** What compromise calls on an entry's pattern. */
interface Pattern {
  test(s: string): boolean;
  toString(): string;
}

/** Strings remembered per list; past this the memory starts again (bounded on any input). */
const MAX_REMEMBERED = 50_000;

/**
 * A copy of `list` whose patterns give the same answers, read from memory. It holds only for a
 * caller that tries the entries in order from the first for each string, as compromise's does.
 */
export function rememberedList(list: readonly Entry[]): readonly (Entry | [Pattern, ...unknown[]])[] {
  // A global or sticky pattern answers by its position: no memory stands in for it.
  if (list.some(([pattern]) => pattern.global || pattern.sticky)) return list;
  const firstMatch = new Map<string, number>();
  let current = '';
  let hit = -1;
  const find = (s: string): number => {
    let k = firstMatch.get(s);
    if (k === undefined) {
      k = list.findIndex(([pattern]) => pattern.test(s));
      if (firstMatch.size >= MAX_REMEMBERED) firstMatch.clear();
      firstMatch.set(s, k);
    }
    return k;
  };
  return list.map(([pattern, ...rest], k) => {
    const remembered: Pattern = {
      test(s) {
        if (k === 0) hit = find((current = s));
        else if (s !== current) hit = find((current = s));
        return hit === k;
      },
      // compromise names a match's reason after its pattern where the entry gives none.
      toString: () => String(pattern),
    };
    return [remembered, ...rest];
  });
}
