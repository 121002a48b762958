import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/fix.js';
import { readDocument } from '../../src/readers/read.js';
import { fixturesOf, readFixture, scoreLine } from './fixtures.js';
import { type FileScore, sumScores } from './score.js';
import { lostWords } from './words.js';

const fixtures = fixturesOf('tc39');
const tuned = fixtures.filter((fixture) => !fixture.heldOut);
const heldOut = fixtures.filter((fixture) => fixture.heldOut);
const table: string[] = [];
afterAll(() => console.log(`tc39 reader, per file (matched/found/expected):\n${table.join('\n')}`));

describe('the tc39 reader on real TC39 notes (fixtures/readers/tc39)', () => {
  const scores: FileScore[] = [];
  it.each(tuned)('$name: recognised by --from auto, every conclusion a decision of its item, none invented', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(scoreLine(fixture.name, score));
    scores.push(score);
    expect(reader).toBe('tc39');
    expect(score.actionsWithOwners.precision).toBe(1);
    expect(score.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.decisions.precision).toBe(1);
    expect(score.items.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.items.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.attendees.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.attendees.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.title && score.date).toBe(true);
  });

  it('reaches the aim over the tuned files together: 90% of decisions, none invented', () => {
    const sum = sumScores(tuned.map((fixture) => readFixture(fixture, 'tc39').score));
    expect(sum.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.decisions.precision).toBe(1);
    expect(sum.actionsWithOwners.precision).toBe(1);
  });

  it.each(heldOut)('$name (held out, never tuned on): scored apart, with a lower bar', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(`${scoreLine(fixture.name, score)}  (held out)`);
    expect(reader).toBe('tc39');
    expect(score.decisions.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.decisions.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.items.recall).toBeGreaterThanOrEqual(0.6);
  });

  it.each(tuned)('$name: loses no word of the source', (fixture) => {
    expect(lostWords(readFixture(fixture, 'tc39').read)).toEqual([]);
  });

  it.each(tuned)('$name: keeps agenda labels as written, items numbered in order', (fixture) => {
    const { parsed } = readFixture(fixture, 'tc39');
    const expected = fixture.annotation.items.map((item) => item.label);
    expect(parsed.model.items.map((item) => item.label ?? null)).toEqual(expected);
    expect(parsed.model.items.map((item) => item.number)).toEqual(parsed.model.items.map((_, index) => String(index + 1)));
  });
});

const read = (text: string) => {
  const outcome = readDocument(Buffer.from(text), 'tc39', 'meetings/2017-05/may-23.md');
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
};

describe('the tc39 reader on what the fixtures do not show', () => {
  const notes = [
    '# May 23, 2017 Meeting Notes',
    '',
    '| Name | Abbreviation | Organization |',
    '| --- | --- | --- |',
    '| Daniel Ehrenberg | DE | Igalia |',
    '| Jordan Harband | JHD | Airbnb |',
    '',
    '## 16.i.a Intl.Segmenter for Stage 3',
    '',
    'DE: Ready for stage 3.',
    '',
    'KG: Sounds good.',
    '',
    '### Speaker\'s Summary of Key Points',
    '',
    '- Reviews are done',
    '',
    '### Conclusion',
    '',
    '- Stage 3',
    '',
    '## 16.i.b. Temporal',
    '',
    'JHD: Later.',
    '',
  ].join('\n');

  it('takes labels deeper than two levels as written, summaries and conclusions as decisions, speakers as mentions', () => {
    const result = read(notes);
    expect(result.text).toContain('## 1. Intl.Segmenter for Stage 3 {label="16.i.a"}');
    expect(result.text).toContain('## 2. Temporal {label="16.i.b"}');
    expect(result.text).toContain("#### Speaker's Summary of Key Points\n\n**Conclusion:** Reviews are done");
    const lint = lintText(result.text, { path: 'may-23.md' });
    const model = lint.parsed!.model;
    expect(model.meta.date).toBe('2017-05-23');
    expect(model.items[0]!.decisions.map((decision) => decision.text)).toEqual(['Reviews are done', 'Stage 3']);
    expect(model.items[0]!.mentions).toEqual(['DE']);
    expect(model.actors.JHD).toEqual({ name: 'Jordan Harband', aliases: [] });
    expect(lint.diagnostics.filter((diagnostic) => diagnostic.severity === 2)).toEqual([]);
  });

  it('reports a speaker missing from the attendee table, once', () => {
    expect(read(`${notes}\nKG: again.\n`).notes.map((note) => note.message)).toEqual(['speaker KG is not in the attendee list: no one of the meeting has that abbreviation']);
  });
});
