import { type ActorMatcher, isActorCodeLike, isCapitalizedName } from '../../model/actors.js';
import type { Block, ListEntry } from './blocks.js';
import { actionLabel } from './classify.js';
import { type Inline, inlineText, sliceInline, trimInline, written } from './inline.js';

/** Headings over lists of actions: `Action points`, `Follow-up actions`, `Summary of actions`. */
const ACTION_SECTION = /^(?:\d+[.)]?\s*)?(?:summary of |list of |follow-up )?(?:action(?:s| points?| items?| list)?|follow-ups?|to-?dos?)\s*:?$/i;
const PEOPLE_SECTION = /^(?:\d+[.)]?\s*)?(?:participants|attendees|attendance|present|members present|list of participants|participation)\s*:?$/i;

const OWNER_HEADER = /^(?:owners?|who|responsible|responsibility|lead|by whom|actors?|action by|assigned to)$/i;
const ACTION_HEADER = /^(?:actions?|action points?|action items?|what|tasks?|description|follow-?up)$/i;
const DUE_HEADER = /^(?:due|due date|deadline|when|by when|date|timing|timeline|target date)$/i;
const STATUS_HEADER = /^(?:status|state|done)$/i;
const NAME_HEADER = /^(?:names?|participants?|attendees?|members?|delegates?|representatives?)$/i;
/** The column of a table of actions a header cell names, if any. */
export function actionColumn(text: string): 'owner' | 'action' | 'due' | 'status' | null {
  const cell = text.replace(/[*:]/g, '').trim();
  return OWNER_HEADER.test(cell) ? 'owner' : ACTION_HEADER.test(cell) ? 'action' : DUE_HEADER.test(cell) ? 'due' : STATUS_HEADER.test(cell) ? 'status' : null;
}

const DONE = /^(?:done|closed|completed?|finished|yes|x|✓|✔)\b/i;

/**
 * The conventions of the minutes format applied to what a document says in its own way: action labels
 * (`Action: COM to circulate the list`), lists under an "Action points" heading and tables of actions
 * (Owner | Action | Due | Status) become task items; the people in a table or list of participants are
 * the attendees. Returns the attendees found.
 */
export function applyConventions(blocks: Block[], source: string, actors: ActorMatcher): string[] {
  const attendees: string[] = [];
  let section: 'actions' | 'people' | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'heading' || block.kind === 'title') {
      const title = inlineText(block.kind === 'heading' ? block.title : block.content, source).trim();
      section = ACTION_SECTION.test(title) ? 'actions' : PEOPLE_SECTION.test(title) ? 'people' : null;
      continue;
    }
    if (block.kind === 'paragraph') {
      const text = inlineText(block.content, source);
      const label = actionLabel(text);
      if (label !== null) blocks[index] = { kind: 'list', entries: [taskEntry(sliceInline(block.content, label), source, actors, 'open')] };
    } else if (block.kind === 'list') {
      block.entries = block.entries.map((entry) => {
        if (entry.task) return { ...entry, content: withOwners(entry.content, source, actors) };
        const text = inlineText(entry.content, source);
        const label = actionLabel(text);
        if (label !== null) return taskEntry(sliceInline(entry.content, label), source, actors, 'open', entry.depth);
        if (section === 'actions' || (ownersOf(text, actors, false) !== null && /\((?:due|by|deadline)\b[^()]*\)\s*$/i.test(text))) {
          return taskEntry(entry.content, source, actors, 'open', entry.depth);
        }
        return entry;
      });
      if (section === 'people') attendees.push(...block.entries.filter((entry) => entry.depth === 0).map((entry) => oneLine(inlineText(entry.content, source))));
    } else if (block.kind === 'table') {
      const tasks = actionTable(block.rows, source, actors);
      if (tasks) {
        blocks[index] = { kind: 'list', entries: tasks };
        continue;
      }
      const names = peopleTable(block.rows, source, section === 'people');
      if (names) attendees.push(...names);
    }
  }
  return [...new Set(attendees.filter((name) => name.length > 0 && name.length < 120))];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The owners an action's text starts with (`COM, EEAS:` or `COM to …`), and where the rest starts. */
function ownersOf(text: string, actors: ActorMatcher, allowTo: boolean): { end: number; rest: number; viaTo: boolean } | null {
  const colon = /^([^:\n]{1,80}?)\s*:\s*/.exec(text);
  const to = allowTo ? /^([^:\n]{1,80}?)\s+(?:to|will|shall)\s+(?=\p{Ll})/u.exec(text) : null;
  for (const [match, viaTo] of [
    [colon, false],
    [to, true],
  ] as const) {
    if (!match) continue;
    const tokens = match[1]!.split(/\s*(?:,|;|&|\/|\band\b)\s*/).filter(Boolean);
    const known = tokens.every((token) => actors.resolve(token) !== null || (!viaTo && (isActorCodeLike(token) || isCapitalizedName(token))));
    if (tokens.length > 0 && known && tokens.some((token) => actors.resolve(token) !== null || /^[A-Z]/.test(token))) {
      return { end: match[1]!.length, rest: match[0].length, viaTo };
    }
  }
  return null;
}

/** A task entry from an action's words: `COM to circulate the list` is written `COM: circulate the list`. */
function taskEntry(content: Inline, source: string, actors: ActorMatcher, task: 'open' | 'done', depth = 0): ListEntry {
  return { depth, task, content: withOwners(trimInline(content, source), source, actors) };
}

/** The action's words with its owners before a colon, when they are written `COM to …`. */
function withOwners(content: Inline, source: string, actors: ActorMatcher): Inline {
  const text = inlineText(content, source);
  const owners = ownersOf(text, actors, true);
  if (!owners?.viaTo) return content;
  const rest = sliceInline(content, owners.rest);
  return [...sliceInline(content, 0, owners.end), written(': ', 0), ...rest];
}

function headerIndex(header: string[], pattern: RegExp): number {
  return header.findIndex((cell) => pattern.test(cell.replace(/[*:]/g, '').trim()));
}

/** A table of actions (Owner | Action | Due | Status, in any order) as task entries; null for another table. */
function actionTable(rows: Inline[][], source: string, actors: ActorMatcher): ListEntry[] | null {
  const header = rows[0]?.map((cell) => oneLine(inlineText(cell, source)));
  if (!header || rows.length < 2) return null;
  const what = headerIndex(header, ACTION_HEADER);
  const who = headerIndex(header, OWNER_HEADER);
  const when = headerIndex(header, DUE_HEADER);
  const status = headerIndex(header, STATUS_HEADER);
  if (what === -1 || (who === -1 && when === -1)) return null;
  const entries: ListEntry[] = [];
  for (const row of rows.slice(1)) {
    const cell = (column: number) => (column === -1 ? [] : trimInline(row[column] ?? [], source));
    const action = cell(what);
    if (inlineText(action, source).trim() === '') continue;
    const owners = cell(who);
    const due = cell(when);
    const done = status !== -1 && DONE.test(inlineText(cell(status), source).trim());
    const content: Inline = [];
    if (owners.length > 0) content.push(...owners, written(': ', 0));
    content.push(...action);
    if (due.length > 0 && /\d/.test(inlineText(due, source))) content.push(written(' (due ', 0), ...due, written(')', 0));
    entries.push({ depth: 0, task: done ? 'done' : 'open', content: withOwners(content, source, actors) });
  }
  return entries.length > 0 ? entries : null;
}

/** The names in a table of participants: its Name column, or its first column under a participants heading. */
function peopleTable(rows: Inline[][], source: string, underPeople: boolean): string[] | null {
  const header = rows[0]?.map((cell) => oneLine(inlineText(cell, source)));
  if (!header) return null;
  const named = headerIndex(header, NAME_HEADER);
  const column = named !== -1 ? named : underPeople ? 0 : -1;
  if (column === -1) return null;
  const body = named !== -1 || NAME_HEADER.test(header[0] ?? '') ? rows.slice(1) : rows;
  return body.map((row) => oneLine(inlineText(row[column] ?? [], source))).filter(Boolean);
}
