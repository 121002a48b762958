import { afterAll, describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/model/parse.js';
import { readDocument } from '../../src/readers/read.js';
import { fixturesOf, readFixture, scoreLine } from './fixtures.js';
import { allReaderFixtures, ranking, unexplainedErrors } from './imported.js';
import { type FileScore, sumScores } from './score.js';
import { lostWords } from './words.js';

const fixtures = fixturesOf('meetbot');
const tuned = fixtures.filter((fixture) => !fixture.heldOut);
const heldOut = fixtures.filter((fixture) => fixture.heldOut);
const table: string[] = [];
afterAll(() => console.log(`meetbot reader, per file (matched/found/expected):\n${table.join('\n')}`));

/** What the meetbot reader treats as furniture, for the word test. */
const LOG_FURNITURE = {
  // The bot's lines, and the commands that become the structure (their nick and word).
  lines: [/^\S+ <\w*bot>/, /^\S+ <\S+> #(?:startmeeting|endmeeting|chair|unchair)\b/],
  words: /^(?:\d{2}|topic|action|agreed)$/,
};
const SUMMARY_FURNITURE = {
  lines: [/^=+$/, /^-+$/, /^Meeting summary$/],
  // The `(nick, 13:50:29)` attributions (the nicks are attendees, in the front matter) and the `ACTION:` label.
  words: /^(?:\d{2}|ACTION)$/,
};

describe('the meetbot reader on real MeetBot logs and summaries (fixtures/readers/meetbot)', () => {
  it.each(tuned)('$name: recognised by --from auto, every action (with its owners) found, none invented', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(scoreLine(fixture.name, score));
    expect(reader).toBe('meetbot');
    expectAim(score);
  });

  it('reaches the aim over the tuned files together', () => {
    const sum = sumScores(tuned.map((fixture) => readFixture(fixture, 'meetbot').score));
    expect(sum.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.actionsWithOwners.precision).toBe(1);
    expect(sum.decisions.precision).toBe(1);
  });

  it.each(heldOut)('$name (held out, never tuned on): scored apart', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(`${scoreLine(fixture.name, score)}  (held out)`);
    expect(reader).toBe('meetbot');
    expect(score.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.actionsWithOwners.precision).toBeGreaterThanOrEqual(0.8);
  });

  it.each(tuned)('$name: loses no word of the source but its furniture', (fixture) => {
    const { read } = readFixture(fixture, 'meetbot');
    if (fixture.name.includes('.log')) {
      expect(lostWords(read, LOG_FURNITURE)).toEqual([]);
    } else {
      // The recap sections after `Meeting ended at …` repeat the summary: furniture as a whole.
      const summary = { ...read, source: read.source.slice(0, read.source.indexOf('Meeting ended at')) };
      expect(lostWords(summary, SUMMARY_FURNITURE)).toEqual([]);
    }
  });

  it.each(tuned)('$name: no lint error on the imported file but real ones', (fixture) => {
    const { read, parsed } = readFixture(fixture, 'meetbot');
    expect(unexplainedErrors(read, parsed, fixture.annotation)).toEqual([]);
  });

  it.each(allReaderFixtures())('detect: $convention/$name', ({ convention, file }) => {
    const ranked = ranking(file);
    const own = ranked.find((entry) => entry.name === 'meetbot')!;
    if (convention === 'meetbot') expect(ranked[0]!.name).toBe('meetbot');
    else expect(own.confidence).toBeLessThan(0.3);
  });
});

const read = (text: string, path = 'meeting.2021-03-04-15.00.log.txt') => {
  const outcome = readDocument(Buffer.from(text), 'meetbot', path);
  if (!outcome.ok) throw new Error(outcome.message);
  const parsed = parseMinutes(outcome.result.text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { ...outcome.result, model: parsed.model };
};

describe('the meetbot reader on what the fixtures do not show', () => {
  it('reads #agreed as a decision, #chair as chairs, and owners from the nicks an action starts with', () => {
    const log = [
      '15:00:01 <alice> #startmeeting Docs team',
      '15:00:01 <zodbot> Meeting started Thu Mar  4 15:00:01 2021 UTC.',
      '15:00:05 <alice> #chair bob',
      '15:00:09 <bob> hello',
      '15:01:00 <alice> #topic Release notes',
      '15:02:00 <bob> #agreed the notes ship with the beta',
      '15:03:00 <alice> #action bob alice draft the notes',
      '15:03:30 <alice> #action update the wiki',
      '15:04:00 <carol> #info carol will help',
      '15:05:00 <alice> #endmeeting',
    ].join('\n');
    const { text, model } = read(log);
    expect(model.meta).toMatchObject({ title: 'Docs team', date: '2021-03-04', chair: 'alice, bob', attendees: ['alice', 'bob', 'carol'] });
    expect(model.items.map((item) => item.title)).toEqual(['Release notes']);
    expect(model.items[0]!.decisions.map((decision) => decision.text)).toEqual(['the notes ship with the beta']);
    expect(model.items[0]!.actions.map((action) => [action.owners, action.text])).toEqual([
      [['BOB', 'ALICE'], 'draft the notes'],
      [[], 'update the wiki'],
    ]);
    expect(text).toContain('- \\<carol> #info carol will help');
  });

  it('keeps a message that would open a block or an HTML tag as text', () => {
    const { text, model } = read('10:00:00 <alice> #startmeeting x\n10:00:01 <zodbot> Meeting started Thu Mar  4 10:00:01 2021 UTC.\n10:00:02 * bob # waves <b>hi</b>\n');
    expect(text).toContain('- \\* bob # waves \\<b>hi\\</b>');
    expect(model.items).toEqual([]);
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
