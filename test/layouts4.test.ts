// Fourth round of layouts nobody tuned to (fixtures/layouts4-*.txt, written for these tests): a
// media advisory with a timed programme, a statement by an office's spokesperson named with the
// organisation after a comma, a court's press summary whose "Justice X said:" block stops at the
// release's standing text, a joint press conference with interpreted answers, the transcriber's
// notes and labels that print role and name in other orders, a ministry briefing whose
// spokesperson the header defines by an abbreviation, a council's minutes.
import { describe, expect, it } from 'vitest';
import { narrations, parseLabel } from '../src/attribution/layout.js';
import { describeLayouts, quotesOf, tokensOf, type Expected, titleLineNames } from './support/layouts.js';

const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layouts4-forum-programme.txt',
    [['direct', 'No village should wait', 'Petra Valko']],
    [
      'opening address',
      'Panel:',
      'paying for wells',
      'the state of the northern',
      'lessons from',
      'Lunch',
      'Accredited',
    ],
  ],
  [
    'layouts4-service-spokesperson.txt',
    [
      ['direct', 'The crews were fishing', 'the Spokesperson'],
      ['indirect', 'the Service had been in contact', 'the Spokesperson'],
    ],
    ['The Coastal Patrol Service is following'],
  ],
  [
    'layouts4-court-press-summary.txt',
    [
      ['direct', 'The appellants were entitled', 'Mira Holm'],
      ['direct', 'We therefore allow the appeal', 'Mira Holm'],
    ],
    ['Giving the judgment', 'For more information', 'About us', 'We are the final court', 'The High Court today'],
  ],
  [
    'layouts4-joint-interpreted.txt',
    [
      ['direct', 'Good afternoon.', 'Edda Brunvik'],
      ['direct', 'We have agreed today', 'Edda Brunvik'],
      ['direct', 'It took us long enough.', 'Edda Brunvik'],
      ['direct', 'Thank you, Chancellor.', 'Tomas Arvelo'],
      ['direct', 'Lorries will be allowed', 'Tomas Arvelo'],
      ['direct', 'If I may answer', 'Karel Dorn'],
      ['direct', 'That is right.', 'Edda Brunvik'],
    ],
    [
      '(In Varnian.)',
      '(Laughter.)',
      '(Through an interpreter.)',
      '(Speaks',
      'Mr President',
      'We have time',
      'Chancellor, does',
    ],
  ],
  [
    'layouts4-ministry-briefing-abbreviation.txt',
    [
      ['indirect', 'the ministry would publish', 'the Deputy Foreign Ministry Spokesperson'],
      ['direct', 'Good morning. Foreign Minister', 'the Deputy Foreign Ministry Spokesperson'],
      ['direct', 'The minister raises the case', 'the Deputy Foreign Ministry Spokesperson'],
      ['direct', 'The talks have not failed.', 'the Deputy Foreign Ministry Spokesperson'],
      ['direct', 'I will not set a date.', 'the Deputy Foreign Ministry Spokesperson'],
      ['indirect', 'the ministry had asked again', 'the Deputy Foreign Ministry Spokesperson'],
    ],
    ['(In English.)', 'Will the minister', 'A newspaper reported', 'Will the treaty', 'The DFMS added'],
  ],
  [
    'layouts4-council-minutes.txt',
    [
      ['indirect', 'the council would ask', 'Ines Caldwell'],
      ['indirect', 'the regional authority to pay', 'the council'],
      ['indirect', 'the works would close', 'Wim Durant'],
      ['indirect', 'the path would stay open', 'Olav Renn'],
    ],
    ['Mayor Ines Caldwell (Chair)', 'Cr Lise Marrow', 'Cr Tomas Breck', 'That the minutes', 'That the council approve'],
  ],
];
describeLayouts(LAYOUTS);

describe('one-word fields of minutes and forms are no speakers', () => {
  const role = (line: string) => parseLabel(tokensOf(line))?.role ?? null;
  it.each([
    ['Present: Mayor Ana Roe, Cr Jon Vale'],
    ['Moved: Cr Jon Vale'],
    ['Resolved: That the council adopt the plan.'],
    ['Apologies: Cr Lise Marrow'],
  ])('%s', (line) => expect(role(line)).toBe('aside'));
  it.each([
    ['a one-word name', 'KESSLER: The costs are set.', 'person'],
    ['an abbreviated office', 'PMOS: Cabinet met today.', 'person'],
    ['a field word inside a longer label', 'Present Minister Ana Roe: We agree.', 'person'],
  ])('%s still speaks', (_name, line, expected) => expect(role(line)).toBe(expected));
});

describe('an abbreviation the header defines, used in sentences', () => {
  const credited = (text: string) => quotesOf(text).quotes.map((q) => [q.text.slice(0, 16), q.speaker]);
  const header = 'Briefing by the Premier’s Spokesperson (PMS)\n\n';
  it('credits "the PMS said" and the "PMS:" label to one speaker', () => {
    const text = `${header}The PMS said the Premier would travel on Monday.\n\nPMS: The Premier will meet the wardens.\n\nQ: When?\n\nPMS: On Monday.`;
    expect(credited(text)).toEqual([
      ['the Premier woul', 'the Premier’s Spokesperson'],
      ['The Premier will', 'the Premier’s Spokesperson'],
      ['On Monday.', 'the Premier’s Spokesperson'],
    ]);
  });
  it('ends the turn at a paragraph reporting what its own speaker said', () => {
    const text = `${header}PMS: The Premier will meet the wardens.\n\nQ: When?\n\nPMS: On Monday.\n\nThe PMS added that the fund was open.`;
    expect(quotesOf(text).quotes.map((q) => [q.kind, q.text.slice(0, 16)])).toEqual([
      ['direct', 'The Premier will'],
      ['direct', 'On Monday.'],
      ['indirect', 'the fund was ope'],
    ]);
  });
  it('keeps a paragraph reporting what someone else said in the turn', () => {
    const text = `${header}PMS: The Premier will meet the wardens.\n\nQ: When?\n\nPMS: On Monday.\n\nThe Premier said last week that the fund was open.`;
    expect(
      quotesOf(text)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.text.slice(0, 16)),
    ).toEqual(['The Premier will', 'On Monday.', 'The Premier said']);
  });
  it('leaves an abbreviation no header defines to its own name', () => {
    const text = 'NATO said the outbreak was over.';
    expect(credited(text)).toEqual([['the outbreak was', 'NATO']]);
  });
});

describe("the transcriber's notes inside a turn", () => {
  const notes = (line: string) => {
    const ts = tokensOf(line);
    return narrations(ts, 0).map(([a, b]) =>
      ts
        .slice(a, b)
        .map((t) => t.text)
        .join(''),
    );
  };
  it.each([
    ['a note between sentences', 'We agreed. (Laughter.) It took long.', ['(Laughter.)']],
    ['a note opening the turn', '(Through an interpreter.) Thank you.', ['(Throughaninterpreter.)']],
    ['a language note', 'Good afternoon. (In Varnian.) We agreed.', ['(InVarnian.)']],
    ['a note ending the turn', 'We agreed. [Applause]', ['[Applause]']],
  ])('%s', (_name, line, expected) => expect(notes(line)).toEqual(expected));
  it.each([
    ['a gap inside a sentence', 'We hope to sign [inaudible] before the summer.'],
    ["the speaker's own aside inside a sentence", 'The fund (which we set up last year) is open.'],
    ['a number in brackets', 'We met twice. (2) The talks went well.'],
    ['a long bracketed sentence', 'We met. (We met in the old town hall on the square by the river.) It went well.'],
  ])('%s is none', (_name, line) => expect(notes(line)).toEqual([]));
});

describe('labels holding a role and a name in other orders', () => {
  const label = (line: string) => {
    const ts = tokensOf(line);
    const l = parseLabel(ts);
    return (
      l && [
        l.role,
        l.nameWords,
        l.title &&
          ts
            .slice(l.title[0], l.title[1])
            .map((t) => t.text)
            .join(' '),
      ]
    );
  };
  it.each([
    [
      'a dash before name and title',
      '— Ana Roe, Minister of Transport: We agree.',
      ['person', ['ana', 'roe'], 'Minister of Transport'],
    ],
    [
      'the name in brackets after the role',
      'Spokesperson (Ana Roe): We agree.',
      ['person', ['ana', 'roe'], 'Spokesperson'],
    ],
    [
      'the role in brackets after the name',
      'Ana Roe (Spokesperson): We agree.',
      ['person', ['ana', 'roe'], 'Spokesperson'],
    ],
    ['an interpreter', 'INTERPRETER: The President says yes.', ['interpreter', [], null]],
  ])('%s', (_name, line, expected) => expect(label(line)).toEqual(expected));
  it.each([
    ['a dash credit alone on its line', '— Ana Roe, Minister of Transport'],
    ['a dash before a sentence', '— and then we left: nobody came.'],
  ])('%s is no label', (_name, line) => expect(label(line)).toBeNull());
  it('takes no turn above a dashed label as an epigraph credited to it', () => {
    const text = 'Q: When?\n\nMINISTER ANA ROE: In May.\n\n— Jon Vale, Minister of Transport: In June, at the latest.';
    expect(quotesOf(text).quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['In May.', 'Ana Roe'],
      ['In June, at the latest.', 'Jon Vale'],
    ]);
  });
});

describe('timed lines of a programme are no turns', () => {
  const labelled = (line: string) => parseLabel(tokensOf(line)) !== null;
  it.each([
    ['a timed item naming what is on', '09:30 Minister Ana Roe: opening address on the budget'],
    ['a timed item after a speaker and title', '11:30 Dr Ana Roe, Chief Economist: the outlook for prices'],
    ['a time range', '10:15–11:00 Panel: paying for the harbour'],
  ])('%s', (_name, line) => expect(labelled(line)).toBe(false));
  it.each([
    ['a recording’s time before speech', '[00:01:15] Host: Welcome back to the programme.'],
    ['a time before a label alone on its line', '00:14 Ana Roe:'],
    ['a time before a question', '00:20 Host: Why now?'],
  ])('%s is still a label', (_name, line) => expect(labelled(line)).toBe(true));
  it('credits no programme item to the speaker of the item above it', () => {
    const text =
      'Programme\n\n09:30 Minister Ana Roe: opening address\n\n10:00 Panel: the harbour works\n\n10:45 Coffee\n\nThe forum is open to the press.';
    expect(quotesOf(text).quotes).toEqual([]);
  });
});

describe('an organisation set off after an office in a title line', () => {
  it.each([
    [
      'Statement by the Spokesperson, Coastal Patrol Service, on the crews',
      ['the Spokesperson , Coastal Patrol Service'],
    ],
    ['Statement by the Spokesperson, Ministry of Fisheries', ['the Spokesperson , Ministry of Fisheries']],
    ['Statement by the Press Secretary, Ana Roe, on the vote', ['the Press Secretary , Ana Roe']],
  ])('%s', (line, expected) => expect(titleLineNames(line)).toEqual(expected));
  const speakers = (text: string) => quotesOf(text).speakers.map((s) => [s.name, s.title, s.organization]);
  it('gives the office holder the organisation, not its name', () => {
    const text =
      'Statement by the Spokesperson, Coastal Patrol Service, on the crews\n\n"We call for their release," the Spokesperson said.';
    expect(speakers(text)).toEqual([['the Spokesperson', 'Spokesperson', 'Coastal Patrol Service']]);
  });
  it('still names the holder set off after the office', () => {
    const text =
      'Statement by the Press Secretary, Ana Roe, on the vote\n\n"The vote was fair," the Press Secretary said.';
    expect(speakers(text).map(([name]) => name)).toEqual(['Ana Roe']);
  });
});

describe("a 'X said:' block ends at the release's standing text", () => {
  const quotes = (text: string) => quotesOf(text).quotes.map((q) => [q.text.slice(0, 20), q.speaker]);
  it.each([
    ['a contact sentence', 'For more information, please call us on 0100 555 0100.'],
    ['an "About us" heading over first-person text', 'About us\n\nWe are the court of appeal.'],
    ['an end mark', '###\n\nWe sit in public.'],
    ['an end mark in words', '-ENDS-\n\nWe sit in public.'],
    ['a heading', 'Background\n\nWe sit in public.'],
  ])('%s', (_name, tail) => {
    const text = `Justice Ana Roe said:\n\nThe appeal fails.\n\nWe dismiss it.\n\n${tail}`;
    expect(quotes(text)).toEqual([
      ['The appeal fails.', 'Ana Roe'],
      ['We dismiss it.', 'Ana Roe'],
    ]);
  });
  it('takes no scene-setting clause before the credit as a reported clause', () => {
    const text = 'Speaking after the hearing, Superintendent Ana Roe said:\n\nWe are pleased with the verdict.';
    expect(quotesOf(text).quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'We are pleased with the verdict.'],
    ]);
  });
  it('keeps a reported clause before a credit without a colon', () => {
    const text = 'The appeal fails, Justice Ana Roe said.';
    expect(quotes(text)).toEqual([['The appeal fails', 'Ana Roe']]);
  });
});
