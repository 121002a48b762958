import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/fix.js';
import { parseMinutes } from '../../src/model/parse.js';
import { textReader } from '../../src/readers/text.js';
import { SEED_TEXT } from '../helpers.js';

const OPTIONS = { date: '2019-04-04', title: 'Meeting of the European cooperation network on elections' };
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

async function importSeed() {
  const source = await readFile(SEED_TEXT, 'utf8');
  const read = textReader.read({ bytes: Buffer.from(source), text: source, path: SEED_TEXT }, OPTIONS);
  const parsed = parseMinutes(read.text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { source, read, parsed };
}

describe('the seed, read by the text reader', () => {
  it('is recognised as extracted text, above the native format', async () => {
    const source = await readFile(SEED_TEXT, 'utf8');
    expect(textReader.detect({ bytes: Buffer.from(source), text: source, path: SEED_TEXT })).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps the words of the source, in order', async () => {
    const { source, read, parsed } = await importSeed();
    const body = read.text.slice(parsed.frontMatter!.node.position!.end.offset!);
    expect(words(body)).toEqual(words(source));
  });

  it('has the ten items with their numbers as written, wrong ones included', async () => {
    const { parsed } = await importSeed();
    expect(parsed.model.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '5', '6', '5', '6']);
    expect(parsed.model.items[6]!.title).toBe('Role of social media platforms in promoting transparency and awareness raising');
  });

  it('takes title and date from the options, and the chair from the text', async () => {
    const { parsed } = await importSeed();
    expect(parsed.model.meta).toMatchObject({ title: OPTIONS.title, date: '2019-04-04', chair: 'Irena Moozova', extends: ['eu-institutions', 'eu-commission-dgs', 'eu-member-states'] });
  });

  it('finds the actors with the EU registries', async () => {
    const { parsed } = await importSeed();
    expect(Object.keys(parsed.model.actors)).toEqual(expect.arrayContaining(['COM', 'EEAS', 'MS', 'EP', 'PRES']));
  });

  it('gives the closing item its deadline of 11 April', async () => {
    const { parsed } = await importSeed();
    expect(parsed.model.items.at(-1)!.deadlines.map((deadline) => deadline.date)).toEqual(['2019-04-11']);
  });

  it('is linted with the four numbering errors, and no other error', async () => {
    const { read } = await importSeed();
    const { diagnostics } = lintText(read.text, { path: 'seed.md' });
    expect(diagnostics.filter((d) => d.severity === 2).map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      'numbering agenda item 7 repeats the number `5.` of agenda item 5; expected `7.`: renumber it',
      'numbering agenda item 8 repeats the number `6.` of agenda item 6; expected `8.`: renumber it',
      'numbering agenda item 9 repeats the number `5.` of agenda item 5; expected `9.`: renumber it',
      'numbering agenda item 10 repeats the number `6.` of agenda item 6; expected `10.`: renumber it',
    ]);
    // The warnings are true: the seed never explains REC or OSCE/ODIHR, and it invites the Member States to act.
    expect(diagnostics.filter((d) => d.severity === 1).map((d) => `${d.ruleId} ${d.subject ?? ''}`)).toEqual([
      'undefined-abbreviation OSCE/ODIHR',
      'undefined-abbreviation ODIHR',
      'undefined-abbreviation REC',
      'untracked-follow-up ',
    ]);
  });

  it('maps the numbers as written back to the source, stray indentation aside', async () => {
    const { source, read, parsed } = await importSeed();
    const heading = parsed.headings[6]!;
    const [start, end] = heading.numberRange!;
    const { range, exact } = read.map.rangeToSource(start, end);
    expect(exact).toBe(true);
    expect(source.slice(range[0], range[1])).toBe('5.');
    expect(source.slice(range[0] - 2, range[1] + 5)).toBe('\n 5. Role');
  });

  it('names on its notes what is missing without the options', async () => {
    const source = await readFile(SEED_TEXT, 'utf8');
    const read = textReader.read({ bytes: Buffer.from(source), text: source, path: SEED_TEXT });
    expect(read.notes.map((note) => note.message)).toEqual([
      'the document gives no title: name it with --title',
      'the document gives no meeting date: give it with --date YYYY-MM-DD',
    ]);
  });
});
