// Speaker phrases of every common shape: titles of several words, offices with a portfolio,
// dates before names, descriptions with a name as their apposition; readout verbs and directives.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));

/** The first quote as "speaker name|title|quote text". */
function firstCredit(text: string): string {
  const { speakers, quotes } = attribute(text);
  const q = quotes[0];
  const s = speakers.find((x) => x.id === q?.speakerId);
  return `${s?.name ?? null}|${s?.title ?? null}|${q?.text ?? null}`;
}

describe('speaker phrases', () => {
  it.each([
    [
      'a description with the name as apposition',
      'The chief pilot of Nordhavn Air, Edda Lund, said the runway would reopen on Friday.',
      'Edda Lund|chief pilot|the runway would reopen on Friday',
    ],
    [
      'a weekday before the name',
      'On Tuesday Mbeki said the talks had failed to reach a deal.',
      'Mbeki|null|the talks had failed to reach a deal',
    ],
    [
      'a month before the name',
      'In March Castellanos said the plant would close by the summer.',
      'Castellanos|null|the plant would close by the summer',
    ],
    [
      'a title of two words',
      'AU Special Envoy Kofi Mensah said the ceasefire was holding in the north.',
      'Kofi Mensah|Special Envoy|the ceasefire was holding in the north',
    ],
    [
      'a rank of two words',
      'Rear Admiral Ines Prado told reporters the fleet was returning to port.',
      'Ines Prado|Rear Admiral|the fleet was returning to port',
    ],
    [
      'a deputy title',
      'Deputy Spokeswoman Hana Sato said that the convoy had reached the border town.',
      'Hana Sato|Deputy Spokeswoman|the convoy had reached the border town',
    ],
    [
      'an office with a one-word portfolio',
      'Commissioner for Fisheries Tiit Kask said the quotas would be cut next year.',
      'Tiit Kask|Commissioner for Fisheries|the quotas would be cut next year',
    ],
    [
      'an office with a long portfolio',
      'Minister of Rural and Coastal Development Pita Havili said the road would be rebuilt.',
      'Pita Havili|Minister of Rural and Coastal Development|the road would be rebuilt',
    ],
    [
      'an office whose last word the tagger takes for a place',
      'Secretary of State Orrin Vale said the embassy would reopen in the spring.',
      'Orrin Vale|Secretary of State|the embassy would reopen in the spring',
    ],
    [
      'an office of two words before a name of two',
      'Minister for Foreign Affairs Liesl Andric said the border crossing would stay open.',
      'Liesl Andric|Minister for Foreign Affairs|the border crossing would stay open',
    ],
    [
      'an office before a surname alone',
      'Commissioner for Crisis Management Brodsky said the shelters were full.',
      'Brodsky|Commissioner for Crisis Management|the shelters were full',
    ],
    [
      'an office with no name after it (negative)',
      'The Minister of Homeland Security said the checkpoints would close at noon.',
      'The Minister of Homeland Security|Minister of Homeland Security|the checkpoints would close at noon',
    ],
    [
      'a hyphenated title',
      'The Director-General said the agency would send inspectors to the site.',
      'The Director-General|Director-General|the agency would send inspectors to the site',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(firstCredit(text)).toBe(expected);
  });

  it.each([
    [
      'an organisation after a definite description',
      'The head of Baltic Rail said the line would reopen soon.',
      'Baltic Rail',
    ],
    ['"high" that is no title', 'High winds said nothing about the ferry schedule to anyone.', null],
  ])('does not take a name from %s', (_kind, text, notName) => {
    const names = attribute(text).speakers.map((s) => s.name);
    if (notName) expect(names).not.toContain(notName);
    else expect(names.every((n) => !/^High/.test(n))).toBe(true);
  });
});

describe('readout verbs and directives', () => {
  it.each([
    [
      'underscored that',
      'The Premier underscored that the partnership remained strong.',
      'The Premier|Premier|the partnership remained strong',
    ],
    [
      'reaffirmed that',
      'The Chancellor reaffirmed that the country would meet its targets.',
      'The Chancellor|Chancellor|the country would meet its targets',
    ],
    [
      'highlighted that',
      'The Governor highlighted that the new port had created jobs.',
      'The Governor|Governor|the new port had created jobs',
    ],
    [
      'made clear that',
      'The Premier made clear that no troops would be sent abroad.',
      'The Premier|Premier|no troops would be sent abroad',
    ],
    [
      'encouraged Y to',
      'The Premier encouraged both parties to adhere to the agreement.',
      'The Premier|Premier|both parties to adhere to the agreement',
    ],
    [
      'told Y, then the clause',
      'Ines Prado told reporters the fleet was returning to port.',
      'Ines Prado|null|the fleet was returning to port',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(firstCredit(text)).toBe(expected);
  });

  it.each([
    ['underscored with a noun phrase', 'The Premier underscored the importance of the new bridge for trade.'],
    ['highlighted with a noun phrase', 'The Governor highlighted the growing role the port plays in the region.'],
    ['"made" without "clear"', 'The Premier made a short visit to the flooded towns in the south.'],
    ['"made clear" of a thing', 'The new rules made clear progress on the backlog of claims possible.'],
  ])('reports nothing for %s', (_kind, text) => {
    expect(attribute(text).quotes).toEqual([]);
  });
});

/** Each quote as "rule|speaker name|first words". */
function credits(text: string): string[] {
  const { speakers, quotes } = attribute(text);
  const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
  return quotes.map((q) => `${q.rule}|${name(q.speakerId)}|${q.text.split(' ').slice(0, 3).join(' ')}`);
}

describe('release layouts', () => {
  const release = [
    'Valley Water Board Opens New Reservoir',
    'Tarnow, June 9 - The Valley Water Board today opened its new reservoir.',
    'Marta Kowal, Chair of the Valley Water Board, said:',
    '“This reservoir will serve half a million homes through the dry months.”',
    'And from Councillor Piotr Zielinski:',
    '“The city is proud to have built the pipes that carry the water to every district.”',
    '“Work began four years ago with a survey of the old wells.',
    '“Today every district can see what that survey made possible,” concluded Mr. Jan Nowak, the lead engineer.',
    '“The reservoir opens to visitors on Sunday with guided walks for families,” he added.',
  ].join('\n\n');

  it.each([
    ['"Name, Title, said:" with the quote on the next line', 'leading-cue|Marta Kowal|This reservoir will'],
    ['"And from Title Name:" on the line above', 'colon-credit|Piotr Zielinski|The city is'],
    ['a paragraph of a quote credited where the quote ends', 'multi-paragraph-end|Jan Nowak|Work began four'],
    ['the paragraph that ends it', 'trailing-cue|Jan Nowak|Today every district'],
    ['"he added" after a quote over several paragraphs', 'trailing-cue|Jan Nowak|The reservoir opens'],
  ])('%s', (_kind, expected) => {
    expect(credits(release)).toContain(expected);
  });

  it('does not take "from" inside a sentence for a credit line', () => {
    const text =
      'Funding came from the Valley Water Board:\n\n“Every household will have water through the summer months.”';
    expect(credits(text).some((c) => c.startsWith('colon-credit'))).toBe(false);
  });

  it('does not carry an open quote over to a paragraph that opens no quote', () => {
    const text =
      '“Work began four years ago with a survey of the old wells.\n\nThe board thanked the engineers for their work on the site.\n\n“It is done,” said Jan Nowak, the lead engineer of the project.';
    expect(credits(text).some((c) => c.startsWith('multi-paragraph-end'))).toBe(false);
  });
});

describe('one speaker per person', () => {
  it('joins a rank and surname, the full name and a description by the apposition title', () => {
    const text = [
      '“The sale harms the peace of the region and must stop,” a spokesman of the Ministry of Fisheries said.',
      'Captain Lena Okoro, a spokesman of the ministry, said that the fleet would stay in port.',
      '“We will not accept it,” Captain Okoro told reporters at the harbour on Friday.',
    ].join('\n\n');
    const { speakers } = attribute(text);
    expect(speakers.map((s) => s.name)).toEqual(['Lena Okoro']);
  });

  it('keeps two people with the same title apart when both are named', () => {
    const text = [
      'Captain Lena Okoro said that the fleet would stay in port until the spring.',
      'Captain Ade Bello said that the harbour would remain closed to foreign ships.',
    ].join('\n\n');
    expect(attribute(text).speakers.map((s) => s.name)).toEqual(['Lena Okoro', 'Ade Bello']);
  });
});

describe('organisations keep their whole name; members of one are its people', () => {
  /** The first quote's speaker as "name|kind|organization". */
  const firstSpeaker = (text: string) => {
    const { speakers, quotes } = attribute(text);
    const s = speakers.find((x) => x.id === quotes[0]?.speakerId);
    return `${s?.name ?? null}|${s?.kind ?? null}|${s?.organization ?? null}`;
  };
  it.each([
    [
      'a head noun with "of" and the office',
      'The Ministry of Inland Waterways said that the locks would reopen in May.',
      'Ministry of Inland Waterways|organization|null',
    ],
    [
      '"of the" and "and" inside the name',
      'The Department of Ports and Coastal Shipping said on Monday that the ferry would run.',
      'Department of Ports and Coastal Shipping|organization|null',
    ],
    [
      'a person of an organisation',
      'Halvard Moe of the Bureau of Road Safety said the bridge was sound.',
      'Halvard Moe|person|Bureau of Road Safety',
    ],
    [
      'unnamed sources at an organisation',
      'Officials at the Bank of Vestmark said the rate would rise.',
      'Officials at the Bank of Vestmark|unnamed|Bank of Vestmark',
    ],
    [
      'a titled person of a place',
      'Governor Halvard Moe of Vestmark said the bridge was sound.',
      'Halvard Moe|person|Vestmark',
    ],
    [
      'a titled person of "the" body',
      'Deputy Director Halvard Moe of the Bureau of Road Safety said the bridge was sound.',
      'Halvard Moe|person|Bureau of Road Safety',
    ],
    [
      'a name without a head noun stays a name (negative)',
      'The Vestmark Ports Authority said the quay was closed.',
      'Vestmark Ports Authority|organization|null',
    ],
    [
      'a person named with no organisation (negative)',
      'Halvard Moe said the bridge was sound.',
      'Halvard Moe|person|null',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});
