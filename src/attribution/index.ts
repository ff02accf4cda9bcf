// Who said what: direct and reported quotes, their speakers, and the rule that linked each.
import type { Tagged } from '../adapters/compromise.js';
import type { Document, QuoteOut, SpeakerOut } from '../types.js';

export interface Attribution {
  speakers: SpeakerOut[];
  quotes: QuoteOut[];
}

/** First cut: every span between double quotation marks in one paragraph, unattributed. */
export function attributeQuotes(doc: Document, _tagged: Tagged): Attribution {
  const quotes: QuoteOut[] = [];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    for (const m of text.matchAll(/[“"]([^“”"]+)[”"]/g)) {
      const start = p.start + m.index + 1;
      const end = start + m[1]!.length;
      quotes.push({
        id: `q${quotes.length + 1}`, kind: 'direct', text: doc.text.slice(start, end), start, end,
        speakerId: null, speakerMention: null, cue: null, reportedBy: null, rule: null,
      });
    }
  }
  return { speakers: [], quotes };
}
