import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes, parseMinutesBytes } from '../src/model/parse.js';
import { validatorFor } from '../src/schemas/validator.js';
import type { Item, Minutes } from '../src/schemas/generated/minutes.js';
import { CORRECTED, FIXTURES, SEED, SEED_TEXT, fixture, frontMatter, nativeFixtures, parseOk, readText } from './helpers.js';

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const allItems = (items: Item[]): Item[] => items.flatMap((item) => [item, ...allItems(item.items)]);

const markdownFixtures = nativeFixtures;

describe('the seed fixture', async () => {
  const seed = parseOk(await readText(SEED), { path: 'seed.md' });
  const model = seed.model;

  it('keeps every word of the original minutes, in order', async () => {
    const original = words(await readText(SEED_TEXT));
    const body = await readText(SEED);
    const bodyWords = words(body.slice(body.indexOf('\n---\n', 4) + 5));
    expect(bodyWords).toEqual(original);
  });

  it('has ten agenda items numbered as written, 1 to 6 then 5, 6, 5, 6', () => {
    expect(model.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '5', '6', '5', '6']);
    expect(model.items[0]).toMatchObject({ title: 'Opening session', level: 2, line: 35 });
    expect(model.items[9]!.title).toBe('Closing remarks and AOB');
  });

  it('finds the grant call closing on 2019-04-11 as a deadline of the closing item, owned by COM', () => {
    const closing = model.items[9]!;
    expect(closing.deadlines).toEqual([
      {
        id: '2019-04-04-10-d1',
        date: '2019-04-11',
        text: 'COM reminded about the REC programme grant call still being open until April 11.',
        phrase: 'April 11',
        actors: ['COM'],
        line: 176,
      },
    ]);
    expect(allItems(model.items).flatMap((item) => item.deadlines)).toHaveLength(1);
  });

  it('records other dates in prose as dates mentioned, not deadlines', () => {
    const dates = model.items.flatMap((item) => item.dates.map((d) => d.date));
    expect(dates).toEqual(['2019-02-19', '2019-04-05', '2019-03-13']);
  });

  it('lists the actors each item names, by code, name or alias', () => {
    const mentions = Object.fromEntries(model.items.map((item, index) => [index + 1, item.mentions]));
    expect(mentions[2]).toEqual(['COM', 'EEAS', 'EP', 'MS']); // COM, Member States, European Parliament, EEAS
    expect(mentions[3]).toEqual(['EP', 'PRES']); // "Romanian Presidency", "European Parliament"
    expect(mentions[5]).toEqual(['COM', 'EEAS', 'MS']);
    expect(mentions[6]).toEqual(['ODIHR']); // "OSCE/ODIHR"
    expect(mentions[9]).toEqual(['COM', 'EDPB']);
  });

  it('normalizes the registry to {name, aliases}', () => {
    expect(model.actors.EEAS).toEqual({ name: 'European External Action Service', aliases: [] });
    expect(model.actors.MS).toEqual({ name: 'Member States', aliases: ['Member State'] });
  });
});

describe('the corrected fixture', async () => {
  const { model } = parseOk(await readText(CORRECTED));

  it('numbers its items 1 to 10 and carries actions with owners, due dates and status', () => {
    expect(model.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const actions = model.items.flatMap((item) => item.actions);
    expect(actions.map((a) => [a.id, a.owners, a.due, a.status])).toEqual([
      ['ras-contact-point', ['MS'], '2019-05-15', 'open'],
      ['2019-04-04-5-a2', ['EEAS'], '2019-04-18', 'open'],
      ['2019-04-04-8-a1', ['MS'], '2019-06-28', 'open'],
      ['2019-04-04-8-a2', ['COM'], '2019-04-04', 'done'],
      ['share-materials', ['MS'], '2019-05-10', 'open'],
      ['2019-04-04-10-a2', ['COM'], '2019-05-31', 'open'],
    ]);
    expect(model.items[4]!.decisions).toEqual([
      { text: 'national election networks include the RAS contact point in their membership.', line: 110 },
    ]);
  });
});

describe('every fixture', async () => {
  const files = await markdownFixtures();
  it.each(files.map((file) => [path.relative(FIXTURES, file), file]))('%s exports JSON valid against minutes.schema.json', async (_, file) => {
    const result = parseMinutes(await readText(file!), { path: file! });
    expect(result.ok).toBe(true);
    const validate = validatorFor('minutes');
    const json = JSON.parse(JSON.stringify((result as { model: Minutes }).model));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('action items', async () => {
  const { model } = parseOk(await readText(fixture('features/actions.md')));
  const [item] = model.items;
  const actions = item!.actions;

  it('reads owners before the colon, by code, name or alias, in the order written', () => {
    expect(actions.map((a) => a.owners)).toEqual([['COM', 'EEAS'], ['COM'], ['MS'], ['EEAS', 'COM'], ['MS']]);
  });

  it('reads ISO and natural due dates, taking the year from the meeting date', () => {
    expect(actions.map((a) => a.due)).toEqual(['2019-04-11', '2019-04-04', '2019-04-11', '2019-04-30', '2019-05-02']);
  });

  it('reads [ ] as open and [x] as done', () => {
    expect(actions.map((a) => a.status)).toEqual(['open', 'done', 'open', 'open', 'open']);
  });

  it('takes an explicit {#id} in either order with the due date, and derives the others from date and place', () => {
    expect(actions.map((a) => a.id)).toEqual(['2019-04-04-1-a1', '2019-04-04-1-a2', 'campaigns', '2019-04-04-1-a4', 'ras-contacts']);
    expect(item!.items[0]!.actions[0]!.id).toBe('2019-04-04-1.1-a1');
  });

  it('keeps the text without owners, due date or id', () => {
    expect(actions[0]!.text).toBe('Circulate the RAS contact list to the network');
    expect(actions[4]!.text).toBe('Nominate the RAS contact points');
  });

  it('keeps derived ids when other items change or the file is renumbered', () => {
    const base = `${frontMatter()}## 1. A\n\ntext\n\n## 2. B\n\n- [ ] COM: Do it (due 2019-05-01)\n`;
    const edited = base.replace('text', 'other text\n\nand more').replace('## 2. B', '## 5. B renamed');
    expect(parseOk(base).model.items[1]!.actions[0]!.id).toBe(parseOk(edited).model.items[1]!.actions[0]!.id);
  });

  it('reads "(due to …)" as text, not as a due date', () => {
    const { model: m } = parseOk(`${frontMatter()}## 1. A\n\n- [ ] COM: Postpone the call (due to the elections)\n`);
    expect(m.items[0]!.actions[0]).toMatchObject({ due: null, text: 'Postpone the call (due to the elections)' });
  });

  it('leaves owners empty when the text before a colon is not a list of actors', () => {
    const { model: m } = parseOk(`${frontMatter()}## 1. A\n\n- [ ] send the report to all members: by mail\n`);
    expect(m.items[0]!.actions[0]).toMatchObject({ owners: [], text: 'send the report to all members: by mail' });
  });

  it('places sub-items under their item with their own number and actions', () => {
    expect(item!.items.map((sub) => [sub.number, sub.title, sub.level])).toEqual([['1.1', 'Follow-up of the exercise', 3]]);
  });
});

describe('decisions', async () => {
  const { model } = parseOk(await readText(fixture('features/decisions.md')));
  it('reads paragraphs and list items starting with Decision: or Agreed:, bold or not', () => {
    expect(model.items[0]!.decisions.map((d) => d.text)).toEqual(['the agenda was adopted without changes.']);
    expect(model.items[1]!.decisions.map((d) => d.text)).toEqual([
      'COM proposes a date shortly after the elections.',
      'the network meets again in June.',
    ]);
  });
  it('does not read other paragraphs as decisions', () => {
    const { model: m } = parseOk(`${frontMatter()}## 1. A\n\nThe decision was postponed: no agreement.\n`);
    expect(m.items[0]!.decisions).toEqual([]);
  });
});

describe('deadlines and dates in prose', async () => {
  const { model } = parseOk(await readText(fixture('features/deadlines.md')));
  it('reads dates after a deadline cue as deadlines, with the actors of the sentence', () => {
    expect(model.items[0]!.deadlines.map((d) => [d.date, d.phrase, d.actors])).toEqual([
      ['2019-04-11', 'April 11', ['COM']],
      ['2019-04-11', '11 April 2019', ['COM']],
    ]);
    expect(model.items[1]!.deadlines.map((d) => d.date)).toEqual(['2019-05-03']);
  });
  it('records dates without a cue as dates mentioned', () => {
    expect(model.items[1]!.dates.map((d) => [d.date, d.phrase])).toEqual([['2019-03-13', '13 March']]);
    expect(model.items[2]!.dates.map((d) => d.date)).toEqual(['2019-04-05']);
    expect(model.items[2]!.deadlines).toEqual([]);
  });
  it('ignores dates in prose whose year cannot be known', () => {
    const { model: m } = parseOk('---\ntitle: No date\n---\n\n## 1. A\n\nOpen until 11 April.\n');
    expect(m.items[0]!.deadlines).toEqual([]);
    const { model: dated } = parseOk('---\ntitle: No date\n---\n\n## 1. A\n\nOpen until 11 April 2020.\n');
    expect(dated.items[0]!.deadlines.map((d) => d.date)).toEqual(['2020-04-11']);
  });
});

describe('actor mentions', async () => {
  const { model } = parseOk(await readText(fixture('features/mentions.md')));
  it("counts a code as a whole word, also in EP's and OSCE/ODIHR, and names or aliases in any case", () => {
    expect(model.items.map((item) => item.mentions)).toEqual([['EP'], ['MS', 'ODIHR'], []]);
  });
});

describe('files that cannot be parsed', () => {
  it('reports broken YAML at its line and column in the file', () => {
    const result = parseMinutes('---\ntitle: x\ndate: [2019\n---\n\n## 1. A\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toMatch(/^front matter is not valid YAML/);
    expect(result.problem.line).toBe(3); // the unclosed `[` of `date:`, not the `---` of the block
  });

  it('reports a duplicated key where it is', () => {
    const result = parseMinutes('---\ntitle: x\ntitle: y\n---\n');
    expect(!result.ok && [result.problem.line, result.problem.column]).toEqual([3, 1]);
  });

  it.each([
    ['a list', '---\n- a\n- b\n---\n', /is a list/],
    ['a scalar', '---\njust text\n---\n', /single string value/],
    ['not closed', '---\ntitle: x\n\n## 1. A\n', /not closed/],
  ])('refuses front matter that is %s', (_, text, message) => {
    const result = parseMinutes(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toMatch(message);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const latin1 = parseMinutesBytes(Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    expect(!latin1.ok && latin1.problem.message).toMatch(/not valid UTF-8 \(first bad byte at offset 4\)/);
    const utf16 = parseMinutesBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]));
    expect(!utf16.ok && utf16.problem.message).toMatch(/UTF-16/);
    const binary = parseMinutesBytes(Uint8Array.from([0x41, 0x00, 0x42]));
    expect(!binary.ok && binary.problem.message).toMatch(/NUL/);
  });

  it('keeps a model for a file without front matter, with title and date null', () => {
    const { model } = parseOk('## 1. Only an item\n\nText.\n');
    expect(model.meta).toEqual({ title: null, date: null, glossary: {} });
    expect(model.items).toHaveLength(1);
  });
});

describe('front matter normalization', () => {
  it('keeps keys of the right type and drops the others', () => {
    const { model } = parseOk('---\ntitle: T\ndate: 2019-02-30\nstatus: final\nlocation: Brussels\nattendees: [COM, 3]\n---\n');
    expect(model.meta).toEqual({ title: 'T', date: null, location: 'Brussels', attendees: ['COM'], glossary: {} });
  });

  it('merges a base registry and glossary (from configuration) under the file’s own', () => {
    const { model } = parseOk('---\ntitle: T\ndate: 2019-04-04\nactors:\n  COM: Commission\nglossary:\n  RAS: Rapid Alert System\n---\n', {
      actors: { COM: { name: 'European Commission', aliases: [] }, EP: { name: 'European Parliament', aliases: [] } },
      glossary: { EU: 'European Union' },
    });
    expect(Object.keys(model.actors).sort()).toEqual(['COM', 'EP']);
    expect(model.actors.COM!.name).toBe('Commission');
    expect(model.meta.glossary).toEqual({ EU: 'European Union', RAS: 'Rapid Alert System' });
  });
});
