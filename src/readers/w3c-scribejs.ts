/**
 * W3C minutes as scribejs writes them in Markdown (see w3c.ts for the convention and its furniture): the
 * source is parsed with the project's Markdown parser and its blocks are copied, dropped or rewritten one
 * by one into canonical minutes, with the way back to the source kept piece by piece.
 */
import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { comparableTitle } from '../model/headings.js';
import { FlatText } from '../model/text.js';
import { locateInFrontMatter, readFrontMatter } from '../syntax/front-matter.js';
import { parseMarkdown } from '../syntax/markdown.js';
import { copiedIfTooDeep } from './too-deep.js';
import { valueOffsets } from '../syntax/value-offsets.js';
import { type FrontMatterField, registryValue, withFrontMatter } from './front-matter.js';
import { dateInPath, dateInText, titleFromPath } from './meeting-date.js';
import { capitalWordsOf, People } from './people.js';
import type { ReadNote, ReadOptions, ReadResult } from './reader.js';
import { CanonicalWriter } from './source-map.js';

type Range = [number, number];

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/** A kramdown attribute list (`{: #section1}`, `{: .proposed_resolution}`), which scribejs writes after blocks. */
const ATTRIBUTE_LIST = /\{:[^{}\n]*\}/g;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S[\s\S]*)$/;
/** The closing recap sections: their entries repeat the minutes' actions and resolutions. */
const RECAPS = new Set(['resolutions', 'action items', 'actions', 'summary of action items', 'summary of resolutions']);
const TABLES_OF_CONTENTS = new Set(['content', 'contents', 'table of contents']);
const ACTION = /^\s*Action\s*#\s*(\d+)\s*:\s*([\s\S]*?)\s*\(([^()]+)\)\s*$/i;
const ACTION_WITHOUT_OWNER = /^\s*Action\s*#\s*(\d+)\s*:\s*([\s\S]*?)\s*$/i;
const RESOLUTION = /^\s*(?:Resolution\s*#?\s*\d*|Resolved|RESOLUTION)\s*:\s*([\s\S]*?)\s*$/i;
const ROLE = /^\s*(Present|Regrets|Guests|Chairs?|Scribes?|Scribe\(s\)|Date)\s*:\s*([\s\S]*)$/i;

/** Whether the text is scribejs Markdown: its header labels, its action and resolution quotes, its attribute lists. */
export function scribejsConfidence(text: string): number {
  const head = text.slice(0, 20_000);
  let score = 0;
  if (/^\*\*Present:\*\*/m.test(head)) score += 0.3;
  if (/^\*\*(?:Chair|Scribe\(s\)|Scribe|Regrets):\*\*/m.test(head)) score += 0.2;
  if (/See also the \[Agenda\]\([^)]*\) and the \[IRC Log\]/.test(head)) score += 0.3;
  if (/^> \*\*\*(?:Resolution|Action) #\d+:/m.test(text)) score += 0.3;
  if (/^#{3,4} \d+(?:\.\d+)*\. /m.test(text)) score += 0.1;
  if (/\{: *\.(?:proposed_resolution|resolution|no_toc|draft_notice|summary|action)\}/.test(text)) score += 0.2;
  return Math.min(score, 0.95);
}

interface Context {
  source: string;
  writer: CanonicalWriter;
  people: People;
  notes: ReadNote[];
  /** The meeting date once known, for the ids of per-meeting actions (`Action #3` → `2019-05-06-action3`). */
  date: string | null;
  /** Whether a block has been written (blocks are separated by a blank line). */
  started: boolean;
  /** The action just written, whose id is written once the next block shows whether a bot filed it with a due date. */
  pendingAction: { id: string; anchor: number } | null;
}

export function readScribejs(source: string, path: string | null, options: ReadOptions): ReadResult {
  const tooDeep = copiedIfTooDeep(source);
  if (tooDeep) return tooDeep;
  const notes: ReadNote[] = [];
  const tree = parseMarkdown(source);
  const people = new People();
  const fields = new Map<string, FrontMatterField>();
  const set = (key: string, value: unknown, anchor: number) => {
    if (!fields.has(key) && value !== undefined && value !== null && value !== '') fields.set(key, { key, value, anchor });
  };
  readSourceFrontMatter(tree, source, set, notes);
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const itemDepth = Math.min(4, ...headings.filter((heading) => NUMBERED.test(new FlatText(heading, source).text.trim())).map((heading) => heading.depth));

  // The header first (title, date, people), so that action ids and owners are known when the body is written.
  const attendees: string[] = [];
  const apologies: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth >= itemDepth) break;
    if (node.type === 'heading' && node.depth === 1) set('title', new FlatText(node, source).text.trim(), startOf(node));
    if (node.type !== 'paragraph') continue;
    const role = ROLE.exec(withoutAttributes(new FlatText(node, source).text));
    if (!role) continue;
    const label = role[1]!.toLowerCase();
    const value = role[2]!.trim();
    if (label === 'date') {
      set('date', dateInText(value), startOf(node));
      continue;
    }
    const names = value.split(/\s*[,;]\s*/).map((name) => name.trim()).filter(Boolean);
    for (const name of names) people.add(name);
    if (label === 'present' || label === 'guests') attendees.push(...names);
    else if (label === 'regrets') apologies.push(...names);
    else if (label.startsWith('chair')) set('chair', names.join(', '), startOf(node));
    else set('secretary', names.join(', '), startOf(node));
  }
  if (options.title) fields.set('title', { key: 'title', value: options.title, anchor: 0 });
  if (options.date) fields.set('date', { key: 'date', value: options.date, anchor: 0 });
  set('title', titleFromPath(path), 0);
  set('date', dateInPath(path), 0);
  if (!fields.has('title')) notes.push({ message: 'no title: give one with --title', offset: 0 });
  if (!fields.has('date')) notes.push({ message: 'no meeting date in the minutes or the file name: give one with --date', offset: 0 });
  if (options.body) fields.set('body', { key: 'body', value: options.body, anchor: 0 });

  const body = new CanonicalWriter(source);
  const context: Context = { source, writer: body, people, notes, date: (fields.get('date')?.value as string | undefined) ?? null, started: false, pendingAction: null };
  writeBody(tree, itemDepth, context);

  const front: FrontMatterField[] = ['title', 'date', 'body', 'chair', 'secretary'].flatMap((key) => (fields.has(key) ? [fields.get(key)!] : []));
  const header = tree.children.find((node) => node.type === 'paragraph' && ROLE.test(new FlatText(node, source).text));
  const headerAt = header ? startOf(header) : 0;
  front.push({ key: 'attendees', value: unique(attendees), anchor: headerAt }, { key: 'apologies', value: unique(apologies), anchor: headerAt });
  front.push({ key: 'actors', value: registryValue(people.registry(capitalWordsOf(source))), anchor: headerAt });
  for (const [key, field] of fields) if (key.startsWith('x-')) front.push(field);
  return { ...withFrontMatter(source, front, body.finish()), source, notes };
}

const unique = (names: string[]) => [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];

/** The source's own front matter (Jekyll keys, a JSON-LD block): title and date as such, every other key as `x-<key>`. */
function readSourceFrontMatter(tree: Root, source: string, set: (key: string, value: unknown, anchor: number) => void, notes: ReadNote[]): void {
  const found = readFrontMatter(tree, source);
  if (found.kind === 'none') return;
  if (found.kind === 'error') {
    notes.push({ message: `${found.problem.message}: kept as x-front-matter`, offset: found.problem.start });
    const node = tree.children[0];
    if (node?.type === 'yaml') set('x-front-matter', node.value, startOf(node));
    return;
  }
  const data = found.block.data as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    const anchor = locateInFrontMatter(found.block, [key], 'key').start;
    if (key === 'title' && typeof value === 'string') set('title', value, anchor);
    else if (key === 'date') set('date', typeof value === 'string' ? dateInText(value) : null, anchor);
    else set(key.startsWith('x-') ? key : `x-${key}`, value, anchor);
  }
}

function withoutAttributes(text: string): string {
  return text.replace(ATTRIBUTE_LIST, '').trim();
}

/** The source ranges of the attribute lists inside a block, each with the line break that sets it apart. */
function attributeHoles(node: Nodes, source: string): Range[] {
  const holes: Range[] = [];
  visit(node, 'text', (text) => {
    if (!text.value.includes('{:')) return;
    const offsets = valueOffsets(text.value, source, startOf(text), endOf(text));
    for (const match of text.value.matchAll(ATTRIBUTE_LIST)) {
      let start = offsets.starts[match.index]!;
      let end = offsets.ends[match.index + match[0].length - 1]!;
      // The line the list stands on goes with it.
      const before = source.lastIndexOf('\n', start - 1);
      if (source.slice(before + 1, start).trim() === '' || /^[>\s]*$/.test(source.slice(before + 1, start))) start = Math.max(before, startOf(node));
      while (end < source.length && (source[end] === ' ' || source[end] === '\t')) end++;
      if (start === startOf(node) && source[end] === '\n') end++;
      holes.push([start, end]);
    }
  });
  return holes.sort((a, b) => a[0] - b[0]);
}

/** Copies `[start, end)` of the source but for the holes; false when nothing but white space would be left. */
function copyAround(context: Context, start: number, end: number, holes: Range[]): boolean {
  const parts: Range[] = [];
  let cursor = start;
  for (const [from, to] of holes) {
    if (from > cursor) parts.push([cursor, Math.min(from, end)]);
    cursor = Math.max(cursor, to);
  }
  if (cursor < end) parts.push([cursor, end]);
  const kept = parts.filter(([from, to]) => context.source.slice(from, to).trim() !== '');
  if (kept.length === 0) return false;
  // Trim the white space a hole leaves at the ends.
  const first = kept[0]!;
  while (first[0] < first[1] && /\s/.test(context.source[first[0]]!)) first[0]++;
  const last = kept.at(-1)!;
  while (last[1] > last[0] && /\s/.test(context.source[last[1] - 1]!)) last[1]--;
  separate(context, first[0]);
  for (const [from, to] of kept) context.writer.copy(from, to);
  return true;
}

function separate(context: Context, anchor: number): void {
  if (context.started) context.writer.write('\n\n', anchor);
  context.started = true;
}

function copyBlock(context: Context, node: Nodes): void {
  copyAround(context, startOf(node), endOf(node), attributeHoles(node, context.source));
}

/** The range of a heading's text (after its `#` marks), without trailing attribute lists. */
function headingText(node: Heading, source: string): Range | null {
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return null;
  let end = endOf(last);
  const attributes = attributeHoles(node, source);
  if (attributes.length) end = Math.min(end, attributes[0]![0]);
  while (end > startOf(first) && /\s/.test(source[end - 1]!)) end--;
  return [startOf(first), end];
}

function writeBody(tree: Root, itemDepth: number, context: Context): void {
  const { source, writer } = context;
  let tableOfContents = false;
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      closeAction(context);
      tableOfContents = false;
      const text = headingText(node, source);
      if (!text) continue;
      const title = source.slice(text[0], text[1]);
      const numbered = NUMBERED.exec(new FlatText(node, source).text.trim());
      const plain = comparableTitle(withoutAttributes(numbered ? numbered[2]! : new FlatText(node, source).text));
      if (TABLES_OF_CONTENTS.has(plain)) {
        tableOfContents = true;
        continue;
      }
      if (node.depth === 1) {
        separate(context, startOf(node));
        writer.write('# ', startOf(node)).copy(text[0], text[1]);
      } else if (RECAPS.has(plain) || node.depth < itemDepth) {
        // A recap or a part of the header: a document section, without its number.
        const titleStart = numbered ? text[0] + title.indexOf(numbered[2]!.trim().slice(0, 1), numbered[1]!.length) : text[0];
        separate(context, startOf(node));
        writer.write('## ', startOf(node)).copy(titleStart, text[1]);
      } else {
        const level = Math.min(6, node.depth - itemDepth + 2);
        separate(context, startOf(node));
        writer.write(`${'#'.repeat(level)} `, startOf(node)).copy(text[0], text[1]);
      }
      continue;
    }
    if (tableOfContents && node.type !== 'thematicBreak') continue;
    tableOfContents = false;
    if (node.type === 'blockquote' && readTrackerEcho(node, context)) continue;
    closeAction(context);
    if (node.type === 'blockquote' && readQuotedEntry(node, context)) continue;
    if (node.type === 'paragraph' && readResolution(node, node, context)) continue;
    copyBlock(context, node);
  }
  closeAction(context);
  writer.write('\n', source.length);
}

/** A bot's echo of the action just written (`> *ghurlbot:* Created URL -> action 782 … due 27 Jul 2022.`): its due date goes to the action; the echo is furniture. */
function readTrackerEcho(node: Extract<RootContent, { type: 'blockquote' }>, context: Context): boolean {
  const text = new FlatText(node, context.source).text;
  const echo = /^\s*(?:ghurlbot|trackbot|github-bot):\s*Created \S+ (?:->|-) action[\s\S]*?(?:due ([^()]+?))?\.?\s*$/i.exec(text);
  if (!echo) return false;
  const due = echo[1] ? dateInText(echo[1]) : null;
  if (context.pendingAction && due) context.writer.write(` (due ${due})`, startOf(node));
  closeAction(context);
  return true;
}

function closeAction(context: Context): void {
  if (!context.pendingAction) return;
  context.writer.write(` {#${context.pendingAction.id}}`, context.pendingAction.anchor);
  context.pendingAction = null;
}

/** `> ***Action #1: text (Name)***` and `> ***Resolution #2: text***`: an action or a decision; false for any other quote. */
function readQuotedEntry(node: Extract<RootContent, { type: 'blockquote' }>, context: Context): boolean {
  const paragraph = node.children[0];
  if (node.children.length !== 1 || paragraph?.type !== 'paragraph') return false;
  return readAction(paragraph, context) || readResolution(paragraph, node, context);
}

function readAction(paragraph: Paragraph, context: Context): boolean {
  const flat = new FlatText(paragraph, context.source);
  const text = flat.text.replace(/\s*\{:[^{}\n]*\}\s*$/, '');
  const match = ACTION.exec(text) ?? ACTION_WITHOUT_OWNER.exec(text);
  if (!match) return false;
  const { writer } = context;
  const number = match[1]!;
  const what = match[2]!.trim();
  const owners = match[3]?.trim() ?? null;
  const at = startOf(paragraph);
  const range = (part: string, from: number) => flat.range(text.indexOf(part, from), part.length);
  separate(context, at);
  writer.write('- [ ] ', at);
  if (owners) {
    const ownersRange = range(owners, text.lastIndexOf('('));
    for (const owner of owners.split(/\s*(?:,|;|&|\band\b)\s*/)) {
      if (owner && !context.people.resolve(owner)) context.notes.push({ message: `action owner "${owner}" is not in the attendee list: kept as written`, offset: ownersRange[0] });
    }
    writer.copy(ownersRange[0], ownersRange[1]).write(': ', ownersRange[1]);
  } else {
    context.notes.push({ message: `Action #${number} names no owner`, offset: at });
  }
  if (what) {
    const [start, end] = range(what, text.indexOf(':') + 1);
    copyActionText(context, start, end, owners !== null);
  }
  context.pendingAction = { id: context.date ? `${context.date}-action${number}` : `action${number}`, anchor: at };
  return true;
}

/**
 * The text of an action, copied: without an owner, its first colon is escaped, so that the words before
 * it are not read as owners (`Update the README: …`).
 */
function copyActionText(context: Context, start: number, end: number, hasOwner: boolean): void {
  const colon = hasOwner ? -1 : context.source.indexOf(':', start);
  if (colon !== -1 && colon < end) context.writer.copy(start, colon).write('\\', colon).copy(colon, end);
  else context.writer.copy(start, end);
}

/** A resolution (`Resolution #2: …`, `RESOLVED: …`) as a decision paragraph: `**Resolution:** …`. */
function readResolution(paragraph: Paragraph, block: Nodes, context: Context): boolean {
  const flat = new FlatText(paragraph, context.source);
  const text = flat.text.replace(/\s*\{:[^{}\n]*\}\s*$/, '');
  const match = RESOLUTION.exec(text);
  if (!match?.[1]) return false;
  const what = match[1];
  const [start, end] = flat.range(text.lastIndexOf(what), what.length);
  separate(context, startOf(block));
  context.writer.write('**Resolution:** ', startOf(block));
  const lines = context.source.slice(start, end).split('\n');
  let at = start;
  lines.forEach((line, index) => {
    if (index > 0) context.writer.write('\n', at);
    context.writer.copy(at + (index > 0 ? line.length - line.trimStart().length : 0), at + line.length);
    at += line.length + 1;
  });
  return true;
}
