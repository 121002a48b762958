import { afterAll, describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/model/parse.js';
import { readDocument } from '../../src/readers/read.js';
import { fixturesOf, readFixture, scoreLine } from './fixtures.js';
import { allReaderFixtures, ranking, unexplainedErrors } from './imported.js';
import { type FileScore, sumScores } from './score.js';
import { lostWords } from './words.js';

const fixtures = fixturesOf('hackmd');
const tuned = fixtures.filter((fixture) => !fixture.heldOut);
const heldOut = fixtures.filter((fixture) => fixture.heldOut);
const nodejs = fixturesOf('nodejs-tsc');
const table: string[] = [];
afterAll(() => console.log(`hackmd reader, per file (matched/found/expected):\n${table.join('\n')}`));

/** What the hackmd reader treats as furniture, for the word test: the action labels it turns into task boxes. */
const FURNITURE = { words: /^(?:Action|Actions|Item|Items|AI|ACTION)$/i };

describe('the hackmd reader on real HackMD team notes (fixtures/readers/hackmd)', () => {
  it.each(tuned)('$name: recognised by --from auto, every action (with its owners) and decision found, none invented', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(scoreLine(fixture.name, score));
    expect(reader).toBe('hackmd');
    expectAim(score);
  });

  it('reaches the aim over the tuned files together', () => {
    const sum = sumScores(tuned.map((fixture) => readFixture(fixture, 'hackmd').score));
    expect(sum.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.actionsWithOwners.precision).toBe(1);
    expect(sum.decisions.precision).toBe(1);
  });

  it.each(heldOut)('$name (held out, never tuned on): scored apart', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(`${scoreLine(fixture.name, score)}  (held out)`);
    expect(reader).toBe('hackmd');
    expect(score.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.actionsWithOwners.precision).toBeGreaterThanOrEqual(0.8);
  });

  it.each(nodejs)('$name (Node.js TSC minutes, another convention): read as HackMD notes, scored apart', (fixture) => {
    const { score } = readFixture(fixture, 'hackmd');
    table.push(`${scoreLine(`nodejs-tsc/${fixture.name}`, score)}  (other convention${fixture.heldOut ? ', held out' : ''})`);
    expect(score.actionsWithOwners.precision).toBe(1);
    expect(score.attendees.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(tuned)('$name: loses no word of the source but its furniture', (fixture) => {
    const { read } = readFixture(fixture, 'hackmd');
    expect(lostWords(read, FURNITURE)).toEqual([]);
  });

  it.each(tuned)('$name: no lint error on the imported file but real ones', (fixture) => {
    const { read, parsed } = readFixture(fixture, 'hackmd');
    expect(unexplainedErrors(read, parsed, fixture.annotation)).toEqual([]);
  });

  it.each(allReaderFixtures())('detect: $convention/$name', ({ convention, file }) => {
    const ranked = ranking(file);
    const own = ranked.find((entry) => entry.name === 'hackmd')!;
    if (convention === 'hackmd') expect(ranked[0]!.name).toBe('hackmd');
    // Node.js TSC minutes are plain team notes that this reader reads too; their own reader comes first.
    else if (convention === 'nodejs-tsc') expect(ranked[0]!.name).toBe('nodejs-tsc');
    else expect(own.confidence).toBeLessThan(0.3);
  });
});

const read = (text: string, path = 'minutes/2021-03-16.md') => {
  const outcome = readDocument(Buffer.from(text), 'hackmd', path);
  if (!outcome.ok) throw new Error(outcome.message);
  const parsed = parseMinutes(outcome.result.text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { ...outcome.result, model: parsed.model };
};

describe('the hackmd reader on what the fixtures do not show', () => {
  it('reads AI lines, (done), an owner in the label, "Sense of the meeting" and emerging consensus, and tags given as a string', () => {
    const notes = [
      '---',
      'title: Lang team triage',
      'tags: triage, lang',
      'breaks: false',
      '---',
      '',
      '# Lang team triage',
      '',
      '## Attendance',
      '',
      '* Team: Josh Triplett, nikomatsakis, Felix Klock',
      '',
      '## Never type',
      '',
      '* AI: Niko to write the summary (done)',
      '* AI Felix: review the PR',
      '* Action item: Josh and Felix to ping the libs team',
      '* Sense of the meeting: we keep the fallback',
      '* Emerging consensus: ship it in the next edition',
      '* Consensus doesn\'t mean unanimity.',
      '* Decision time: next week',
      '',
    ].join('\n');
    const { text, model } = read(notes);
    expect(model.meta).toMatchObject({ title: 'Lang team triage', date: '2021-03-16', attendees: ['Josh Triplett', 'nikomatsakis', 'Felix Klock'], tags: ['triage', 'lang'] });
    expect(text).toContain('x-breaks: false');
    const item = model.items[0]!;
    expect(item.title).toBe('Never type');
    expect(item.actions.map((action) => [action.owners, action.status, action.text])).toEqual([
      [['NIKOMATSAKIS'], 'done', 'to write the summary (done)'],
      [['FK'], 'open', 'review the PR'],
      [['JT', 'FK'], 'open', 'to ping the libs team'],
    ]);
    expect(item.decisions.map((decision) => decision.text)).toEqual(['Sense of the meeting: we keep the fallback', 'Emerging consensus: ship it in the next edition']);
  });

  it('numbers topics, keeps a label of another scheme, demotes furniture headings and promotes the topics of a container', () => {
    const notes = ['# Notes', '', '## Meeting roles', '', '* Note-taker: Ana', '', '## Minutes', '', '### A. Budget', '', 'Text.', '', '### Travel', '', 'More.', ''].join('\n');
    const { text, model } = read(notes);
    expect(text).toContain('#### Meeting roles');
    expect(text).toContain('#### Minutes');
    expect(text).toContain('## 1. Budget {label="A"}');
    expect(text).toContain('## 2. Travel');
    expect(model.meta.secretary).toBe('Ana');
    expect(model.items.map((item) => [item.number, item.title, item.label])).toEqual([
      ['1', 'Budget', 'A'],
      ['2', 'Travel', undefined],
    ]);
  });

  it('keeps an owner nobody attended as written: a name for unknown-actor to report, a nick among the actors', () => {
    const { model, notes } = read('# Sync\n\n**Attendees**: Ana\n\n## Topic\n\n- [ ] Bob will check\n- [ ] @carol to fix it\n');
    expect(model.items[0]!.actions.map((action) => action.owners)).toEqual([['Bob'], ['CAROL']]);
    expect(model.actors.CAROL).toEqual({ name: 'carol', aliases: [] });
    expect(notes.map((note) => note.message)).toEqual(['owner "Bob" is not among the attendees: kept as written', 'owner "carol" is not among the attendees: added to actors']);
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
