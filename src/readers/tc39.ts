/**
 * The `tc39` reader: TC39's meeting notes (github.com/tc39/notes), Markdown parsed with the project's
 * parser and copied block by block into canonical minutes.
 *
 * Read into the minutes (see docs/readers.md):
 * - title: the first H1; date: from the title (`July 22, 2020 Meeting Notes`), else the path
 *   (`meetings/2020-07/july-22.md`), else `--date`;
 * - the attendee table (`| Name | Abbreviation | Organization |`) or paragraph (`Brian Terlson (BT), …`)
 *   to attendees and to the actor registry: each delegate under the abbreviation as code, the name as
 *   name, so that speaker prefixes (`DE: …`) are mentions of the delegate;
 * - every `##` heading (and an H1 after the first) to an agenda item `## N.`, numbered in order; its
 *   agenda label (`4.1`, `15.i.a`, `?.?`) kept as written in `{label="…"}`; `###` headings to sub-items;
 * - `Conclusion`, `Conclusion/Resolution`, `Speaker's Summary of Key Points` headings (`###` or `####`):
 *   their bullets (or lines) to one decision of their item, `**Conclusion:** …`, the heading kept at
 *   level 4;
 * - a speaker prefix whose abbreviation is not in the table is reported (a note), once.
 * Furniture: none is dropped; link bullets, `Presenter:` lines and `[stage directions]` stay text.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { DOCUMENT_SECTIONS } from '../model/build.js';
import { comparableTitle } from '../model/headings.js';
import { FlatText } from '../model/text.js';
import { parseMarkdown } from '../syntax/markdown.js';
import { copiedIfTooDeep } from './too-deep.js';
import { type FrontMatterField, registryValue, withFrontMatter } from './front-matter.js';
import { copyLineAsText } from './markdown-text.js';
import { dateInPath, dateInText, titleFromPath } from './meeting-date.js';
import { People } from './people.js';
import type { Reader, ReadNote, ReadOptions, ReadResult } from './reader.js';
import { CanonicalWriter } from './source-map.js';

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

const CONCLUSION = /^(?:conclusions?|conclusion\s*\/\s*(?:resolution|decision)s?|resolutions?|decisions?|(?:speaker'?s\s+)?summary\s+of\s+key\s+points|summary|outcome)\s*:?$/i;
/** An agenda label before a heading's title: `4.1`, `15.i.a`, `16.i.b.`, `?.?`, `6.`. */
const LABEL = /^(\d{1,3}(?:\.(?:\d{1,3}|[ivxlc]+|[a-z]|\?))*\.?|\?(?:\.\?)*)\s+(?=\S)/i;
/** `Brian Terlson (BT)`, `Istvan Sebestyen (phone) (IS)`: a delegate in an attendee paragraph. */
const DELEGATE = /([\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,5})[ \t]*(?:\([^()\n]{0,40}\)[ \t]*){0,3}\(([A-Z][A-Za-z0-9]{1,5})\)/gu;
const SPEAKER = /^[ \t]*([A-Z][A-Z0-9]{1,5}(?:\/[A-Z][A-Z0-9]{1,5})*)(?:[ \t]*\([^()\n]{0,20}\))?:[ \t]/gm;
const SECTIONS = new Set(DOCUMENT_SECTIONS);

export const tc39Reader: Reader = {
  name: 'tc39',
  description: 'TC39 meeting notes: attendee table with abbreviations, agenda labels such as 15.i.a, Conclusion/Resolution sections',
  furniture: [],
  labels: 'every `##` topic is an item whatever its label (`4.1`, `15.i.a`, kept as {label="…"}), `###` headings are sub-items; Conclusion headings are not items',
  detect({ text }) {
    if (text === null) return 0;
    let score = 0;
    if (/^#{3,4} *(?:Conclusion|Conclusion\/Resolution|Speaker's Summary of Key Points)\s*$/im.test(text)) score += 0.4;
    if (/^\|\s*Name\s*\|\s*Abbreviation\s*\|/im.test(text) || (text.slice(0, 4000).match(/\w \([A-Z]{2,4}\),/g)?.length ?? 0) >= 3) score += 0.3;
    if ((text.match(/^[A-Z]{2,4}: /gm)?.length ?? 0) >= 5) score += 0.2;
    if (/^# .*Meeting Notes/im.test(text.slice(0, 2000))) score += 0.15;
    return Math.min(score, 0.95);
  },
  read({ text, path }, options = {}) {
    return readTc39(text ?? '', path, options);
  },
};

interface Context {
  source: string;
  writer: CanonicalWriter;
  started: boolean;
}

function separate(context: Context, anchor: number): void {
  if (context.started) context.writer.write('\n\n', anchor);
  context.started = true;
}

function copyBlock(context: Context, node: Nodes): void {
  separate(context, startOf(node));
  context.writer.copy(startOf(node), endOf(node));
}

function readTc39(source: string, path: string | null, options: ReadOptions): ReadResult {
  const tooDeep = copiedIfTooDeep(source);
  if (tooDeep) return tooDeep;
  const notes: ReadNote[] = [];
  const tree = parseMarkdown(source);
  const people = new People();
  const attendees = readDelegates(tree, source, people);
  const firstHeading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = options.title ?? (firstHeading ? new FlatText(firstHeading, source).text.trim() : titleFromPath(path));
  const date = options.date ?? dateInText(title ?? '') ?? dateInPath(path);
  if (!title) notes.push({ message: 'no title: give one with --title', offset: 0 });
  if (!date) notes.push({ message: 'no meeting date in the title or the file name: give one with --date', offset: 0 });
  reportUnknownSpeakers(source, people, notes);

  const context: Context = { source, writer: new CanonicalWriter(source), started: false };
  writeBody(tree, firstHeading ?? null, context);
  context.writer.write('\n', source.length);

  const titleAnchor = options.title || !firstHeading ? 0 : startOf(firstHeading);
  const fields: FrontMatterField[] = [
    { key: 'title', value: title, anchor: titleAnchor },
    { key: 'date', value: date, anchor: options.date ? 0 : titleAnchor },
    { key: 'body', value: options.body, anchor: 0 },
    { key: 'attendees', value: attendees.names, anchor: attendees.anchor },
    { key: 'actors', value: registryValue(people.registry()), anchor: attendees.anchor },
  ];
  return { ...withFrontMatter(source, fields, context.writer.finish()), source, notes };
}

/** The delegates: the rows of the attendee table, or the `Name (ABBR)` entries of the paragraphs before the first topic. */
function readDelegates(tree: Root, source: string, people: People): { names: string[]; anchor: number } {
  const names: string[] = [];
  let anchor = 0;
  const add = (name: string, code: string, at: number) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    people.add(clean, { code });
    if (!names.some((known) => known.toLowerCase() === clean.toLowerCase())) names.push(clean);
    anchor ||= at;
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) break;
    if (node.type === 'table') readTable(node, source, add);
    if (node.type !== 'paragraph') continue;
    const text = new FlatText(node, source).text;
    const found = [...text.matchAll(DELEGATE)];
    if (found.length < 2) continue;
    for (const match of found) add(match[1]!.replace(/^(?:Remote|Attendees|Present)\s*:\s*/i, ''), match[2]!, startOf(node));
  }
  return { names, anchor };
}

function readTable(table: Table, source: string, add: (name: string, code: string, at: number) => void): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const columns = head.children.map((cell) => comparableTitle(new FlatText(cell, source).text));
  const name = columns.indexOf('name');
  const code = columns.findIndex((column) => column.startsWith('abbreviation') || column === 'abbr');
  if (name === -1 || code === -1) return;
  for (const row of rows) {
    const cells = row.children.map((cell) => new FlatText(cell, source).text.trim());
    if (cells[name] && cells[code]) add(cells[name]!, cells[code]!, startOf(row));
  }
}

/** Speakers (`KG: …`) whose abbreviation the attendee list does not give: reported once each, where first seen. */
function reportUnknownSpeakers(source: string, people: People, notes: ReadNote[]): void {
  if (people.size === 0) return;
  const reported = new Set<string>();
  for (const match of source.matchAll(SPEAKER)) {
    let at = match.index + match[0].indexOf(match[1]!);
    for (const code of match[1]!.split('/')) {
      if (!reported.has(code) && !people.find(code)) {
        reported.add(code);
        notes.push({ message: `speaker ${code} is not in the attendee list: no one of the meeting has that abbreviation`, offset: at });
      }
      at += code.length + 1;
    }
  }
}

function writeBody(tree: Root, title: Heading | null, context: Context): void {
  const { source, writer } = context;
  let items = 0;
  let subItems = 0;
  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type !== 'heading' || node === title) {
      if (node.type !== 'yaml') copyBlock(context, node);
      continue;
    }
    const text = headingText(node);
    if (!text) continue;
    const flat = new FlatText(node, source).text.trim();
    if (CONCLUSION.test(flat) && node.depth >= 3) {
      // The conclusion: its heading kept below the item, its bullets one decision.
      const end = children.findIndex((next, at) => at > index && next.type === 'heading');
      const block = children.slice(index + 1, end === -1 ? children.length : end);
      separate(context, startOf(node));
      writer.write('#### ', startOf(node)).copy(text[0], text[1]);
      writeConclusion(block, context);
      index += block.length;
      continue;
    }
    const label = LABEL.exec(source.slice(text[0], text[1]));
    const titleStart = text[0] + (label?.[0].length ?? 0);
    separate(context, startOf(node));
    if (node.depth <= 2 && !label && SECTIONS.has(comparableTitle(flat))) {
      writer.write('## ', startOf(node)).copy(text[0], text[1]);
      continue;
    }
    if (node.depth <= 2) {
      items++;
      subItems = 0;
      writer.write(`## ${items}. `, startOf(node)).copy(titleStart, text[1]);
    } else if (node.depth === 3 && items > 0) {
      subItems++;
      writer.write(`### ${items}.${subItems} `, startOf(node)).copy(titleStart, text[1]);
    } else {
      writer.write(`${'#'.repeat(Math.max(4, node.depth))} `, startOf(node)).copy(text[0], text[1]);
      continue;
    }
    if (label) {
      const written = label[1]!.replace(/\.$/, '');
      writer.write(' {label="', text[0]).copy(text[0], text[0] + written.length).write('"}', text[0]);
    }
  }
}

/** The range of a heading's text, after its `#` marks. */
function headingText(node: Heading): [number, number] | null {
  const first = node.children[0];
  const last = node.children.at(-1);
  return first && last ? [startOf(first), endOf(last)] : null;
}

/**
 * A conclusion block as one decision paragraph, `**Conclusion:** first\` + one line per bullet (nested
 * bullets too); without bullets, the lines of its paragraphs. Paragraphs beside the bullets (a speaker's
 * last word) and other blocks stay as they are, before or after the decision as in the source.
 */
function writeConclusion(block: RootContent[], context: Context): void {
  const hasList = block.some((node) => node.type === 'list');
  const lines: [number, number][] = [];
  const before: RootContent[] = [];
  const after: RootContent[] = [];
  for (const node of block) {
    if (node.type === 'list') lines.push(...listLines(node, context.source));
    else if (node.type === 'paragraph' && !hasList) lines.push(...paragraphLines(node, context.source));
    else (lines.length ? after : before).push(node);
  }
  for (const node of before) copyBlock(context, node);
  if (lines.length) {
    separate(context, lines[0]![0]);
    context.writer.write('**Conclusion:** ', lines[0]![0]);
    let first = true;
    for (const [start, end] of lines) {
      if (!first) context.writer.write('\\\n', start);
      if (copyLineAsText(context.writer, context.source, start, end)) first = false;
    }
  }
  for (const node of after) copyBlock(context, node);
}

function paragraphLines(paragraph: Paragraph, source: string): [number, number][] {
  const lines: [number, number][] = [];
  let start = startOf(paragraph);
  const end = endOf(paragraph);
  while (start < end) {
    let lineEnd = source.indexOf('\n', start);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    if (source.slice(start, lineEnd).trim()) lines.push([start, lineEnd]);
    start = lineEnd + 1;
  }
  return lines;
}

function listLines(list: List, source: string): [number, number][] {
  const lines: [number, number][] = [];
  const item = (node: ListItem) => {
    for (const child of node.children) {
      if (child.type === 'paragraph') lines.push(...paragraphLines(child, source));
      else if (child.type === 'list') for (const nested of child.children) item(nested);
    }
  };
  for (const node of list.children) item(node);
  return lines;
}
