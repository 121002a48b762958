import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/read.js';
import { fixturesOf, readFixture, scoreLine } from './fixtures.js';
import { sumScores } from './score.js';
import { lostWords } from './words.js';

const fixtures = fixturesOf('nodejs-tsc');
const tuned = fixtures.filter((fixture) => !fixture.heldOut);
const heldOut = fixtures.filter((fixture) => fixture.heldOut);
const table: string[] = [];
afterAll(() => console.log(`nodejs-tsc reader, per file (matched/found/expected):\n${table.join('\n')}`));

describe('the nodejs-tsc reader on real Node.js TSC minutes (fixtures/readers/nodejs-tsc)', () => {
  it.each(tuned)('$name: recognised by --from auto, its action and decision found, none invented', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(scoreLine(fixture.name, score));
    expect(reader).toBe('nodejs-tsc');
    expect(score.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.actionsWithOwners.precision).toBe(1);
    expect(score.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.decisions.precision).toBe(1);
    // `## Q/A` has no word of two letters, which the scorer compares titles by.
    expect(score.items.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.attendees.recall).toBe(1);
    expect(score.title && score.date).toBe(true);
  });

  it('reaches the aim over the tuned files together', () => {
    const sum = sumScores(tuned.map((fixture) => readFixture(fixture, 'nodejs-tsc').score));
    expect(sum.actionsWithOwners.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.decisions.recall).toBeGreaterThanOrEqual(0.9);
    expect(sum.actionsWithOwners.precision).toBe(1);
    expect(sum.decisions.precision).toBe(1);
  });

  it.each(heldOut)('$name (held out, never tuned on): scored apart, with a lower bar', (fixture) => {
    const { reader, score } = readFixture(fixture, 'auto');
    table.push(`${scoreLine(fixture.name, score)}  (held out)`);
    expect(reader).toBe('nodejs-tsc');
    expect(score.items.recall).toBeGreaterThanOrEqual(0.3);
    expect(score.decisions.precision).toBeGreaterThanOrEqual(0.5);
  });

  it.each(tuned)('$name: loses no word of the source but the `## Minutes` heading and the ACTION marker', (fixture) => {
    expect(lostWords(readFixture(fixture, 'nodejs-tsc').read, { lines: [/^## Minutes$/], words: /^(?:ACTION|to)$/ })).toEqual([]);
  });

  it('resolves an owner written by first name, and reads a paragraph action and an outcome', () => {
    const text = '# Node Foundation TSC Meeting 2016-07-07\n\n## Present\n\n* Rod Vagg (TSC)\n* Anna Henningsen @addaleax (TSC)\n\n## Minutes\n\n### Release plan [#120](https://github.com/nodejs/TSC/issues/120)\n\nACTION: Rod to draft the schedule.\n\nAgreed to ship in October.\n';
    const outcome = readDocument(Buffer.from(text), 'nodejs-tsc', null);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.text).toContain('- [ ] Rod: draft the schedule.');
    expect(outcome.result.text).toContain('**Decision:** Agreed to ship in October.');
    expect(outcome.result.text).toContain('RV: {name: Rod Vagg, aliases: [Rod]}');
    expect(outcome.result.text).toContain('AH: {name: Anna Henningsen, aliases: [addaleax, "@addaleax"]}');
  });
});
