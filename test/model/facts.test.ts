import { describe, expect, it } from 'vitest';
import { entriesOf } from '../../src/actions/entries.js';
import { renderMarkdownList } from '../../src/actions/formats/markdown.js';
import { renderHtml } from '../../src/render/html.js';
import { frontMatter, parseOk } from '../helpers.js';

describe('facts computed once, in the model', () => {
  it('a sub-item before the first item: its actions and deadlines take their ids from the same place', () => {
    const parsed = parseOk(`${frontMatter()}### Early\n\n- [ ] COM: Act (due 2019-05-01)\n\nCOM reports by 10 May 2019.\n\n## 1. A\n\n- [ ] COM: Other (due 2019-05-01)\n\nThe call is open until 11 April.\n`);
    const entries = entriesOf(parsed.model, '2019-04-04');
    expect(entries.map((entry) => entry.id)).toEqual(['2019-04-04-0.1-a1', '2019-04-04-0.1-d1', '2019-04-04-1-a1', '2019-04-04-1-d1']);
    expect(parsed.model.items.map((item) => item.place)).toEqual(['0.1', '1']);
    const [early, first] = parsed.model.items;
    expect([early!.actions[0]!.id, early!.deadlines[0]!.id, first!.actions[0]!.id, first!.deadlines[0]!.id]).toEqual(entries.map((entry) => entry.id));
  });

  it('the HTML page marks the deadline the model found, by its offset, not the first phrase with its words', () => {
    const parsed = parseOk(`${frontMatter()}## 1. A\n\nWe met on 11 April. The call is open until 11 April.\n`);
    expect(parsed.model.items[0]!.deadlines.map((d) => d.phrase)).toEqual(['11 April']);
    const html = renderHtml(parsed);
    const paragraph = html.slice(html.indexOf('We met on'), html.indexOf('</p>', html.indexOf('We met on')));
    expect(paragraph).toMatch(/^We met on <time datetime="2019-04-11"[^>]*>11 April<\/time>\. The call is open until <mark class="deadline"[^>]*><time datetime="2019-04-11"/);
  });

  it('`actions --format md` reads back with the same owners, also for a deadline that names no actor', () => {
    const parsed = parseOk(`${frontMatter()}## 1. A\n\nNote: the call closes on 11 April, before the summer.\n\nCOM: the report is due by 3 May.\n\n- [ ] COM, EEAS: Share the list: all of it (due 2019-05-01)\n`);
    const entries = entriesOf(parsed.model, '2019-04-04');
    const pasted = parseOk(`${frontMatter()}## 1. Follow-up\n\n${renderMarkdownList(entries)}`);
    const readBack = entriesOf(pasted.model, '2019-04-04');
    const facts = (list: typeof entries) => list.map((entry) => [entry.id, entry.owners, entry.text, entry.due]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(facts(readBack)).toEqual(facts(entries));
    expect(renderMarkdownList(entries)).toContain('- [ ] Note\\: the call closes on 11 April, before the summer. (due 2019-04-11)');
  });
});
