// Greetings, thanks and floor management ("Good afternoon, everyone.", "Thank you, Laura.",
// "Let's go to the next question."): sentences that do no act of their own. A quote made only of
// them is `other`; inside a longer quote they are read past.

const FORMULA = new RegExp(
  `^(?:well |so |and |oh )?(?:${[
    '(?:very )?good (?:morning|afternoon|evening|day)',
    'hello',
    'hi',
    'thank you',
    'thanks',
    'welcome',
    "i'm sorry",
    'sorry',
    "(?:it's|it is) (?:nice|good|great) to (?:see|have|be with)",
    'let me (?:start|begin|turn)',
    "let's (?:go|start|turn|move)",
    'next question',
    'go ahead',
    'okay',
    'ok',
    'all right',
    'yes',
    'yeah',
    'please',
    'see you',
    'goodbye',
    // alone, an acknowledgement; with more words ("Great job"), praise
    'great(?= ?$)',
  ].join('|')})(?![\\w'])`,
);
/** What may follow a formula in its sentence: a few words of address ("everyone", "Mr. Secretary"), or thanks for coming. */
const MAX_ADDRESS_WORDS = 4;
const THANKS_FOR = /^(?:(?:[\w'.-]+ ){1,3}, )?for (?:coming|joining|attending|being here|your time|having me|today)/;
/** Words of address before a comma ("everyone , …"): what follows them may be another formula. */
const ADDRESS = /^(?:[\w'.-]+ ){1,4}, /;
/** "welcome (back) to the weekly briefing of the ministry": a welcome to the occasion, at most this long. */
const WELCOME_TO = /^(?:back )?to (?:[\w'-]+ ){0,10}[\w'-]+$/;

/** Sentences that manage the floor whatever follows them ("Two items from me before your questions, …"). */
const FLOOR = new RegExp(
  `^(?:so |and |now )?(?:${[
    '(?:before (?:taking|i take|we take|we go to|going to) (?:your |any )?questions , )?(?:i have|let me do|let me make) (?:a few|a couple of|one|two|three|several|some) (?:quick |brief )?(?:announcements|things|items|updates)',
    "i (?:don't|do not) (?:really )?have (?:any )?(?:announcements|opening remarks)",
    "(?:we'll|we will|i'll|i will) have more (?:details|information) (?:on|about) the (?:schedule|timing|logistics)",
    '(?:we have|you have|there is) the (?:transcript|text|readout) of (?:his|her|their|the|my|our) (?:remarks|statement|speech) available',
    "(?:i'll|i will|i'm happy to|i am happy to|happy to) (?:take|proceed with|go to|turn to) (?:your |a few |some )?questions",
    'with that',
    "(?:that's|that is) all (?:i have|for today|the time (?:we|i) have)",
    // a member's question announced, and thanks for it ("I thank the member for his question")
    'my (?:first |next |last |final |supplementary )?question is (?:to|for)',
    "(?:i )?thank (?:the|my) (?:honourable |honorable |hon |learned )?(?:member|senator|deputy)(?: for (?:(?:his|her|their|the|that) questions?|(?!his |her |their |its )[\\w'-]+(?: [\\w'-]+)?))?$",
    // a background briefing's ground rules
    '(?:we have|joining us) (?:with us )?(?:today|this morning|this afternoon|this evening|on the line)',
    '(?:this|the) (?:call|briefing|conversation) is (?:also )?(?:embargoed|on background|off the record|on the record)',
    '(?:it|this) is (?:also )?(?:embargoed|on background|off the record|on the record)',
    'you (?:can|may) attribute',
    '(?:as |just )?a (?:quick |final )?reminder(?: that)?(?: ,)? (?:this|the|our) (?:call|briefing|conversation|embargo (?:ends|lifts|expires|is|holds))',
    'for (?:your )?(?:awareness|background|information|reference) , not for (?:reporting|attribution|publication|quotation)',
  ].join('|')})(?![\\w'])`,
);

/** The formula opening a sentence (lower-case words joined by spaces) when the whole sentence is one, else null. */
export function formulaOf(sentence: string): string | null {
  return formulaIn(sentence, new Map());
}

/**
 * `formulaOf` with the answers for the sentence's tails remembered: a tail is tried both after words of address and
 * whole, so without them a run of formulas ("OK, OK, OK, …") costs time exponential in its length.
 */
function formulaIn(sentence: string, known: Map<string, string | null>): string | null {
  const cached = known.get(sentence);
  if (cached !== undefined) return cached;
  const answer = readFormula(sentence, known);
  known.set(sentence, answer);
  return answer;
}

function readFormula(sentence: string, known: Map<string, string | null>): string | null {
  const floor = FLOOR.exec(sentence);
  if (floor) return floor[0];
  const m = FORMULA.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length).replace(/^[ ,]+/, '');
  if (THANKS_FOR.test(rest)) return m[0];
  // "Thanks, everyone, and a reminder that this call is embargoed …": address, then another formula.
  const address = ADDRESS.exec(rest);
  if (address && formulaIn(rest.slice(address[0].length), known) !== null) return m[0];
  if (/welcome$/.test(m[0]) && WELCOME_TO.test(rest)) return m[0];
  // "Good afternoon, and welcome to …": formulas in a row.
  if (rest && formulaIn(rest, known) !== null) return m[0];
  const words = rest.split(' ').filter((w) => /\w/.test(w));
  return words.length <= MAX_ADDRESS_WORDS && !words.includes('for') ? m[0] : null;
}
