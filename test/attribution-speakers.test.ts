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
    ['a description with the name as apposition', 'The chief pilot of Nordhavn Air, Edda Lund, said the runway would reopen on Friday.', 'Edda Lund|chief pilot|the runway would reopen on Friday'],
    ['a weekday before the name', 'On Tuesday Mbeki said the talks had failed to reach a deal.', 'Mbeki|null|the talks had failed to reach a deal'],
    ['a month before the name', 'In March Castellanos said the plant would close by the summer.', 'Castellanos|null|the plant would close by the summer'],
    ['a title of two words', 'AU Special Envoy Kofi Mensah said the ceasefire was holding in the north.', 'Kofi Mensah|Special Envoy|the ceasefire was holding in the north'],
    ['a rank of two words', 'Rear Admiral Ines Prado told reporters the fleet was returning to port.', 'Ines Prado|Rear Admiral|the fleet was returning to port'],
    ['a deputy title', 'Deputy Spokeswoman Hana Sato said that the convoy had reached the border town.', 'Hana Sato|Deputy Spokeswoman|the convoy had reached the border town'],
    ['an office with a one-word portfolio', 'Commissioner for Fisheries Tiit Kask said the quotas would be cut next year.', 'Tiit Kask|Commissioner for Fisheries|the quotas would be cut next year'],
    ['an office with a long portfolio', 'Minister of Rural and Coastal Development Pita Havili said the road would be rebuilt.', 'Pita Havili|Minister of Rural and Coastal Development|the road would be rebuilt'],
    ['a hyphenated title', 'The Director-General said the agency would send inspectors to the site.', 'The Director-General|Director-General|the agency would send inspectors to the site'],
  ])('%s', (_kind, text, expected) => {
    expect(firstCredit(text)).toBe(expected);
  });

  it.each([
    ['an organisation after a definite description', 'The head of Baltic Rail said the line would reopen soon.', 'Baltic Rail'],
    ['"high" that is no title', 'High winds said nothing about the ferry schedule to anyone.', null],
  ])('does not take a name from %s', (_kind, text, notName) => {
    const names = attribute(text).speakers.map((s) => s.name);
    if (notName) expect(names).not.toContain(notName);
    else expect(names.every((n) => !/^High/.test(n))).toBe(true);
  });
});

describe('readout verbs and directives', () => {
  it.each([
    ['underscored that', 'The Premier underscored that the partnership remained strong.', 'The Premier|Premier|the partnership remained strong'],
    ['reaffirmed that', 'The Chancellor reaffirmed that the country would meet its targets.', 'The Chancellor|Chancellor|the country would meet its targets'],
    ['highlighted that', 'The Governor highlighted that the new port had created jobs.', 'The Governor|Governor|the new port had created jobs'],
    ['made clear that', 'The Premier made clear that no troops would be sent abroad.', 'The Premier|Premier|no troops would be sent abroad'],
    ['encouraged Y to', 'The Premier encouraged both parties to adhere to the agreement.', 'The Premier|Premier|both parties to adhere to the agreement'],
    ['told Y, then the clause', 'Ines Prado told reporters the fleet was returning to port.', 'Ines Prado|null|the fleet was returning to port'],
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
