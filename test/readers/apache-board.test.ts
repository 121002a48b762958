import { afterAll, describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/model/parse.js';
import { readDocument } from '../../src/readers/read.js';
import { fixturesOf, readFixture, scoreLine } from './fixtures.js';
import { allReaderFixtures, ranking, unexplainedErrors } from './imported.js';
import { type FileScore, sumScores } from './score.js';
import { lostWords } from './words.js';

const fixtures = fixturesOf('apache-board');
const tuned = fixtures.filter((fixture) => !fixture.heldOut);
const heldOut = fixtures.filter((fixture) => fixture.heldOut);
const table: string[] = [];
afterAll(() => console.log(`apache-board reader, per file (matched/found/expected):\n${table.join('\n')}`));

/** What the apache-board reader treats as furniture, for the word test: the header's date line, the footer, the `Action-Item:` label. */
const FURNITURE = {
  lines: [/^\s+[A-Z][a-z]+ \d{1,2}(?:-\d{1,2})?, \d{4}\s*$/, /^End of (?:minutes|agenda) for /],
  words: /^(?:Action|Item)$/,
};

describe('the apache-board reader on real ASF board minutes (fixtures/readers/apache-board)', () => {
  it.each(tuned)('$name: recognised by --from auto, every action (with its owners) and decision found, none invented', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(scoreLine(fixture.name, score));
    expect(reader).toBe('apache-board');
    expectAim(score);
  });

  it('reaches the aim over the tuned files together', () => {
    const sum = sumScores(tuned.map((fixture) => readFixture(fixture, 'apache-board').score));
    expect(sum.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.actionsWithOwners.precision).toBe(1);
    expect(sum.decisions.precision).toBe(1);
  });

  it.each(heldOut)('$name (held out, never tuned on): scored apart', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(`${scoreLine(fixture.name, score)}  (held out)`);
    expect(reader).toBe('apache-board');
    expect(score.decisions.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.decisions.precision).toBeGreaterThanOrEqual(0.6);
    expect(score.items.recall).toBeGreaterThanOrEqual(0.8);
  });

  it.each(tuned)('$name: loses no word of the source but its furniture', (fixture) => {
    const { read } = readFixture(fixture, 'apache-board');
    expect(lostWords(read, FURNITURE)).toEqual([]);
  });

  it.each(tuned)('$name: no lint error on the imported file but real ones', (fixture) => {
    const { read, parsed } = readFixture(fixture, 'apache-board');
    expect(unexplainedErrors(read, parsed, fixture.annotation)).toEqual([]);
  });

  it.each(allReaderFixtures())('detect: $convention/$name', ({ convention, file }) => {
    const ranked = ranking(file);
    const own = ranked.find((entry) => entry.name === 'apache-board')!;
    if (convention === 'apache-board') expect(ranked[0]!.name).toBe('apache-board');
    else expect(own.confidence).toBeLessThan(0.3);
  });
});

const read = (text: string) => {
  const outcome = readDocument(Buffer.from(text), 'apache-board', 'board_minutes_2015_01_21.txt');
  if (!outcome.ok) throw new Error(outcome.message);
  const parsed = parseMinutes(outcome.result.text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { ...outcome.result, model: parsed.model };
};

const HEADER = `                    The Apache Software Foundation

                  Board of Directors Meeting Minutes

                           January 21, 2015


 1. Call to order

    The meeting began at 10:33 a.m. (Pacific).

 2. Roll Call

    Directors Present:

        Sam Ruby
        Greg Stein

    Directors Absent:

        Jim Jagielski

`;

describe('the apache-board reader on what the fixtures do not show', () => {
  it("reads Whimsy's outstanding actions with their Status lines, and special orders approved by vote", () => {
    const minutes = `${HEADER} 7. Special Orders

    A. Change the Apache Foo Project Chair

       WHEREAS, the Board of Directors heretofore appointed Jane Doe to
       the office of Vice President, Apache Foo, and

       NOW, THEREFORE, BE IT RESOLVED, that John Roe be appointed to
       the office of Vice President, Apache Foo.

       Special Order 7A, Change the Apache Foo Project Chair, was
       approved by Unanimous Vote of the directors present.

 8. Review Outstanding Action Items

    * Sam: follow up with the Foo PMC about their report
          [ Foo 2014-12-17 ]
          Status: Done

    * Greg, Jim: pursue a roll call for Bar
          [ Bar ]
          Status:

------------------------------------------------------
End of minutes for the January 21, 2015 board meeting.
`;
    const { text, model } = read(minutes);
    expect(model.meta).toMatchObject({ title: 'Board of Directors Meeting Minutes', date: '2015-01-21', body: 'The Apache Software Foundation', attendees: ['Sam Ruby', 'Greg Stein'], apologies: ['Jim Jagielski'] });
    const special = model.items.find((item) => item.title === 'Special Orders')!;
    expect(special.items.map((item) => [item.title, item.label])).toEqual([['Change the Apache Foo Project Chair', '7.A']]);
    expect(special.items[0]!.decisions.map((decision) => decision.text)).toEqual(['Special Order 7A, Change the Apache Foo Project Chair, was approved by Unanimous Vote of the directors present.']);
    const actions = model.items.find((item) => item.title === 'Review Outstanding Action Items')!.actions;
    expect(actions.map((action) => [action.owners, action.status, action.text])).toEqual([
      [['SR'], 'done', 'follow up with the Foo PMC about their report [ Foo 2014-12-17 ]'],
      [['GS', 'JJ'], 'open', 'pursue a roll call for Bar [ Bar ]'],
    ]);
    expect(text).toContain('\n  Status: Done\n');
    expect(text).not.toContain('End of minutes');
  });

  it('keeps a sub-item written 8A. under 8. as a sub-item with its label, and attachments as text, not items', () => {
    const minutes = `${HEADER} 8. Special Orders

 8A. Establish the Apache Baz Project

    RESOLVED, that the Apache Baz Project be and hereby is established.

    Special Order 8A, Establish the Apache Baz Project, was approved by
    Unanimous Vote of the directors present.

============
ATTACHMENTS:
============

-----------------------------------------
Attachment A: Report from the Apache Foo Project

Resolved: three bugs.
- [ ] not an action
`;
    const { text, model } = read(minutes);
    expect(model.items.map((item) => item.title)).toEqual(['Call to order', 'Roll Call', 'Special Orders']);
    expect(model.items[2]!.items.map((item) => [item.title, item.label])).toEqual([['Establish the Apache Baz Project', '8A']]);
    expect(model.items[2]!.items[0]!.decisions).toHaveLength(1);
    expect(model.sections.map((section) => [section.title, section.actions.length, section.decisions.length])).toEqual([['ATTACHMENTS:', 0, 0]]);
    expect(text).toContain('### Attachment A: Report from the Apache Foo Project\n\n```\nResolved: three bugs.\n- [ ] not an action\n```');
  });
});

function expectAim(score: FileScore): void {
  expect(score.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
  expect(score.actionsWithOwners.precision).toBe(1);
  expect(score.decisions.recall).toBeGreaterThanOrEqual(0.9);
  expect(score.decisions.precision).toBe(1);
  expect(score.items.recall).toBeGreaterThanOrEqual(0.9);
  expect(score.items.precision).toBeGreaterThanOrEqual(0.9);
  expect(score.attendees.recall).toBeGreaterThanOrEqual(0.9);
  expect(score.attendees.precision).toBe(1);
  expect(score.title && score.date).toBe(true);
}
