// "The National Weather Service (NWS) warned …. The NWS said …": a body the text names once in full
// with its acronym in brackets, then by the acronym alone, is one speaker under its full name.
import { opensWithCapital, type Token } from '../document/tokens.js';
import type { SpeakerPhrase } from '../mentions/speaker-np.js';
import type { Context, Found, Mention } from './context.js';
import { ABBREVIATION, isTitleWord } from './layout.js';

/** Lower-case words inside a body's name, whose initials an acronym may keep or drop ("Department of Energy"). */
const NAME_LINKS = new Set(['of', 'for', 'and', 'on', '&', 'the']);
const capitalized = (t: Token) => t.word && opensWithCapital(t.text);

/**
 * The start of the words before the bracket at `open` that the acronym abbreviates: the capitalised
 * run (with its link words) ending there, whose first and last words give the acronym's first and
 * last letters and whose initials hold all its letters in order. -1 when none does.
 */
function spelledFrom(ts: readonly Token[], open: number, acronym: string): number {
  let from = open;
  // "Seoul's Joint Chiefs of Staff (JCS)": the owner before the name is none of it.
  const nameWord = (t: Token) => capitalized(t) && !/['’]s$/.test(t.text);
  while (from > 0 && (nameWord(ts[from - 1]!) || (from < open && NAME_LINKS.has(ts[from - 1]!.lower)))) from--;
  while (from < open && NAME_LINKS.has(ts[from]!.lower)) from++;
  if (from >= open || ts[open - 1]!.text[0] !== acronym[acronym.length - 1]) return -1;
  // Some tail of the run spells the acronym; the body's name is the whole run ("U.S. Department of Energy (DOE)").
  for (let start = from; start < open; start++) {
    if (!capitalized(ts[start]!)) continue;
    let k = 0;
    for (let w = start; w < open && k < acronym.length; w++) if (ts[w]!.text[0]!.toUpperCase() === acronym[k]) k++;
    if (k === acronym.length && ts[start]!.text[0] === acronym[0]) return from;
  }
  return -1;
}

/** Each body's acronym the text defines, mapped to the body as a speaker phrase (the first definition wins). */
function definedBodies(ctx: Context): Map<string, { paragraph: number; open: number; phrase: SpeakerPhrase }> {
  const out = new Map<string, { paragraph: number; open: number; phrase: SpeakerPhrase }>();
  ctx.tokens.forEach((ts, p) => {
    for (let open = 1; open + 2 < ts.length; open++) {
      const acronym = ts[open + 1]!.text;
      if (ts[open]!.text !== '(' || ts[open + 2]!.text !== ')' || !ABBREVIATION.test(acronym) || out.has(acronym))
        continue;
      // "the Prime Minister's Spokesperson (PMS)": an office's holder, which the transcript rules read.
      if (isTitleWord(ts[open - 1]!)) continue;
      const from = spelledFrom(ts, open, acronym);
      if (from < 0) continue;
      const name = ctx.doc.text.slice(ts[from]!.start, ts[open - 1]!.end);
      out.set(acronym, {
        paragraph: p,
        open,
        phrase: {
          from,
          to: open,
          kind: 'name',
          name,
          title: null,
          organization: null,
          head: 'organization',
          apposition: null,
        },
      });
    }
  });
  return out;
}

/** A mention that names only a defined acronym ("DOE", "the NWS"), or that ends right before its definition. */
function bodyOf(ctx: Context, m: Mention, bodies: ReturnType<typeof definedBodies>): SpeakerPhrase | null {
  const ts = ctx.tokens[m.paragraph]!;
  const words = ts.slice(m.phrase.from, m.phrase.to).filter((t) => t.word && t.lower !== 'the');
  const named = words.length === 1 ? bodies.get(words[0]!.text) : undefined;
  if (named) return named.phrase;
  for (const body of bodies.values())
    if (body.paragraph === m.paragraph && body.open === m.phrase.to && m.phrase.from <= body.phrase.from)
      return body.phrase;
  return null;
}

/**
 * Every mention of a body by its acronym, or by the words its acronym's definition follows, named
 * as the body in full, its own words and place kept.
 */
export function expandBodyAcronyms(ctx: Context, found: readonly Found[], mentions: Mention[]): void {
  const bodies = definedBodies(ctx);
  if (!bodies.size) return;
  const expanded = (m: Mention): Mention => {
    if (m.phrase.kind === 'pronoun') return m;
    const body = bodyOf(ctx, m, bodies);
    if (body) return { ...m, phrase: { ...body, from: m.phrase.from, to: m.phrase.to } };
    // "Marit Vos, the CPA's director": her organisation by its full name too.
    const organization = bodies.get(m.phrase.organization?.replace(/^the\s+|['’]s$/gi, '') ?? '');
    return organization ? { ...m, phrase: { ...m.phrase, organization: organization.phrase.name } } : m;
  };
  for (const q of found) if (q.mention) q.mention = expanded(q.mention);
  mentions.forEach((m, i) => (mentions[i] = expanded(m)));
}
