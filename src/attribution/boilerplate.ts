// Boilerplate never quotes: a release's "About X" sections, media-contact blocks, rosters of
// participants and what follows an end mark ("###", "-30-", "Ends"), up to 3,000 characters. Their
// paragraphs hold no quotes and name no issuer (their dates are still dates). The grammar is a table
// of headings; one pass.
import type { Context } from './context.js';
import type { Token } from '../document/tokens.js';
import { cueAt } from './cue-find.js';
import { QUOTE_MARK } from './quote-scan.js';

const phrases = (s: string) => s.split(',').map((p) => p.trim().split(/\s+/));

/** Headings that open a block of contact lines: names, titles, phone numbers, addresses. */
const CONTACT_HEADINGS = phrases(`contact, contacts, media contact, media contacts, press contact, press contacts,
  media inquiries, media enquiries, press inquiries, press enquiries, investor contact, investor contacts,
  investor relations, media relations, press office contact, for more information, for further information,
  for media inquiries, for media enquiries`);
/** Headings that open a section of standing text: "About X", notes to editors, legal notices. */
const SECTION_HEADINGS = phrases(`notes to editors, note to editors, notes for editors, editor's note, editors' note,
  forward-looking statements, forward looking statements, safe harbor statement, safe harbour statement,
  cautionary statement, disclaimer`);
/** Fields that list who takes part, before a colon: "Participants: Ana Roe, spokesperson; Jon Vale, …". */
const ROSTER_FIELDS = phrases(`participants, attendees, in attendance, panellists, panelists, speakers, briefers,
  briefing officials`);
/** A line alone that ends the release: everything below it is boilerplate. */
const END_MARK = /^(?:#{3}|\*{3}|-+\s*30\s*-+|[-–—]*\s*ends?\s*[-–—]*)$/i;
/** Is the line the release's end mark ("ENDS", "– ENDS –", "###", "-30-")? */
export const isEndMark = (line: string) => END_MARK.test(line.trim());

/** A heading stands alone as a short line without a sentence's end, or before a colon. */
const MAX_HEADING_WORDS = 10;
/** A contact line is short: a name, a title, a number, an address. */
const MAX_CONTACT_WORDS = 12;
const MAX_LINE_CHARS = 200;
const MAX_BLOCK_CHARS = 3000;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** "+47 22 00 00 00", "(555) 010-2030", "555-010-2030", or any number after "Tel", "Phone", "Mobile" … */
const PHONE =
  /\+\d[\d ().-]{6,}\d|\(\d{2,4}\) ?\d{3,4}[ .-]?\d{3,4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b(?:tel|phone|telephone|mobile|mob|cell|fax)\b\.?:? *\+?\d/i;

const lineOf = (ctx: Context, p: number) =>
  ctx.doc.text.slice(ctx.doc.paragraphs[p]!.start, ctx.doc.paragraphs[p]!.end);
const wordCount = (ts: readonly Token[]) => ts.filter((t) => t.word).length;
const norm = (t: Token) => (t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower);
function startsWith(ts: readonly Token[], phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (!ts[i] || norm(ts[i]!) !== phrase[i]) return false;
  return true;
}
const sentenceEnd = (ts: readonly Token[]) => /^[.!?]$/.test(ts[ts.length - 1]?.text ?? '');

/** Does the paragraph open with `phrase` as a heading, alone on its line or before a colon? */
function headed(ts: readonly Token[], phrase: readonly string[]): boolean {
  if (!startsWith(ts, phrase)) return false;
  if (ts[phrase.length]?.text === ':') return true;
  return wordCount(ts) <= MAX_HEADING_WORDS && !sentenceEnd(ts) && !ts.some((t) => t.text === ':');
}

/** Contact headings a release may also write as a sentence: "For more information, please call us on …". */
const CONTACT_SENTENCE_HEADS = CONTACT_HEADINGS.filter((h) => h[0] === 'for');
/** A contact sentence is short: whom to call, the number, the address. */
const MAX_CONTACT_SENTENCE_WORDS = 40;

/** A web address ("www.harbour.example", "https://…", "harbour.example/permits"). */
const WEB = /\bhttps?:\/\/\S|\bwww\.[\w-]+\.|\b[\w-]+\.[a-z]{2,}\/\S/i;
/** A number written the way phone numbers are: seven digits or more, spaced or not ("0100 555 0199"). */
const DIGIT_RUN = /\d(?:[ .-]?\d){6,}/;
/** Words before a verb bidding the reader: "please write", "For more information write …". */
const IMPERATIVE_LEADS = new Set(['please', 'information', 'inquiries', 'enquiries']);
const contactDetail = (line: string) =>
  line.length <= MAX_BLOCK_CHARS && [EMAIL, PHONE, WEB, DIGIT_RUN].some((re) => re.test(line));

/**
 * "For more information please contact the Press Office on 0100 555 0199.": contact lines written as a
 * sentence, with a number or address in it or on the line below. One holding a cue or a quote mark
 * ("For more information on the permits, call the council, the mayor said.") reports speech.
 */
function contactSentence(ctx: Context, p: number, ts: readonly Token[]): boolean {
  if (wordCount(ts) > MAX_CONTACT_SENTENCE_WORDS || !CONTACT_SENTENCE_HEADS.some((h) => startsWith(ts, h)))
    return false;
  // Its first sentence only; a cue there with a word before it reports ("…, the mayor said"), one
  // bidding the reader ("For more information, write to …", "please write") does not.
  const end = ts.findIndex((t) => /^[.!?]$/.test(t.text));
  const sentence = end < 0 ? ts : ts.slice(0, end);
  const reports = (i: number) =>
    cueAt(sentence, i) !== null && !!sentence[i - 1]?.word && !IMPERATIVE_LEADS.has(sentence[i - 1]!.lower);
  if (sentence.some((t, i) => QUOTE_MARK.test(t.text) || reports(i))) return false;
  return contactDetail(lineOf(ctx, p)) || (p + 1 < ctx.tokens.length && contactDetail(lineOf(ctx, p + 1)));
}

/** "About us", "About the Court": a heading over the issuer's own description, which names it by "us" or "the". */
const selfNamed = (ts: readonly Token[]) =>
  ts[1]!.lower === 'us' || (ts[1]!.lower === 'the' && !!ts[2] && /^\p{Lu}/u.test(ts[2].text));

/** "About Harbour Cranes", "About Harbour Cranes: Harbour Cranes builds …" (not "About half the crews …"). */
function aboutHeading(ts: readonly Token[]): boolean {
  if (ts[0]?.lower !== 'about' || !ts[1] || !(/^\p{Lu}/u.test(ts[1].text) || selfNamed(ts))) return false;
  const colon = ts.findIndex((t) => t.text === ':');
  const heading = colon > 1 ? ts.slice(0, colon) : ts;
  return wordCount(heading) <= MAX_HEADING_WORDS && (colon > 1 || !sentenceEnd(ts));
}

/** A line of a contact block: an e-mail address, a phone number, or a label before one. */
function contactLine(ctx: Context, p: number): boolean {
  const ts = ctx.tokens[p]!;
  if (wordCount(ts) > MAX_CONTACT_WORDS) return false;
  const line = lineOf(ctx, p);
  // Contact lines are short; the patterns are never tried on a long run of symbols.
  if (line.length > MAX_LINE_CHARS) return false;
  return EMAIL.test(line) || PHONE.test(line);
}

/** A short line without a sentence's end: a name, a title, an organisation in a contact block. */
const shortLine = (ts: readonly Token[]) => wordCount(ts) <= MAX_CONTACT_WORDS && !sentenceEnd(ts);

/** The tokens of a paragraph's first line: a heading wrapped together with its text is still a heading. */
function firstLine(ctx: Context, p: number): readonly Token[] {
  const ts = ctx.tokens[p]!;
  const { start, end } = ctx.doc.paragraphs[p]!;
  const br = ctx.doc.text.slice(start, end).search(/[\r\n]/);
  return br < 0 ? ts : ts.filter((t) => t.start < start + br);
}

/**
 * "Participants: Ana Roe, ministry spokesperson; Jon Vale, State Secretary for Policy": a roster of
 * names and titles, no one's words (a title ending it is no "…, X said" credit). A sentence after the
 * colon ("Speakers: the minister opens the session at nine.") is not one.
 */
function rosterField(ts: readonly Token[]): boolean {
  if (!ROSTER_FIELDS.some((h) => startsWith(ts, h) && ts[h.length]?.text === ':')) return false;
  // A list of names and offices reports nothing: "Speakers: the minister said …; …" is speech (a
  // capitalised cue word is an office's: "State Secretary").
  const reports = ts.some((t, i) => /^\p{Ll}/u.test(t.text) && cueAt(ts, i) !== null);
  return !reports && (ts.some((t) => t.text === ';') || !sentenceEnd(ts));
}

/** Paragraphs that are boilerplate, by index. */
export function boilerplateParagraphs(ctx: Context): Set<number> {
  const out = new Set<number>();
  const n = ctx.tokens.length;
  let blockStart = 0;
  // A block reaches at most MAX_BLOCK_CHARS past its heading or mark: boilerplate is short, and a
  // text analysed in windows (4 KB of context before each) then sees the same blocks as whole.
  const within = (k: number) => ctx.doc.paragraphs[k]!.start - blockStart <= MAX_BLOCK_CHARS;
  for (let p = 0; p < n; p++) {
    blockStart = ctx.doc.paragraphs[p]!.start;
    const ts = firstLine(ctx, p);
    const line = lineOf(ctx, p);
    if (line.length <= MAX_LINE_CHARS && END_MARK.test(line)) {
      out.add(p);
      while (p + 1 < n && within(p + 1)) out.add(++p);
      continue;
    }
    if (CONTACT_HEADINGS.some((h) => headed(ts, h)) || contactSentence(ctx, p, ts)) {
      // The heading, then its short lines ("Jane Roe, Press Officer", "+47 22 00 00 00").
      out.add(p);
      while (p + 1 < n && (shortLine(ctx.tokens[p + 1]!) || contactLine(ctx, p + 1))) out.add(++p);
    } else if (aboutHeading(ts) || SECTION_HEADINGS.some((h) => headed(ts, h))) {
      // The section runs to the next heading of another kind, or a paragraph opening with a quote.
      out.add(p);
      while (p + 1 < n && within(p + 1) && !opensOther(firstLine(ctx, p + 1))) out.add(++p);
    } else if (rosterField(ts)) {
      out.add(p);
    } else if (contactLine(ctx, p)) {
      // Contact lines without a heading take the short lines just above them (name, title).
      out.add(p);
      for (let k = p - 1; k >= 0 && p - k <= 3 && !out.has(k) && shortLine(ctx.tokens[k]!); k--) out.add(k);
    }
  }
  return out;
}

/** A paragraph that ends a section: a heading that is not one of boilerplate, or an opening quote mark. */
function opensOther(ts: readonly Token[]): boolean {
  if (/^["“‘'«„]$/.test(ts[0]?.text ?? '')) return true;
  const heading = wordCount(ts) <= MAX_HEADING_WORDS && !sentenceEnd(ts) && !ts.some((t) => t.text === ':');
  return heading && !aboutHeading(ts) && !CONTACT_HEADINGS.some((h) => headed(ts, h));
}
