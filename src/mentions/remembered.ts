// Speaker phrases read at the same tokens are read once per token stream. The attribution rules
// ask the same question at the same place often (about two in five readings of a phrase repeated
// one, on real statements). A token stream is never changed once cut, so an answer holds for the
// stream's life; each caller gets a copy of its own, as a fresh reading would give it.
import type { Token } from '../document/tokens.js';

type Reading<P> = (tokens: readonly Token[], a: number, b: number) => P;

/** `read`, remembering its answers per token stream and pair of positions in [-1, tokens.length]. */
export function remembered<P extends object | null>(read: Reading<P>): Reading<P> {
  const known = new WeakMap<readonly Token[], Map<number, P>>();
  return (tokens, a, b) => {
    const n = tokens.length + 2;
    if (!(a >= -1 && b >= -1 && a < n - 1 && b < n - 1 && (a | 0) === a && (b | 0) === b)) return read(tokens, a, b);
    let answers = known.get(tokens);
    if (!answers) known.set(tokens, (answers = new Map()));
    const key = (a + 1) * n + b + 1;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = read(tokens, a, b)));
    return answer && { ...answer };
  };
}
