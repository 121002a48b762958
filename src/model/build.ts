import type { Heading, ListItem, Nodes, Paragraph, Parents, Root, RootContent, TableCell } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Action, DateMention, Deadline, Decision, DocumentSection, Item, Section } from '../schemas/generated/minutes.js';
import { parseActionText, type DuePart } from './action-item.js';
import type { ActorMatcher } from './actors.js';
import { type DateSettings, findDates, hasCueBefore, resolveDay, resolveRangeEnd, speaksOfDeadline } from './dates.js';
import { type AgendaMatch, alignToAgenda, comparableTitle, type HeadingLabel, type HeadingNumber, readLabel, splitHeading } from './headings.js';
import { wordsFor } from './language.js';
import { escapeRegExp, FlatText, sentencesOf } from './text.js';

/** Offsets in the file: `[start, end)`. */
export type Range = [start: number, end: number];

/** An agenda heading with what the checks need: its node, the number as written and its place in order. */
export interface HeadingRecord {
  item: Item;
  node: Heading;
  level: 2 | 3;
  /**
   * Its place in the agenda, the number it should have: `7` for the seventh item (or the item the
   * front matter's `agenda` lists seventh), `2.1` for the first sub-item of the second (`0.N` before any item).
   */
  ordinal: string;
  /** The `agenda` entry it stands for; null without an agenda, or for a heading the agenda does not list. */
  agenda: AgendaMatch | null;
  number: HeadingNumber | null;
  /** The heading's own range. */
  range: Range;
  /** The number token's range; null when the heading has no number. */
  numberRange: Range | null;
  /** Where the heading's text starts (where a missing number goes). */
  textStart: number | null;
  /** The agenda label written as `{label="…"}` at the end of the heading, with its range; null without one. */
  label: { text: string; range: Range } | null;
  parent: HeadingRecord | null;
  /** The blocks (paragraphs, lists, tables…) the item holds before the next heading. */
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
  /** The heading of the item it belongs to; null in the preamble and in document sections. */
  heading: HeadingRecord | null;
  owners: OwnerRecord[];
  due: (DuePart & { range: Range }) | null;
  /** The id is written as `{#id}`, not derived from the meeting and the item (a series follows such actions). */
  explicitId: boolean;
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

/** An abbreviation defined in the text: `the Rapid Alert System (RAS)`, `RAS (Rapid Alert System)`, `Anna Novak (AN)`. */
export interface DefinitionRecord {
  term: string;
  expansion: string;
  range: Range;
}

export interface BuiltBody {
  preamble: Section;
  /** The blocks before the first agenda heading (the front matter aside). */
  preambleBlocks: RootContent[];
  items: Item[];
  sections: DocumentSection[];
  headings: HeadingRecord[];
  actions: ActionRecord[];
  decisions: DecisionRecord[];
  dates: DateRecord[];
  definitions: DefinitionRecord[];
}

export interface BuildContext {
  actors: ActorMatcher;
  meetingDate: string | null;
  /** The adopted agenda (the front matter's `agenda`), which numbering follows. */
  agenda: readonly string[] | null;
  settings: DateSettings;
  /** Titles of headings that are document sections, compared as comparableTitle gives them. */
  sections: ReadonlySet<string>;
  /** The whole file the tree was parsed from. */
  text: string;
  /** The line of an offset in `text` (the one converter of model/parse.ts). */
  lineAt(offset: number): number;
}

/** Headings that are parts of the document rather than agenda items, in the languages minutes reads. */
export const DOCUMENT_SECTIONS = [
  'present', 'presence', 'attendees', 'attendance', 'participants', 'participation', 'members present', 'apologies', 'regrets', 'absent', 'excused',
  'links', 'agenda', 'action items', 'actions', 'action points', 'summary of action items', 'decisions', 'resolutions', 'summary of decisions',
  'annex', 'annexes', 'attachments', 'next meeting', 'documents', 'references', 'minutes', 'notes', 'table of contents', 'contents',
  'présents', 'excusés', 'ordre du jour', 'relevé de décisions', 'anwesend', 'anwesende', 'tagesordnung', 'asistentes', 'asistencia', 'orden del día',
  'presenti', 'ordine del giorno', 'aanwezig', 'afwezig', 'agendapunten', 'actiepunten', 'besluitenlijst',
];

/** Splits the document at its agenda headings and reads each part. */
export function buildBody(tree: Root, context: BuildContext): BuiltBody {
  const built: BuiltBody = {
    preamble: emptySection(),
    preambleBlocks: [],
    items: [],
    sections: [],
    headings: [],
    actions: [],
    decisions: [],
    dates: [],
    definitions: [],
  };
  const parts = splitDocument(tree, context);
  const ordinals = ordinalsOf(parts, context.agenda);
  let parentItem: HeadingRecord | null = null;
  for (const [index, part] of parts.entries()) {
    if (part.kind === 'preamble') {
      built.preambleBlocks = part.blocks;
      readSection(built.preamble, null, '0', part.blocks, context, built);
    } else if (part.kind === 'section') {
      const section: DocumentSection = { title: part.title, line: part.node.position?.start.line ?? 1, ...emptySection() };
      built.sections.push(section);
      readSection(section, null, `s${built.sections.length}`, part.blocks, context, built);
    } else {
      const { ordinal, agenda } = ordinals.get(index)!;
      const parent = part.level === 3 ? parentItem : null;
      const record = headingRecord(part, ordinal, agenda, parent);
      record.blocks = part.blocks;
      built.headings.push(record);
      if (parent) parent.item.items.push(record.item);
      else built.items.push(record.item);
      if (part.level === 2) parentItem = record;
      readSection(record.item, record, ordinal, part.blocks, context, built, part.flat.text);
    }
  }
  return built;
}

type Part =
  | { kind: 'preamble'; blocks: RootContent[] }
  | { kind: 'section'; node: Heading; title: string; blocks: RootContent[] }
  | { kind: 'item'; node: Heading; level: 2 | 3; flat: FlatText; number: HeadingNumber | null; label: HeadingLabel | null; title: string; blocks: RootContent[] };

/** The document cut at its level-2 and level-3 headings: the preamble, agenda items and sub-items, document sections. */
function splitDocument(tree: Root, context: BuildContext): Part[] {
  const parts: Part[] = [{ kind: 'preamble', blocks: [] }];
  let inSection = false;
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3) && !(inSection && node.depth === 3)) {
      const flat = new FlatText(node, context.text);
      const label = readLabel(flat.text);
      const { number, title } = splitHeading(label ? flat.text.slice(0, label.blockIndex) : flat.text);
      inSection = number === null && label === null && context.sections.has(comparableTitle(title));
      parts.push(inSection ? { kind: 'section', node, title, blocks: [] } : { kind: 'item', node, level: node.depth, flat, number, label, title, blocks: [] });
    } else {
      parts.at(-1)!.blocks.push(node);
    }
  }
  return parts;
}

/**
 * The place of every heading. Without an agenda, items count in order and sub-items within their item.
 * With one, an item the agenda lists takes the agenda's place for it (so a missing item does not shift
 * the ones after it), and an item it does not list follows the one before it.
 */
function ordinalsOf(parts: Part[], agenda: readonly string[] | null): Map<number, { ordinal: string; agenda: AgendaMatch | null }> {
  const ordinals = new Map<number, { ordinal: string; agenda: AgendaMatch | null }>();
  const items = [...parts.entries()].filter((entry): entry is [number, Extract<Part, { kind: 'item' }>] => entry[1].kind === 'item' && entry[1].level === 2);
  const aligned = agenda ? alignToAgenda(items.map(([, part]) => part.title), agenda) : null;
  let top = 0;
  let orphans = 0;
  let parent: string | null = null;
  let subCount = 0;
  let itemIndex = 0;
  for (const [index, part] of parts.entries()) {
    if (part.kind !== 'item') continue;
    if (part.level === 2) {
      const match = aligned ? (aligned[itemIndex] ?? null) : null;
      top = match !== null ? match.index + 1 : top + 1;
      parent = String(top);
      subCount = 0;
      itemIndex++;
      ordinals.set(index, { ordinal: parent, agenda: match });
    } else {
      ordinals.set(index, { ordinal: parent === null ? `0.${++orphans}` : `${parent}.${++subCount}`, agenda: null });
    }
  }
  return ordinals;
}

function emptySection(): Section {
  return { mentions: [], actions: [], decisions: [], deadlines: [], dates: [] };
}

function headingRecord(part: Extract<Part, { kind: 'item' }>, ordinal: string, agenda: AgendaMatch | null, parent: HeadingRecord | null): HeadingRecord {
  const { node, level, number, label, title, flat } = part;
  const item: Item = {
    number: number?.number ?? null,
    ...(label ? { label: label.text } : {}),
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
    agenda,
    number,
    range: rangeOf(node),
    numberRange: number ? flat.range(number.index, number.token.length) : null,
    textStart: first?.type === 'text' ? (first.position?.start.offset ?? null) : null,
    label: label ? { text: label.text, range: flat.range(label.index, label.text.length) } : null,
    parent,
    blocks: [],
  };
}

const rangeOf = (node: Nodes): Range => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];

const isTask = (node: Nodes | Parents | undefined): node is ListItem => node?.type === 'listItem' && typeof node.checked === 'boolean';

function readSection(
  section: Section,
  heading: HeadingRecord | null,
  place: string,
  blocks: RootContent[],
  context: BuildContext,
  built: BuiltBody,
  title?: string,
): void {
  const mentions = new Set<string>();
  if (title !== undefined) context.actors.mentions(title, mentions);
  const counts = { actions: 0, deadlines: 0 };
  // Dates in an item's title are dates mentioned too (`Follow-up of the meeting of 15 May`).
  if (heading) readProse(heading.node, section, place, counts, context, built);
  for (const block of blocks) {
    context.actors.mentions(new FlatText(block as Nodes, context.text).text, mentions);
    visitParents(block as Nodes, (node, ancestors) => {
      const parent = ancestors.at(-1);
      // A task item quoted from an e-mail or a bot comment is not an action of this meeting.
      const quoted = ancestors.some((ancestor) => ancestor.type === 'blockquote');
      if (isTask(node) && !quoted) {
        const record = readAction(node, heading, `${place}-a${++counts.actions}`, context, built);
        section.actions.push(record.action);
        built.actions.push(record);
      } else if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
        // The first paragraph of a task-list item is the action itself, read above: its due date is not prose.
        const isActionText = !quoted && isTask(parent) && parent.children[0] === node;
        if (!isActionText) readProse(node, section, place, counts, context, built);
      }
    });
  }
  section.mentions = [...mentions].sort();
}

function readAction(node: ListItem, heading: HeadingRecord | null, derivedId: string, context: BuildContext, built: BuiltBody): ActionRecord {
  const first = node.children[0];
  const flat = first ? new FlatText(first, context.text) : null;
  const isLiteralColon = (index: number) => {
    const [start, end] = flat!.range(index, 1);
    return context.text.slice(start, end) === ':';
  };
  const parts = parseActionText(flat?.text ?? '', context.actors, context.meetingDate, context.settings, isLiteralColon);
  if (flat?.text.includes('(')) readDefinitions(flat, built);
  const owners: OwnerRecord[] = parts.owners.map((owner) => ({ written: owner.written, code: owner.code, range: flat!.range(owner.index, owner.written.length) }));
  const action: Action = {
    id: parts.explicitId ?? `${context.meetingDate ?? 'undated'}-${derivedId}`,
    owners: [...new Set(owners.map((owner) => owner.code ?? owner.written))],
    text: parts.text,
    due: parts.due?.date ?? null,
    ...(parts.due ? { dueWritten: parts.due.raw.replace(/\s+/g, ' ') } : {}),
    ...(parts.due?.approximate ? { dueApproximate: true } : {}),
    status: node.checked ? 'done' : 'open',
    line: node.position?.start.line ?? 1,
  };
  const due = parts.due && flat ? { ...parts.due, range: flat.range(parts.due.index, parts.due.raw.length) } : null;
  return { action, node, range: afterLineBreaks(rangeOf(first ?? node), context.text), heading, owners, due, explicitId: parts.explicitId !== null };
}

/**
 * A task whose text starts on the next line (`- [x] ⏎ text`) gets a paragraph that starts on that line
 * break from mdast-util-gfm-task-list-item, in the middle of a CRLF: the action starts after it.
 */
function afterLineBreaks([start, end]: Range, text: string): Range {
  let from = start;
  while (from < end && (text[from] === '\n' || text[from] === '\r')) from++;
  return [from, end];
}

const decisionCues = new Map<string, RegExp>();

/** `Decision:`, `**Agreed:**`, `Décision :`, … at the start of a paragraph, in the file's language and in English. */
function decisionCue(settings: DateSettings): RegExp {
  let cue = decisionCues.get(settings.language);
  if (!cue) {
    const words = [...wordsFor(settings.language).decision].sort((a, b) => b.length - a.length).map(escapeRegExp);
    cue = new RegExp(`^\\s*(?:${words.join('|')})\\s*:\\s*`, 'iu');
    decisionCues.set(settings.language, cue);
  }
  return cue;
}

function readProse(node: Paragraph | TableCell | Heading, section: Section, place: string, counts: { deadlines: number }, context: BuildContext, built: BuiltBody): void {
  const flat = new FlatText(node, context.text);
  const text = flat.text;
  if (node.type === 'paragraph') {
    const cue = decisionCue(context.settings).exec(text);
    if (cue) {
      const decision: Decision = { text: text.slice(cue[0].length).replace(/\s+/g, ' ').trim(), line: node.position?.start.line ?? 1 };
      section.decisions.push(decision);
      built.decisions.push({ decision, node });
    }
  }
  if (text.includes('(')) readDefinitions(flat, built);
  // Every date kept has its day in digits: prose without a digit has none, and needs no sentence splitting.
  if (!/\d/.test(text)) return;
  for (const sentence of sentencesOf(text, context.settings.order === 'dmy' && !/^en\b/i.test(context.settings.language))) {
    const dates = findDates(sentence.raw, context.settings);
    if (dates.length === 0) continue;
    const deadlineSentence = speaksOfDeadline(sentence.raw, context.settings);
    for (const found of dates) {
      const deadline = deadlineSentence || hasCueBefore(sentence.raw, found.index, context.settings);
      const date = resolveDay(found.start, context.meetingDate, deadline ? 'forward' : 'nearest', found.weekday);
      if (date === null) continue;
      const end = resolveRangeEnd(found, date);
      const range = flat.range(sentence.index + found.index, found.phrase.length);
      const line = context.lineAt(range[0]);
      const base = { date, ...(end ? { end } : {}), text: sentence.text, phrase: found.phrase.replace(/\s+/g, ' ') };
      if (deadline) {
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

const ACRONYM_TERM = '[A-Z][A-Za-z0-9]*[A-Z0-9](?:[-/][A-Za-z0-9]+)*';
const IN_PARENTHESES = new RegExp(`\\((${ACRONYM_TERM})\\)`, 'gu');
const BEFORE_PARENTHESES = new RegExp(`(?<![\\p{L}\\p{N}_])(${ACRONYM_TERM})\\s+\\(([^()]{3,120})\\)`, 'gu');
const WORDS = /[\p{L}][\p{L}'’]*/gu;
/** Small words an abbreviation skips: `Network of Election Contacts (NEC)`. */
const LINKING_WORDS = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'to', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'für', 'und', 'der', 'die', 'das', 'del', 'di', 'e', 'y', 'van', 'voor', 'en', 'het']);

/**
 * Abbreviations the text defines: `the Rapid Alert System (RAS)`, `foreign information manipulation and
 * interference (FIMI)`, `RAS (Rapid Alert System)`, `EUDI (European digital identity)`, `Anna Novak (AN)`:
 * the abbreviation's capitals spell the words next to it, each word giving the first letter or letters
 * (`EU` from European), small words in lower case skipped, one more word at the end allowed
 * (`CER (Critical Entities Resilience Directive)`, `the Critical Entities Resilience Directive (CER)`),
 * or a qualifier that starts with a small word (`High Level Group on combating hate speech (HLG)`).
 */
function readDefinitions(flat: FlatText, built: BuiltBody): void {
  const { text } = flat;
  for (const match of text.matchAll(IN_PARENTHESES)) {
    const term = match[1]!;
    const capitals = term.replace(/[^A-Z]/g, '');
    const windowStart = Math.max(0, match.index - 200);
    const before = [...text.slice(windowStart, match.index).matchAll(WORDS)];
    // The fewest words before the parenthesis that spell the abbreviation.
    for (let count = 1; count <= Math.min(before.length, capitals.length + 10); count++) {
      if (!spells(capitals, before.slice(-count).map((word) => word[0]), 1)) continue;
      const from = windowStart + before.at(-count)!.index;
      built.definitions.push({ term, expansion: text.slice(from, match.index).replace(/\s+/g, ' ').trim(), range: flat.range(match.index + 1, term.length) });
      break;
    }
  }
  for (const match of text.matchAll(BEFORE_PARENTHESES)) {
    const term = match[1]!;
    const expansion = match[2]!.replace(/\s+/g, ' ').trim();
    if (!spells(term.replace(/[^A-Z]/g, ''), [...expansion.matchAll(WORDS)].map((word) => word[0]), 1)) continue;
    built.definitions.push({ term, expansion, range: flat.range(match.index, term.length) });
  }
}

/**
 * Whether `capitals` spell `words`: each word gives one or more of its first letters in turn, a word in
 * lower case may give none (but the first and the last), and up to `extra` words may follow at the end.
 */
function spells(capitals: string, words: string[], extra: number): boolean {
  if (capitals.length < 2 || words.length === 0 || words.length > 40) return false;
  const last = words.length - 1;
  const memo = new Map<number, boolean>();
  const from = (word: number, at: number): boolean => {
    // Done: nothing left, or (after the abbreviation) one more word, or a qualifier (`HLG (High Level Group on hate speech)`).
    if (at === capitals.length) return word > last || (extra > 0 && (words.length - word <= extra || LINKING_WORDS.has(words[word]!.toLowerCase())));
    if (word > last) return false;
    const key = word * 64 + at;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const current = words[word]!;
    let result = false;
    for (let length = 1; !result && length <= current.length && at + length <= capitals.length; length++) {
      if (current.slice(0, length).toUpperCase() !== capitals.slice(at, at + length)) break;
      result = from(word + 1, at + length);
    }
    const skippable = word !== 0 && (word !== last || extra > 0) && (LINKING_WORDS.has(current.toLowerCase()) || /^\p{Ll}/u.test(current));
    if (!result && skippable) result = from(word + 1, at);
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}
