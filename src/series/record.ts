import type { Switch } from '../lint/directives.js';
import { readDirectives } from '../lint/directives.js';
import type { Range } from '../model/build.js';
import type { ParsedMinutes } from '../model/parse.js';
import type { Item, Section } from '../schemas/generated/minutes.js';
import { locateInFrontMatter } from '../syntax/front-matter.js';

/** A place in a file: its offsets, and its lines and columns (1-based, end exclusive). */
export interface Place {
  range: Range;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The source text the range covers; null for an empty range. */
  text: string | null;
}

/** An action as one meeting writes it. */
export interface ActionOccurrence {
  id: string;
  /** Written as `{#id}` (not derived from the meeting and the item). */
  explicit: boolean;
  owners: string[];
  text: string;
  due: string | null;
  status: 'open' | 'done';
  place: Place;
  /** The due date's place, when the action has one (where due-before-meeting reports). */
  duePlace: Place | null;
  item: { number: string | null; title: string; place: string } | null;
}

export interface DeadlineOccurrence {
  id: string;
  date: string;
  owners: string[];
  text: string;
  line: number;
  item: { number: string | null; title: string; place: string } | null;
}

export interface DecisionOccurrence {
  text: string;
  line: number;
  item: { number: string | null; title: string; place: string } | null;
}

/**
 * What a meeting series needs of one minutes file: its metadata, its actions, deadlines and decisions,
 * and the places findings point at. Plain data, small: no syntax tree is kept once a file is read, so
 * that a series of thousands of meetings holds only its entries.
 */
export interface MeetingRecord {
  file: string | null;
  title: string | null;
  date: string | null;
  meeting: string | number | null;
  body: string | null;
  status: 'draft' | 'approved' | null;
  location: string | null;
  chair: string | null;
  attendees: string[];
  apologies: string[];
  actions: ActionOccurrence[];
  deadlines: DeadlineOccurrence[];
  decisions: DecisionOccurrence[];
  /** Where findings about the meeting point: its front-matter keys, its follow-up item, its body. */
  places: {
    start: Place;
    date: Place | null;
    meeting: Place | null;
    status: Place | null;
    body: Place | null;
    followUp: Place | null;
    content: Place;
  };
  /** The file's directives, so that series findings can be switched off like any other. */
  switches: Switch[];
}

/** An item that reviews the previous meeting's actions: where a dropped action is reported. */
const FOLLOW_UP = /\b(?:follow[- ]?ups?|matters arising|(?:review|state|status) of (?:the )?actions|actions? (?:from|of) (?:the )?(?:previous|last)|open actions|action points)\b/i;

export function meetingRecord(parsed: ParsedMinutes): MeetingRecord {
  const { model, locate } = parsed;
  const place = (range: Range): Place => {
    const start = locate.toPoint(range[0]) ?? { line: 1, column: 1 };
    const end = locate.toPoint(range[1]) ?? start;
    return { range, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: range[1] > range[0] ? parsed.text.slice(range[0], range[1]) : null };
  };
  const key = (name: string) => {
    if (!parsed.frontMatter || !Object.hasOwn(parsed.data, name)) return null;
    const { start, end } = locateInFrontMatter(parsed.frontMatter, [name], 'key');
    return place([start, end]);
  };
  const itemOf = (item: Item | null) => (item ? { number: item.number, title: item.title, place: item.place } : null);
  const byAction = new Map(parsed.actions.map((record) => [record.action, record]));
  const actions: ActionOccurrence[] = [];
  const deadlines: DeadlineOccurrence[] = [];
  const decisions: DecisionOccurrence[] = [];
  const read = (section: Section, item: Item | null) => {
    for (const action of section.actions) {
      const record = byAction.get(action)!;
      actions.push({
        id: action.id,
        explicit: record.explicitId,
        owners: action.owners,
        text: action.text,
        due: action.due,
        status: action.status,
        place: place(record.range),
        duePlace: record.due ? place(record.due.range) : null,
        item: itemOf(item),
      });
    }
    for (const deadline of section.deadlines) deadlines.push({ id: deadline.id, date: deadline.date, owners: deadline.actors, text: deadline.text, line: deadline.line, item: itemOf(item) });
    for (const decision of section.decisions) decisions.push({ text: decision.text, line: decision.line, item: itemOf(item) });
  };
  read(model.preamble, null);
  for (const section of model.sections) read(section, null);
  for (const item of model.items) {
    read(item, item);
    for (const sub of item.items) read(sub, sub);
  }
  const followUp = parsed.headings.find((heading) => FOLLOW_UP.test(heading.item.title));
  const firstBlock = parsed.tree.children.find((node) => node.type !== 'yaml');
  const contentStart = firstBlock?.position?.start.offset ?? parsed.text.length;
  const meta = model.meta;
  return {
    file: parsed.path,
    title: meta.title,
    date: meta.date,
    meeting: meta.meeting ?? null,
    body: meta.body ?? null,
    status: meta.status ?? null,
    location: meta.location ?? null,
    chair: meta.chair ?? null,
    attendees: meta.attendees ?? [],
    apologies: meta.apologies ?? [],
    actions,
    deadlines,
    decisions,
    places: {
      start: place([0, 0]),
      date: key('date'),
      meeting: key('meeting'),
      status: key('status'),
      body: key('body'),
      followUp: followUp ? place(followUp.range) : null,
      content: place([contentStart, contentStart]),
    },
    switches: readDirectives(parsed.tree, parsed.text, parsed.locate),
  };
}
