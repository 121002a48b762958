import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/read.js';
import { fixturesOf, readFixture, scoreLine } from './fixtures.js';
import { type FileScore, sumScores } from './score.js';
import { lostWords } from './words.js';

const fixtures = fixturesOf('w3c');
const tuned = fixtures.filter((fixture) => !fixture.heldOut);
const heldOut = fixtures.filter((fixture) => fixture.heldOut);
const table: string[] = [];
afterAll(() => console.log(`w3c reader, per file (matched/found/expected):\n${table.join('\n')}`));

/** What the w3c reader treats as furniture, for the word test: the lines it drops, and the words of the markers it rewrites. */
const IRC_FURNITURE = {
  lines: [
    /^\S+ <(?:RRSAgent|Zakim|agendabot|trackbot)>/i,
    /^\S+ <[^>]+> (?:\S+ has (?:joined|left|quit)|q[+?-]|ack |zakim,|rrsagent,|present\+|regrets\+|scribe[+-]|chair:|scribenick:)/i,
    // A bot's echo of an action it filed (its due date goes to the action).
    /^\S+ <ghurlbot> Created \S+ -> action \d+/,
  ],
  // Timestamps, and the `action:` marker and its `to`.
  words: /^(?:\d{2}|action|to)$/i,
};
const SCRIBEJS_FURNITURE = {
  // Attribute lists, the table of contents, the recap headings' numbers.
  lines: [/\{:[^}]*\}/, /^## Content:/, /^\* \[\d+\. .*\]\(#/, /^\* TOC$/, /^> \*ghurlbot:\* Created \[/],
  // The numbers of `Action #N` and `Resolution #N` (the action's number is in its id).
  words: /^(?:\d+|Action|Resolution)$/,
};

describe('the w3c reader on real W3C minutes (fixtures/readers/w3c)', () => {
  const scores: FileScore[] = [];
  it.each(tuned)('$name: recognised by --from auto, every action (with its owners) and decision found, none invented', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(scoreLine(fixture.name, score));
    scores.push(score);
    expect(reader).toBe('w3c');
    expect(score.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.actionsWithOwners.precision).toBe(1);
    expect(score.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.decisions.precision).toBe(1);
    expect(score.items.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.items.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.attendees.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.title && score.date).toBe(true);
  });

  it('reaches the aim over the tuned files together: 90% of actions with owners and decisions, none invented', () => {
    const sum = sumScores(tuned.map((fixture) => readFixture(fixture, 'w3c').score));
    expect(sum.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.actionsWithOwners.precision).toBe(1);
    expect(sum.decisions.precision).toBe(1);
  });

  it.each(heldOut)('$name (held out, never tuned on): scored apart, with a lower bar', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(`${scoreLine(fixture.name, score)}  (held out)`);
    expect(reader).toBe('w3c');
    expect(score.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.decisions.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.decisions.precision).toBeGreaterThanOrEqual(0.8);
  });

  it.each(tuned)('$name: loses no word of the source but its furniture', (fixture) => {
    const { read } = readFixture(fixture, 'w3c');
    expect(lostWords(read, fixture.name.endsWith('.log') ? IRC_FURNITURE : SCRIBEJS_FURNITURE)).toEqual([]);
  });
});

const read = (text: string, path = 'minutes/2019-05-06-wg.md') => {
  const outcome = readDocument(Buffer.from(text), 'w3c', path);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
};

describe('the w3c reader on what the fixtures do not show', () => {
  it('gives per-meeting actions ids qualified by the date, keeps trackbot ids, and reads [DONE] and [PENDING]', () => {
    const log = [
      '<ivan> meeting: Publishing WG',
      '<ivan> date: 06 May 2019',
      '<ivan> scribenick: ivan',
      '<ivan> present+ ivan, garth',
      '<ivan> topic: Actions',
      '<ivan> ACTION: garth to book the room',
      '<trackbot> Created ACTION-14 - Book the room [on Garth Conboy - due 2019-05-13].',
      '<ivan> [DONE] ACTION: ivan to send the agenda',
      '<ivan> ACTION: [PENDING] garth to draft the charter',
      '<ivan> RESOLVED: the charter goes to the AC',
    ].join('\n');
    const { text } = read(log, 'irc.log');
    expect(text).toContain('- [ ] garth: book the room (due 2019-05-13) {#ACTION-14}');
    expect(text).toContain('- [x] ivan: send the agenda {#2019-05-06-action2}');
    expect(text).toContain('- [ ] garth: draft the charter {#2019-05-06-action3}');
    expect(text).toContain('RESOLVED: the charter goes to the AC');
    expect(text).toContain('## 1. Actions');
  });

  it("reads scribe.perl's text output: header, topics, statements, and a summary of action items not counted twice", () => {
    const minutes = [
      '   [1]W3C',
      '',
      '                               - DRAFT -',
      '',
      '                     Publishing Working Group Telco',
      '',
      '06 May 2019',
      '',
      'Attendees',
      '',
      '   Present',
      '          Ivan Herman, Garth Conboy',
      '',
      '   Regrets',
      '          Tzviya Siegman',
      '',
      '   Chair',
      '          Garth Conboy',
      '',
      '   Scribe',
      '          Ivan Herman',
      '',
      'Contents',
      '',
      '     * [2]Topics',
      '         1. [3]Approval of minutes',
      '     * [4]Summary of Action Items',
      '     __________________________________________________________',
      '',
      'Approval of minutes',
      '',
      '   Garth: any comments?',
      '   RESOLUTION: minutes approved',
      '   ACTION: Garth to circulate the minutes',
      '',
      'Summary of Action Items',
      '',
      '   [NEW] ACTION: Garth to circulate the minutes',
      '   [NEW] ACTION: Ivan to publish the draft',
      '     [recorded in [5]https://www.w3.org/2019/05/06-pwg-minutes.html#action02]',
      '',
      '   [End of minutes]',
      '     __________________________________________________________',
    ].join('\n');
    expect(readDocument(Buffer.from(minutes), 'auto', 'minutes.txt')).toMatchObject({ ok: true, reader: { name: 'w3c' } });
    const { text } = read(minutes, 'minutes.txt');
    expect(text).toContain('title: Publishing Working Group Telco');
    expect(text).toContain('date: 2019-05-06');
    expect(text).toContain('attendees: [Ivan Herman, Garth Conboy]');
    expect(text).toContain('chair: Garth Conboy');
    expect(text).toContain('## 1. Approval of minutes');
    expect(text).toContain('RESOLUTION: minutes approved');
    expect(text.match(/circulate the minutes/g)).toHaveLength(1);
    expect(text).toContain('## Summary of Action Items\n\n- [ ] Ivan: publish the draft');
  });

  it('keeps Jekyll and JSON-LD front-matter keys as extension keys', () => {
    const { text } = read('---\nlayout: minutes\ndate: 2019-05-06\ntitle: WG Telco\njson-ld: |\n  {"@type": "Event"}\n---\n\n# WG Telco — Minutes\n\n**Present:** Ivan Herman\n\n### 1. Opening\n\n> ***Action #1: send the agenda (Ivan Herman)***\n');
    expect(text).toContain('x-layout: minutes');
    expect(text).toContain('x-json-ld: |');
    expect(text).toContain('- [ ] Ivan Herman: send the agenda {#2019-05-06-action1}');
  });

  it('keeps an owner no attendee matches as written, and says so', () => {
    const result = read('# WG Telco\n\n**Date:** 2019-05-06\n\n**Present:** Ivan Herman\n\n### 1. Opening\n\n> ***Action #2: write the tests (Jane Doe)***\n');
    expect(result.text).toContain('- [ ] Jane Doe: write the tests {#2019-05-06-action2}');
    expect(result.notes.map((note) => note.message)).toContain('action owner "Jane Doe" is not in the attendee list: kept as written');
  });
});
