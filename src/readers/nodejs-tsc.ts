/**
 * The `nodejs-tsc` reader: the minutes of the Node.js TSC and CTC (github.com/nodejs/TSC, 2015 onwards),
 * Markdown parsed with the project's parser and copied block by block into canonical minutes.
 *
 * Read into the minutes (see docs/readers.md):
 * - title: the H1 (`# Node Foundation TSC Meeting 2016-06-30`); date from it, else the file name;
 * - the `Present` list (`* Rod Vagg (TSC)`, `* Name @handle (TSC)`) to attendees and the actor registry
 *   (handles as aliases);
 * - `## Links`, `## Agenda`, `## Present`, `## Next Meeting` to document sections; `## Minutes` is a
 *   container: its `###` headings are the agenda items, `## N.` (its `### Present` a section); other
 *   `##` headings (`## Standup`, `## Q/A`) are items, and `###` headings inside them (a repository's
 *   name over a list) stay headings of their item;
 * - `ACTION: Name to text` (a bullet or a paragraph) to a task item with its owner;
 * - a bullet or paragraph that records an outcome (`Ratified …`, `Agreed …`, `Consensus …`, `We have
 *   consensus …`, `No objections …`, `Called for a vote …`, `Resolved …`) to a decision, `**Decision:** …`.
 * Furniture: the `## Minutes` heading.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { comparableTitle } from '../model/headings.js';
import { FlatText } from '../model/text.js';
import { parseMarkdown } from '../syntax/markdown.js';
import { copiedIfTooDeep } from './too-deep.js';
import { type FrontMatterField, registryValue, withFrontMatter } from './front-matter.js';
import { dateInPath, dateInText, titleFromPath } from './meeting-date.js';
import { capitalWordsOf, People } from './people.js';
import type { Reader, ReadNote, ReadOptions, ReadResult } from './reader.js';
import { CanonicalWriter } from './source-map.js';

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

const SECTIONS = new Set(['links', 'agenda', 'present', 'next meeting', 'attendees', 'observers', 'invited']);
const PRESENT = new Set(['present', 'attendees']);
const ACTION = /^\s*ACTION\s*:\s*/;
const OWNER = /^(.{1,60}?)\s+(?:to|will)\s+(?=\S)/;
const OUTCOME = /^\s*(?:ratified|approved|agreed|resolved|decided|decision|consensus|we have consensus|there is consensus|no objections?|called for a vote|voted|vote passed|the (?:tsc|ctc) (?:agreed|approved|voted|decided))\b/i;

export const nodejsTscReader: Reader = {
  name: 'nodejs-tsc',
  description: 'Node.js TSC/CTC minutes: Links/Present/Agenda sections, `## Minutes` with a heading per issue, ACTION: bullets',
  furniture: ['the `## Minutes` heading (its `###` headings become the agenda items)'],
  labels: 'unnumbered; `###` headings under `## Minutes` and other `##` headings are items, numbered in order',
  detect({ text }) {
    if (text === null) return 0;
    const head = text.slice(0, 6000);
    let score = 0;
    if (/^# Node(?:\.js)? Foundation (?:TSC|CTC|Core Technical Committee)|^# (?:Node\.js )?(?:TSC|CTC) Meeting/im.test(head)) score += 0.4;
    if (/^## Links\s*$/m.test(head) && /^#{2,3} Present\s*$/m.test(head)) score += 0.3;
    if (/^## Minutes\s*$/m.test(text)) score += 0.1;
    if (/\*\*(?:Video Recording|Audio Recording|GitHub Issue|Minutes Google Doc)\*\*/.test(head)) score += 0.2;
    return Math.min(score, 0.95);
  },
  read({ text, path }, options = {}) {
    return readNodejsTsc(text ?? '', path, options);
  },
};

interface Context {
  source: string;
  writer: CanonicalWriter;
  people: People;
  notes: ReadNote[];
  started: boolean;
}

function separate(context: Context, anchor: number): void {
  if (context.started) context.writer.write('\n\n', anchor);
  context.started = true;
}

function readNodejsTsc(source: string, path: string | null, options: ReadOptions): ReadResult {
  const tooDeep = copiedIfTooDeep(source);
  if (tooDeep) return tooDeep;
  const notes: ReadNote[] = [];
  const tree = parseMarkdown(source);
  const people = new People();
  const attendees = readPresent(tree, source, people);
  const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = options.title ?? (h1 ? new FlatText(h1, source).text.trim() : titleFromPath(path));
  const date = options.date ?? dateInText(title ?? '') ?? dateInPath(path);
  if (!date) notes.push({ message: 'no meeting date in the title or the file name: give one with --date', offset: 0 });
  const context: Context = { source, writer: new CanonicalWriter(source), people, notes, started: false };
  writeBody(tree, context);
  context.writer.write('\n', source.length);
  const anchor = h1 && !options.title ? startOf(h1) : 0;
  const fields: FrontMatterField[] = [
    { key: 'title', value: title, anchor },
    { key: 'date', value: date, anchor: options.date ? 0 : anchor },
    { key: 'body', value: options.body, anchor: 0 },
    { key: 'attendees', value: attendees.names, anchor: attendees.anchor },
    { key: 'actors', value: registryValue(people.registry(capitalWordsOf(source))), anchor: attendees.anchor },
  ];
  return { ...withFrontMatter(source, fields, context.writer.finish()), source, notes };
}

/** `* Rod Vagg (TSC)`, `* Anna Henningsen @addaleax (TSC)`: the people of the Present list, handles as aliases. */
function readPresent(tree: Root, source: string, people: People): { names: string[]; anchor: number } {
  const names: string[] = [];
  let anchor = 0;
  let inPresent = false;
  for (const node of tree.children) {
    if (node.type === 'heading') inPresent = PRESENT.has(comparableTitle(new FlatText(node, source).text));
    if (!inPresent || node.type !== 'list') continue;
    anchor ||= startOf(node);
    for (const item of node.children) {
      const text = item.children[0] ? new FlatText(item.children[0], source).text : '';
      const handle = /@([A-Za-z0-9-]+)/.exec(text)?.[1];
      const name = text.replace(/@[A-Za-z0-9-]+/g, '').replace(/\([^)]*\)?/g, '').replace(/\s+/g, ' ').trim();
      if (!name) continue;
      people.add(name, { aliases: handle ? [handle, `@${handle}`] : [] });
      if (!names.includes(name)) names.push(name);
    }
  }
  return { names, anchor };
}

function headingText(node: Heading): [number, number] | null {
  const first = node.children[0];
  const last = node.children.at(-1);
  return first && last ? [startOf(first), endOf(last)] : null;
}

function writeBody(tree: Root, context: Context): void {
  const { source, writer } = context;
  let items = 0;
  let inMinutes = false;
  let inSection = false;
  let seenTitle = false;
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      writeBlock(node, context);
      continue;
    }
    const text = headingText(node);
    if (!text) continue;
    const title = comparableTitle(new FlatText(node, source).text);
    if (node.depth === 1 && !seenTitle) {
      seenTitle = true;
      separate(context, startOf(node));
      writer.write('# ', startOf(node)).copy(text[0], text[1]);
      continue;
    }
    if (node.depth <= 2 && title === 'minutes') {
      inMinutes = true;
      inSection = false;
      continue;
    }
    separate(context, startOf(node));
    const level3InMinutes = node.depth === 3 && inMinutes;
    if (node.depth <= 2 || level3InMinutes) {
      if (node.depth <= 2) inMinutes = false;
      inSection = SECTIONS.has(title);
      if (inSection) {
        writer.write('## ', startOf(node)).copy(text[0], text[1]);
      } else {
        items++;
        writer.write(`## ${items}. `, startOf(node)).copy(text[0], text[1]);
      }
    } else {
      // A heading inside an item or a section (a repository's name over its issues) stays a heading of it.
      writer.write(`${'#'.repeat(inSection && node.depth === 3 ? 3 : Math.max(4, node.depth))} `, startOf(node)).copy(text[0], text[1]);
    }
  }
}

/** A block of an item: lists and paragraphs with their actions and outcomes rewritten, the rest copied. */
function writeBlock(node: RootContent, context: Context): void {
  if (node.type === 'list') {
    separate(context, startOf(node));
    writeList(node, context);
  } else if (node.type === 'paragraph') {
    separate(context, startOf(node));
    writeParagraph(node, context);
  } else if (node.type !== 'yaml') {
    separate(context, startOf(node));
    context.writer.copy(startOf(node), endOf(node));
  }
}

/** A list copied as written, but for its items that are actions (`* ACTION: Trevor to email …` → `* [ ] Trevor: email …`) or outcomes. */
function writeList(list: List, context: Context): void {
  const { source, writer } = context;
  let cursor = startOf(list);
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    const start = startOf(paragraph);
    const text = new FlatText(paragraph, source).text;
    if (ACTION.test(text) && !item.children.some((child) => child.type === 'list')) {
      writer.copy(cursor, start);
      writeAction(paragraph, item, context, true);
      cursor = endOf(item);
    } else if (OUTCOME.test(text)) {
      writer.copy(cursor, start).write('**Decision:** ', start);
      cursor = start;
    }
  }
  writer.copy(cursor, endOf(list));
}

function writeParagraph(paragraph: Paragraph, context: Context): void {
  const text = new FlatText(paragraph, context.source).text;
  if (ACTION.test(text)) writeAction(paragraph, null, context, false);
  else if (OUTCOME.test(text)) context.writer.write('**Decision:** ', startOf(paragraph)).copy(startOf(paragraph), endOf(paragraph));
  else context.writer.copy(startOf(paragraph), endOf(paragraph));
}

/** `ACTION: Trevor to email …`: a task item, the owner resolved through the attendees (`Trevor` → Trevor Norris). */
function writeAction(paragraph: Paragraph, item: ListItem | null, context: Context, inList: boolean): void {
  const { source, writer } = context;
  const start = startOf(paragraph);
  const end = item ? endOf(item) : endOf(paragraph);
  const marker = ACTION.exec(source.slice(start, end))!;
  const bodyStart = start + marker[0].length;
  const owner = OWNER.exec(source.slice(bodyStart, end));
  writer.write(inList ? '[ ] ' : '- [ ] ', start);
  if (owner) {
    const written = owner[1]!;
    for (const name of written.split(/\s*(?:,|&|\band\b)\s*/)) {
      if (name && !context.people.resolve(name)) context.notes.push({ message: `action owner "${name}" is not among those present: kept as written`, offset: bodyStart });
    }
    writer.copy(bodyStart, bodyStart + written.length).write(': ', bodyStart + written.length).copy(bodyStart + owner[0].length, end);
  } else {
    context.notes.push({ message: 'an action without an owner ("ACTION: Name to …")', offset: start });
    const colon = source.indexOf(':', bodyStart);
    if (colon !== -1 && colon < end) writer.copy(bodyStart, colon).write('\\', colon).copy(colon, end);
    else writer.copy(bodyStart, end);
  }
}
