import type { Heading, ListItem, Nodes, Paragraph, Root, RootContent, TableCell } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { ActorMatcher } from '../actors.js';
import { findDates, hasCueBefore, speaksOfDeadline } from '../dates.js';
import type { Action, DateMention, Deadline, Decision, Item, Section } from '../generated/minutes.js';
import { FlatText, sentencesOf } from '../text.js';
import { parseActionText, type DuePart } from './action-item.js';
import { splitHeading, type HeadingNumber } from './headings.js';

/** An agenda heading with what the checks need: its node, the number as written and its place in order. */
export interface HeadingRecord {
  item: Item;
  node: Heading;
  level: 2 | 3;
  /** Its place in the agenda: `7` for the seventh item, `2.1` for the first sub-item of the second. */
  ordinal: string;
  number: HeadingNumber | null;
  /** Source point of the number token (or of the heading text when there is none). */
  numberStart: Point;
  numberEnd: Point;
  parent: HeadingRecord | null;
  /** The blocks (paragraphs, lists, tables…) the item holds before the next agenda heading. */
  blocks: RootContent[];
}

export interface ActionRecord {
  action: Action;
  node: ListItem;
  /** The heading of the item it belongs to; null in the preamble. */
  heading: HeadingRecord | null;
  unknownOwners: string[];
  explicitId: boolean;
  due: (DuePart & { start: Point; end: Point }) | null;
}

/** A date found in prose, with where it stands. */
export interface DateRecord {
  kind: 'deadline' | 'date';
  entry: Deadline | DateMention;
  start: Point;
  end: Point;
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
  sourceLines: readonly string[];
}

const DECISION_CUE = /^\s*(?:decision|agreed|decided)\s*:\s*/i;

/** Splits the document at its agenda headings and reads each part. */
export function buildBody(tree: Root, context: BuildContext): BuiltBody {
  const built: BuiltBody = { preamble: emptySection(), preambleBlocks: [], items: [], headings: [], actions: [], decisions: [], dates: [] };
  let current: { section: Section; heading: HeadingRecord | null; blocks: RootContent[]; titleNode: Heading | null } = {
    section: built.preamble,
    heading: null,
    blocks: [],
    titleNode: null,
  };
  let parentItem: HeadingRecord | null = null;
  let topCount = 0;
  let orphanSubCount = 0;
  const subCounts = new Map<HeadingRecord, number>();
  const flush = () => readSection(current.section, current.heading, current.titleNode, current.blocks, context, built);

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
      current = { section: record.item, heading: record, blocks: [], titleNode: node };
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

function headingRecord(
  node: Heading,
  level: 2 | 3,
  ordinal: string,
  parent: HeadingRecord | null,
  context: BuildContext,
): HeadingRecord {
  const flat = new FlatText(node, context.sourceLines);
  const { number, title } = splitHeading(flat.text);
  const line = node.position?.start.line ?? 1;
  const item: Item = {
    number: number?.number ?? null,
    title,
    level,
    line,
    mentions: [],
    actions: [],
    decisions: [],
    deadlines: [],
    dates: [],
    items: [],
  };
  const numberStart = number ? flat.pointAt(number.index) : node.position?.start ?? { line, column: 1 };
  const numberEnd = number
    ? { line: numberStart.line, column: numberStart.column + number.token.length }
    : node.position?.end ?? numberStart;
  return { item, node, level, ordinal, number, numberStart, numberEnd, parent, blocks: [] };
}

function readSection(
  section: Section,
  heading: HeadingRecord | null,
  titleNode: Heading | null,
  blocks: RootContent[],
  context: BuildContext,
  built: BuiltBody,
): void {
  if (heading) heading.blocks = blocks;
  else built.preambleBlocks = blocks;
  const mentions = new Set<string>();
  if (titleNode) context.actors.mentions(new FlatText(titleNode, context.sourceLines).text, mentions);
  let actionCount = 0;
  for (const block of blocks) {
    context.actors.mentions(new FlatText(block as Nodes, context.sourceLines).text, mentions);
    visit(block as Nodes, (node, index, parent) => {
      if (node.type === 'listItem' && typeof node.checked === 'boolean') {
        const record = readAction(node, heading, ++actionCount, context);
        section.actions.push(record.action);
        built.actions.push(record);
      } else if (node.type === 'paragraph' || node.type === 'tableCell') {
        // The first paragraph of a task-list item is the action itself, read above: its due date is not prose.
        const isActionText = index === 0 && parent?.type === 'listItem' && typeof parent.checked === 'boolean';
        if (!isActionText) readProse(node, section, context, built);
      }
    });
  }
  section.mentions = [...mentions].sort();
}

function readAction(node: ListItem, heading: HeadingRecord | null, index: number, context: BuildContext): ActionRecord {
  const first = node.children[0];
  const flat = first ? new FlatText(first, context.sourceLines) : null;
  const parts = parseActionText(flat?.text ?? '', context.actors, context.meetingDate);
  const place = heading ? heading.ordinal : '0';
  const action: Action = {
    id: parts.explicitId ?? `${context.meetingDate ?? 'undated'}-${place}-a${index}`,
    owners: parts.owners,
    text: parts.text,
    due: parts.due?.date ?? null,
    status: node.checked ? 'done' : 'open',
    line: node.position?.start.line ?? 1,
  };
  const due =
    parts.due && flat
      ? {
          ...parts.due,
          start: flat.pointAt(parts.due.index),
          end: advance(flat.pointAt(parts.due.index), parts.due.raw.length),
        }
      : null;
  return { action, node, heading, unknownOwners: parts.unknownOwners, explicitId: parts.explicitId !== null, due };
}

function readProse(node: Paragraph | TableCell, section: Section, context: BuildContext, built: BuiltBody): void {
  const flat = new FlatText(node, context.sourceLines);
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
      const start = flat.pointAt(sentence.index + found.index);
      const end = flat.pointAt(sentence.index + found.index + found.phrase.length - 1);
      const base = { date: found.date, text: sentence.text, phrase: found.phrase.replace(/\s+/g, ' ') };
      if (deadlineSentence || hasCueBefore(sentence.raw, found.index)) {
        const entry: Deadline = { ...base, actors: [...context.actors.mentions(sentence.text)].sort(), line: start.line };
        section.deadlines.push(entry);
        built.dates.push({ kind: 'deadline', entry, start, end: advance(end, 1), weekday: found.weekday });
      } else {
        const entry: DateMention = { ...base, line: start.line };
        section.dates.push(entry);
        built.dates.push({ kind: 'date', entry, start, end: advance(end, 1), weekday: found.weekday });
      }
    }
  }
}

function advance(point: Point, columns: number): Point {
  return { line: point.line, column: point.column + columns };
}
