import type { Heading, ListItem, Nodes, Paragraph, Root, RootContent, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Action, DateMention, Deadline, Decision, Item, Section } from '../schemas/generated/minutes.js';
import { parseActionText, type DuePart } from './action-item.js';
import type { ActorMatcher } from './actors.js';
import { findDates, hasCueBefore, speaksOfDeadline } from './dates.js';
import { splitHeading, type HeadingNumber } from './headings.js';
import { FlatText, sentencesOf } from './text.js';

/** Offsets in the file: `[start, end)`. */
export type Range = [start: number, end: number];

/** An agenda heading with what the checks need: its node, the number as written and its place in order. */
export interface HeadingRecord {
  item: Item;
  node: Heading;
  level: 2 | 3;
  /** Its place in the agenda: `7` for the seventh item, `2.1` for the first sub-item of the second (`0.N` before any item). */
  ordinal: string;
  number: HeadingNumber | null;
  /** The heading's own range. */
  range: Range;
  /** The number token's range; null when the heading has no number. */
  numberRange: Range | null;
  /** Where the heading's text starts (where a missing number goes). */
  textStart: number | null;
  parent: HeadingRecord | null;
  /** The blocks (paragraphs, lists, tables…) the item holds before the next agenda heading. */
  blocks: RootContent[];
}

/** An owner as written, with where it stands and the code it resolves to (null: not a known actor). */
export interface OwnerRecord {
  written: string;
  code: string | null;
  range: Range;
}

export interface ActionRecord {
  action: Action;
  node: ListItem;
  /** The range of the action's text (the task item's first paragraph, or the item itself). */
  range: Range;
  /** The heading of the item it belongs to; null in the preamble. */
  heading: HeadingRecord | null;
  owners: OwnerRecord[];
  due: (DuePart & { range: Range }) | null;
}

/** A date found in prose, with where it stands. */
export interface DateRecord {
  kind: 'deadline' | 'date';
  entry: Deadline | DateMention;
  range: Range;
  /** The weekday written with it (0 = Sunday), if any. */
  weekday: number | null;
}

/** A decision with the node it was read from. */
export interface DecisionRecord {
  decision: Decision;
  node: Paragraph;
}

export interface BuiltBody {
  preamble: Section;
  /** The blocks before the first agenda heading (the front matter aside). */
  preambleBlocks: RootContent[];
  items: Item[];
  headings: HeadingRecord[];
  actions: ActionRecord[];
  decisions: DecisionRecord[];
  dates: DateRecord[];
}

export interface BuildContext {
  actors: ActorMatcher;
  meetingDate: string | null;
  /** The whole file the tree was parsed from. */
  text: string;
  /** The line of an offset in `text` (the one converter of model/parse.ts). */
  lineAt(offset: number): number;
}

const DECISION_CUE = /^\s*(?:decision|agreed|decided)\s*:\s*/i;

const rangeOf = (node: Nodes): Range => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];

/** Splits the document at its agenda headings and reads each part. */
export function buildBody(tree: Root, context: BuildContext): BuiltBody {
  const built: BuiltBody = { preamble: emptySection(), preambleBlocks: [], items: [], headings: [], actions: [], decisions: [], dates: [] };
  let current: { section: Section; heading: HeadingRecord | null; blocks: RootContent[] } = { section: built.preamble, heading: null, blocks: [] };
  let parentItem: HeadingRecord | null = null;
  let topCount = 0;
  let orphanSubCount = 0;
  const subCounts = new Map<HeadingRecord, number>();
  const flush = () => readSection(current.section, current.heading, current.blocks, context, built);

  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      flush();
      const level = node.depth;
      let ordinal: string;
      let parent: HeadingRecord | null = null;
      if (level === 2) {
        ordinal = String(++topCount);
      } else if (parentItem) {
        parent = parentItem;
        const count = (subCounts.get(parentItem) ?? 0) + 1;
        subCounts.set(parentItem, count);
        ordinal = `${parentItem.ordinal}.${count}`;
      } else {
        ordinal = `0.${++orphanSubCount}`;
      }
      const record = headingRecord(node, level, ordinal, parent, context);
      built.headings.push(record);
      if (parent) parent.item.items.push(record.item);
      else built.items.push(record.item);
      if (level === 2) parentItem = record;
      current = { section: record.item, heading: record, blocks: [] };
    } else if (node.type !== 'yaml') {
      current.blocks.push(node);
    }
  }
  flush();
  return built;
}

function emptySection(): Section {
  return { mentions: [], actions: [], decisions: [], deadlines: [], dates: [] };
}

function headingRecord(node: Heading, level: 2 | 3, ordinal: string, parent: HeadingRecord | null, context: BuildContext): HeadingRecord {
  const flat = new FlatText(node, context.text);
  const { number, title } = splitHeading(flat.text);
  const item: Item = {
    number: number?.number ?? null,
    place: ordinal,
    title,
    level,
    line: node.position?.start.line ?? 1,
    mentions: [],
    actions: [],
    decisions: [],
    deadlines: [],
    dates: [],
    items: [],
  };
  const first = node.children[0];
  return {
    item,
    node,
    level,
    ordinal,
    number,
    range: rangeOf(node),
    numberRange: number ? flat.range(number.index, number.token.length) : null,
    textStart: first?.type === 'text' ? (first.position?.start.offset ?? null) : null,
    parent,
    blocks: [],
  };
}

function readSection(section: Section, heading: HeadingRecord | null, blocks: RootContent[], context: BuildContext, built: BuiltBody): void {
  if (heading) heading.blocks = blocks;
  else built.preambleBlocks = blocks;
  const mentions = new Set<string>();
  if (heading) context.actors.mentions(new FlatText(heading.node, context.text).text, mentions);
  const place = heading ? heading.ordinal : '0';
  const counts = { actions: 0, deadlines: 0 };
  for (const block of blocks) {
    context.actors.mentions(new FlatText(block as Nodes, context.text).text, mentions);
    visit(block as Nodes, (node, index, parent) => {
      if (node.type === 'listItem' && typeof node.checked === 'boolean') {
        const record = readAction(node, heading, `${place}-a${++counts.actions}`, context);
        section.actions.push(record.action);
        built.actions.push(record);
      } else if (node.type === 'paragraph' || node.type === 'tableCell') {
        // The first paragraph of a task-list item is the action itself, read above: its due date is not prose.
        const isActionText = index === 0 && parent?.type === 'listItem' && typeof parent.checked === 'boolean';
        if (!isActionText) readProse(node, section, place, counts, context, built);
      }
    });
  }
  section.mentions = [...mentions].sort();
}

function readAction(node: ListItem, heading: HeadingRecord | null, derivedId: string, context: BuildContext): ActionRecord {
  const first = node.children[0];
  const flat = first ? new FlatText(first, context.text) : null;
  const isLiteralColon = (index: number) => {
    const [start, end] = flat!.range(index, 1);
    return context.text.slice(start, end) === ':';
  };
  const parts = parseActionText(flat?.text ?? '', context.actors, context.meetingDate, isLiteralColon);
  const owners: OwnerRecord[] = parts.owners.map((owner) => ({ written: owner.written, code: owner.code, range: flat!.range(owner.index, owner.written.length) }));
  const action: Action = {
    id: parts.explicitId ?? `${context.meetingDate ?? 'undated'}-${derivedId}`,
    owners: [...new Set(owners.map((owner) => owner.code ?? owner.written))],
    text: parts.text,
    due: parts.due?.date ?? null,
    status: node.checked ? 'done' : 'open',
    line: node.position?.start.line ?? 1,
  };
  const due = parts.due && flat ? { ...parts.due, range: flat.range(parts.due.index, parts.due.raw.length) } : null;
  return { action, node, range: rangeOf(first ?? node), heading, owners, due };
}

function readProse(
  node: Paragraph | TableCell,
  section: Section,
  place: string,
  counts: { deadlines: number },
  context: BuildContext,
  built: BuiltBody,
): void {
  const flat = new FlatText(node, context.text);
  const text = flat.text;
  if (node.type === 'paragraph') {
    const cue = DECISION_CUE.exec(text);
    if (cue) {
      const decision: Decision = { text: text.slice(cue[0].length).replace(/\s+/g, ' ').trim(), line: node.position?.start.line ?? 1 };
      section.decisions.push(decision);
      built.decisions.push({ decision, node });
    }
  }
  // Every date kept has its day in digits: prose without a digit has none, and needs no sentence splitting.
  if (!/\d/.test(text)) return;
  for (const sentence of sentencesOf(text)) {
    const dates = findDates(sentence.raw, context.meetingDate);
    if (dates.length === 0) continue;
    const deadlineSentence = speaksOfDeadline(sentence.raw);
    for (const found of dates) {
      const range = flat.range(sentence.index + found.index, found.phrase.length);
      const line = context.lineAt(range[0]);
      const base = { date: found.date, text: sentence.text, phrase: found.phrase.replace(/\s+/g, ' ') };
      if (deadlineSentence || hasCueBefore(sentence.raw, found.index)) {
        const id = `${context.meetingDate ?? 'undated'}-${place}-d${++counts.deadlines}`;
        const entry: Deadline = { id, ...base, actors: [...context.actors.mentions(sentence.text)].sort(), line };
        section.deadlines.push(entry);
        built.dates.push({ kind: 'deadline', entry, range, weekday: found.weekday });
      } else {
        const entry: DateMention = { ...base, line };
        section.dates.push(entry);
        built.dates.push({ kind: 'date', entry, range, weekday: found.weekday });
      }
    }
  }
}
