import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/model/parse.js';
import { inferActions } from '../../src/readers/documents/infer-actions.js';
import { textReader } from '../../src/readers/text.js';

const read = (text: string, options = {}) => textReader.read({ bytes: Buffer.from(text), text, path: 'minutes.txt' }, options);
const body = (text: string, options = {}) => read(text, options).text.split('---\n').slice(2).join('---\n').trim();
const model = (text: string, options = {}) => {
  const parsed = parseMinutes(read(text, options).text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.model;
};

describe('the text reader', () => {
  it('joins wrapped lines, rejoins words split at a line end and keeps the hyphens of compounds', () => {
    const text = '1. Opening\n\nCOM provided an update on sensi-\ntizing stakeholders, covering non-\nlegislative actions for first-\ntime voters.\n';
    expect(body(text)).toBe('## 1. Opening\n\nCOM provided an update on sensitizing stakeholders, covering non-legislative actions for first-time voters.');
  });

  it('leaves out page numbers, margin language codes and running headers', () => {
    const page = (n: number, text: string) => `Ref. Ares(2019)123456 - 04/04/2019\n\n${text}\n\nPage ${n} of 3\nEN EN\n\f`;
    const text = page(1, '1. Opening\n\nThe chair opened the meeting.') + page(2, '2. Budget\n\nCOM presented the budget.') + page(3, '3. Closing\n\n2/16\n\nThe meeting closed.');
    expect(body(text)).toBe('## 1. Opening\n\nThe chair opened the meeting.\n\n## 2. Budget\n\nCOM presented the budget.\n\n## 3. Closing\n\nThe meeting closed.');
  });

  it('reads bullets as lists, with an inner level', () => {
    const text = '1. Opening\n\nThe network discussed:\n• awareness campaigns\n  o in schools\n– media literacy\n';
    expect(body(text)).toBe('## 1. Opening\n\nThe network discussed:\n\n- awareness campaigns\n  - in schools\n- media literacy');
  });

  it('reads Roman numerals as items and letters as sub-items', () => {
    const text = 'I. Opening\n\nWelcome.\n\nII. Elections\n\na) Campaigns\n\nUpdates.\n\nb) Platforms\n\nMore.\n';
    expect(body(text)).toBe('## 1. Opening {label="I"}\n\nWelcome.\n\n## 2. Elections {label="II"}\n\n### 2.1 Campaigns {label="a"}\n\nUpdates.\n\n### 2.2 Platforms {label="b"}\n\nMore.');
    const items = model(text).items;
    expect(items.map((item) => [item.label, item.title, item.items.map((sub) => `${sub.label} ${sub.title}`)])).toEqual([
      ['I', 'Opening', []],
      ['II', 'Elections', ['a Campaigns', 'b Platforms']],
    ]);
  });

  it('reads 1.1 as sub-items of 1.', () => {
    const items = model('1. Opening\n\nWelcome.\n\n1.1 Agenda\n\nAdopted.\n\n2. Elections\n\nUpdates.\n').items;
    expect(items.map((item) => [item.number, item.items.map((sub) => sub.number)])).toEqual([
      ['1', ['1.1']],
      ['2', []],
    ]);
  });

  it('does not take an agenda listed at the top for the items', () => {
    const items = model('Agenda\n1. Opening\n2. Elections\n3. Closing\n\n1. Opening\n\nWelcome.\n\n2. Elections\n\nUpdates.\n\n3. Closing\n\nBye.\n').items;
    expect(items.map((item) => item.title)).toEqual(['Opening', 'Elections', 'Closing']);
  });

  it('takes title, place, date and chair from the opening lines', () => {
    const meta = model('Minutes of the third meeting of the election network\nBrussels, 4 April 2019\nChair: Irena Moozova\n\n1. Opening\n\nWelcome.\n').meta;
    expect(meta).toMatchObject({ title: 'Minutes of the third meeting of the election network', date: '2019-04-04', location: 'Brussels', chair: 'Irena Moozova' });
  });

  it('takes actors defined in quotes into the front matter, and keeps URLs', () => {
    const text = '1. Opening\n\nThe European Anti-Fraud Network ("EAFN") presented https://example.eu/a_b?x=1&y=2 to the Commission.\n\n- [ ] EAFN: Send the slides\n';
    const result = read(text);
    expect(result.text).toContain('actors:\n  EAFN: European Anti-Fraud Network\n');
    expect(result.text).toContain('https://example.eu/a_b?x=1&y=2');
    expect(model(text).items[0]!.actions[0]!.owners).toEqual(['EAFN']);
  });

  it('makes task items of action labels and of tasks written with check boxes', () => {
    const actions = model('1. Follow-up\n\nAction: COM to circulate the list by 11 April.\n\n☐ EEAS: Report back\n☒ MS: Nominate contact points\n', { date: '2019-04-04' }).items[0]!.actions;
    expect(actions.map((action) => `${action.status} ${action.owners.join(',')}: ${action.text} ${action.due}`)).toEqual([
      'open COM: circulate the list by 11 April. 2019-04-11',
      'open EEAS: Report back null',
      'done MS: Nominate contact points null',
    ]);
  });

  it('escapes what Markdown would read as syntax', () => {
    const text = '1. Opening\n\n2019. A *starred* [note] <b> and a_b but _c_ & &amp;\n';
    const parsed = parseMinutes(read(text).text);
    expect(parsed.ok && parsed.model.items[0]!.title).toBe('Opening');
    expect(body(text)).toBe('## 1. Opening\n\n2019\\. A \\*starred\\* \\[note\\] \\<b> and a_b but \\_c\\_ & \\&amp;');
  });

  it('writes inferred actions after their paragraph, the map still pointing into the source', () => {
    const source = '1. Closing\n\nCOM reminded about the call. Member States were invited to share all the relevant materials.\n\n2. AOB\n\nNone.\n';
    const result = read(source, { date: '2019-04-04', title: 'Meeting' });
    const { read: inferred, count } = inferActions(result);
    expect(count).toBe(1);
    expect(inferred.text).toContain('relevant materials.\n\n- [ ] MS: Share all the relevant materials\n\n## 2. AOB');
    const at = inferred.text.indexOf('None.');
    const { range, exact } = inferred.map.rangeToSource(at, at + 5);
    expect(exact).toBe(true);
    expect(source.slice(range[0], range[1])).toBe('None.');
  });
});
