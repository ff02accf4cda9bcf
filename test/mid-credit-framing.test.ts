// A credit set inside the clause it reports gives both parts ("The new pier, the mayor said, will cost
// …"), but a prepositional or participial opening is the writer's framing, and a quotation
// after the credit is direct speech.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

describe('the part before a mid-sentence credit', () => {
  it.each([
    ['The new pier, the mayor said, will cost twice the estimate.', ['The new pier', 'will cost twice the estimate']],
    ['At a late sitting, the council said, the levy was cut by half.', ['the levy was cut by half']],
    ['Visiting the depot on Friday, the minister said, the trains would run again.', ['the trains would run again']],
    ['Touring the site, the governor said, "We will rebuild every home."', ['We will rebuild every home.']],
  ])('%s', (sentence, parts) => {
    const { quotes } = quotesOf(sentence);
    expect(quotes.map((q) => q.text)).toEqual(parts);
  });
});
