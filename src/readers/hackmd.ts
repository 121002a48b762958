/**
 * Team notes written in HackMD (and committed as Markdown: the Rust teams and many others). They are
 * Markdown already: the reader numbers the topic headings, turns the team's action conventions into
 * task items with owners (`Action item: Niko to …`, `AI: …`, `Action Item (Josh): …`, the bullets of an
 * `## Action items` list, `- [ ] @jdno will …`; `(done)` and strikethrough mark them done), marks
 * "Consensus …" and "Sense of the meeting …" as decisions, and reads the attendance into attendees and
 * actors. Everything else is copied as written. Parsed with the project's Markdown parser.
 */
import type { Heading, ListItem, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { parse as parseYaml } from 'yaml';
import { isActorCodeLike, isCapitalizedName } from '../model/actors.js';
import { DOCUMENT_SECTIONS } from '../model/build.js';
import { isValidIsoDate } from '../model/dates.js';
import { comparableTitle, splitHeading } from '../model/headings.js';
import { FlatText } from '../model/text.js';
import { parseMarkdown } from '../syntax/markdown.js';
import { copiedIfTooDeep } from './too-deep.js';
import { type FrontMatterField, registryValue, withFrontMatter } from './front-matter.js';
import { dateInPath, dateInText, titleFromPath } from './meeting-date.js';
import { People, type Person } from './people.js';
import type { Reader, ReaderInput, ReadNote, ReadOptions, ReadResult } from './reader.js';
import { CanonicalWriter, type SourceMap } from './source-map.js';

const FURNITURE = [
  "the source's YAML front matter (its `title`, `tags` and `lang` are read into the minutes' front matter, other keys kept as `x-…`)",
  'the HackMD tag line ``###### tags: `a` `b` `` (read into `tags`)',
  'the action labels `Action item:`, `Action items:`, `AI:`, `ACTION:`, `Action Item (Niko):` (the item becomes a task with its owner), and the `@` of an owner written `@handle`',
  'the `##` of headings that are not agenda items and that the native format does not know as document sections (`Meeting roles`, `Scheduled meetings`, `Action item`): they are written `####`; a container (`## Minutes`, `## Notes from meeting`) is written `####` and its `###` topics become agenda items',
];

/** Headings that hold the meeting's topics as `###` headings rather than being a topic. */
const CONTAINERS = new Set(['minutes', 'meeting minutes', 'notes', 'meeting notes', 'notes from meeting', 'notes from the meeting', 'discussion', 'discussion notes', 'discussion topics', 'topics discussed']);
/** Headings that are furniture but that the native format does not know as document sections. */
const FURNITURE_HEADINGS = new Set(['meeting roles', 'roles', 'scheduled meetings', 'upcoming meetings', 'upcoming design meetings', 'action item', 'action item list', 'open action items', 'meeting info', 'meeting information', 'logistics', 'recording', 'tags']);
const NATIVE_SECTIONS = new Set(DOCUMENT_SECTIONS);
const ATTENDANCE_HEADINGS = new Set(['attendance', 'attendees', 'present', 'participants', 'participation', 'members present']);
const ACTION_LISTS = new Set(['action items', 'action item', 'actions', 'action points', 'action item list', 'open action items', 'new action items']);
/** `Attendees: …` anywhere; in an attendance section any `Label: names` (`Team members: …`, `Others: …`). */
const ATTENDANCE_LABEL = /^(?:attendees|attendance|present|participants)\s*[:：]\s*/i;
const GROUP_LABEL = /^[\p{L} -]{1,30}[:：]\s*/u;
const CHAIR_LABEL = /^(?:chair|chairs|facilitator|moderator)\s*[:：]\s*/i;
const SECRETARY_LABEL = /^(?:note[- ]?taker|minute[- ]taker|scribe|secretary)\s*[:：]\s*/i;
/** `Action item: …`, `Action Items (individual): …`, `AI Felix: …`, `ACTION: …`. */
const ACTION_LABEL = /^(?:[Aa]ction[- ][Ii]tems?|ACTION[- ]ITEMS?|[Aa]ction|ACTION|AI)(?:\s*\(([^()]*)\)|\s+(@?[\p{Lu}@][\p{L}\p{N}_.-]*))?\s*:\s*/u;
const DECISIONS = [
  /^(?:(?:emerging|general|rough|team|overall|clear)\s+)?consensus\s*(?:[:,–-]|\s+(?:from|that|among|in the|on|reached|was|is that|to)\b)/i,
  /^sense of the (?:meeting|room|team|group)\b/i,
  /^(?:we|the team|the group|the meeting|the lang team|the libs team)\s+(?:decided|agreed|resolved)\b/i,
  /^(?:decided|agreed)\s+(?:to|that|on|upon)\b/i,
];
/** The decision words of the native format: a paragraph that starts with one is a decision already. */
const NATIVE_DECISION = /^\s*(?:decisions?|agreed|decided|conclusions?|resolved|resolution|consensus|outcome)\s*:/i;
/** A heading's label in another scheme: `15.i.a`, `4.1`, `A.`, `IV.`, `a)`. */
const HEADING_LABEL = /^\s*(?:(\d+(?:\.(?:\d+|[ivx]+|[a-z]))+)\.?|([A-Z]|[IVXL]{1,5}|[a-z])[.)])\s+(?=\S)/;
/** Words that start an ownerless action (`Reply to all issues`) rather than name its owner. */
const NOT_OWNERS = new Set(
  (
    'a all an anyone everybody everyone nobody none someone somebody team tbd the we they it this that next ' +
    'add ask check close comment contact continue create discuss document draft email file find fix follow get go help link look make merge ' +
    'move open ping post prepare propose reach read remove reply respond review schedule send set start switch talk try update write lower raise'
  ).split(' '),
);

export const hackmdReader: Reader = {
  name: 'hackmd',
  description: 'HackMD team notes in Markdown (Rust teams and others): `## Topic` headings, `Action item:`/`AI:` bullets, an `## Action items` list',
  furniture: FURNITURE,
  labels: 'topics `## Title` become agenda items `## N.`, their `### Title` sub-items `### N.M`; a heading numbered in another scheme (`## A.`, `## IV.`) keeps that label in `{label="…"}`',
  detect({ text }) {
    if (text === null) return 0;
    const head = text.slice(0, 20_000);
    if (!/^#{1,3} \S/m.test(head)) return 0;
    // Markdown notes with headings: this reader reads them, unless another convention's marks are there.
    let score = 0.4;
    if (/^#{6} tags:/m.test(head) || /hackmd\.io|\{%hackmd /.test(head) || /^---\r?\n(?:[\s\S]*?\n)?(?:tags|robots|breaks|GA|slideOptions):/.test(head)) score += 0.3;
    if (/^\s*[-*] (?:\*\*)?(?:Action items?|AI|ACTION)(?: \([^)]*\))?(?:\*\*)?:/im.test(head)) score += 0.2;
    if (/^#{2,3} (?:Action items?|Attendance|Attendees|Present|Meeting roles|Notes from meeting)\s*:?\s*$/im.test(head) || /^(?:\*\*Attendees\*\*:|[-*] Team members:)/m.test(head)) score += 0.15;
    if (/^\s*[-*] \[[ xX]\] @[\w-]+/m.test(head)) score += 0.1;
    // The native format, scribejs (W3C) and TC39 notes are recognised by their own marks.
    if (/^##\s+\d+\.\s/m.test(head) && /^---\r?\n[\s\S]*?\bdate:\s*\d{4}-\d{2}-\d{2}/.test(head)) score -= 0.35;
    if (/^>\s*\*\*\*(?:Action|Resolution) #\d/m.test(head) || /^\*\*(?:Present|Regrets|Scribe\(s\)):\*\*/m.test(head) || /\{: *\./.test(head)) score -= 0.35;
    if (/\bConclusion\/Resolution\b|^\|\s*Name\s*\|\s*Abbreviation\s*\|/m.test(head)) score -= 0.35;
    return Math.max(0, Math.min(0.85, score));
  },
  read(input, options = {}) {
    const source = input.text ?? '';
    return copiedIfTooDeep(source) ?? new HackmdReading(input, options).read();
  },
};

/** A change to the source: `[start, end)` replaced by pieces written or copied from elsewhere in the source. */
interface Edit {
  start: number;
  end: number;
  pieces: ({ text: string } | { from: number; to: number })[];
  order: number;
}

/** A name in an attendance line, with the handles written beside it. */
interface Attendee {
  name: string;
  handles: string[];
}

type Mode = 'before' | 'item' | 'section' | 'demoted' | 'container';

class HackmdReading {
  private readonly source: string;
  private readonly tree: Root;
  private readonly edits: Edit[] = [];
  private readonly notes: ReadNote[] = [];
  /** The attendees, and the owners that the native syntax reads only as known actors (`scottmcm`, `@jdno`). */
  private readonly people = new People();
  private readonly attendees: string[] = [];
  private readonly tags: string[] = [];
  private readonly extra: Record<string, unknown> = {};
  /** Each front matter value with the source offset it was read from. */
  private title: { value: string; at: number } | null = null;
  private date: { value: string; at: number } | null = null;
  private chair: { value: string; at: number } | null = null;
  private secretary: { value: string; at: number } | null = null;
  private language: string | null = null;
  private attendanceAt = 0;
  private tagsAt = 0;
  /** Top-level lists whose items are the meeting's actions (under `## Action items`). */
  private readonly actionLists = new Set<Nodes>();

  constructor(
    private readonly input: ReaderInput,
    private readonly options: ReadOptions,
  ) {
    this.source = input.text ?? '';
    this.tree = parseMarkdown(this.source);
  }

  read(): ReadResult {
    this.readFrontMatter();
    this.readOutline();
    this.readAttendance();
    this.readActionsAndDecisions();
    const date = this.options.date ? { value: this.options.date, at: 0 } : (this.date ?? this.dateInText());
    const pathDate = date ? null : dateInPath(this.input.path);
    if (!date && !pathDate) this.notes.push({ message: 'no meeting date found in the text, the title or the file name: give one with --date', offset: 0 });
    const title = this.options.title ?? this.title?.value ?? titleFromPath(this.input.path) ?? 'Meeting notes';
    const fields: FrontMatterField[] = [
      { key: 'title', value: title, anchor: this.title?.at ?? 0 },
      { key: 'date', value: date?.value ?? pathDate, anchor: date?.at ?? 0 },
      { key: 'body', value: this.options.body, anchor: 0 },
      { key: 'chair', value: this.chair?.value, anchor: this.chair?.at ?? 0 },
      { key: 'secretary', value: this.secretary?.value, anchor: this.secretary?.at ?? 0 },
      { key: 'language', value: this.language ?? undefined, anchor: 0 },
      { key: 'attendees', value: this.attendees, anchor: this.attendanceAt },
      { key: 'actors', value: registryValue(this.people.registry()), anchor: this.attendanceAt },
      { key: 'tags', value: [...new Set(this.tags)], anchor: this.tagsAt },
      ...Object.entries(this.extra).map(([key, value]) => ({ key, value, anchor: 0 })),
    ];
    return { ...withFrontMatter(this.source, fields, this.writeBody()), source: this.source, notes: this.notes };
  }

  // -------------------------------------------------------------------------------------------------
  // Front matter, title, tags

  private readFrontMatter(): void {
    const node = this.tree.children[0];
    if (node?.type !== 'yaml') return;
    const { start, end } = range(node);
    // The front matter is written anew; the blank lines after the old one go with it.
    this.remove(start, end + (/^(?:[ \t]*\r?\n)*/.exec(this.source.slice(end))?.[0].length ?? 0));
    let data: unknown;
    try {
      data = parseYaml(node.value);
    } catch {
      this.notes.push({ message: 'the front matter is not valid YAML: left out', offset: start });
      return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
    for (const [key, value] of Object.entries(data)) {
      if (key === 'title' && typeof value === 'string') this.title = { value, at: start };
      else if (key === 'tags') this.tags.push(...tagsOf(value));
      else if (key === 'date' && typeof value === 'string' && isValidIsoDate(value)) this.date = { value, at: start };
      else if (key === 'lang' && typeof value === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) this.language = value;
      else this.extra[key.startsWith('x-') ? key : `x-${key}`] = value;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Headings: items, sub-items, sections, furniture

  private readOutline(): void {
    let mode: Mode = 'before';
    let items = 0;
    let subs = 0;
    let actionList = false;
    const children = this.tree.children;
    children.forEach((node, index) => {
      if (node.type === 'list' && actionList) this.actionLists.add(node);
      if (node.type !== 'heading') return;
      const flat = new FlatText(node, this.source);
      const title = comparableTitle(flat.text.replace(/^#+\s*/, ''));
      if (node.depth === 1) {
        this.title ??= { value: flat.text.trim(), at: firstTextOffset(node) ?? range(node).start };
        return;
      }
      if (node.depth === 6 && /^tags\s*:/i.test(flat.text)) {
        this.tagsAt = range(node).start;
        this.tags.push(...tagsOfLine(node, flat.text));
        this.removeBlock(node);
        return;
      }
      if (node.depth === 2) {
        const hasTopics = this.hasSubHeadings(children, index);
        actionList = ACTION_LISTS.has(title);
        if (CONTAINERS.has(title) && (hasTopics || !NATIVE_SECTIONS.has(title))) {
          mode = 'container';
          this.setDepth(node, 4);
        } else if (NATIVE_SECTIONS.has(title)) {
          mode = 'section';
        } else if (FURNITURE_HEADINGS.has(title)) {
          mode = 'demoted';
          this.setDepth(node, 4);
        } else {
          mode = 'item';
          items = this.numberHeading(node, flat, `${items + 1}`, items + 1);
          subs = 0;
        }
        return;
      }
      if (node.depth === 3) {
        if (mode === 'section') return;
        if (mode === 'demoted' || (mode === 'container' && FURNITURE_HEADINGS.has(title))) {
          this.setDepth(node, 5);
          return;
        }
        if (mode === 'container' && NATIVE_SECTIONS.has(title)) return;
        if (mode === 'item') {
          subs++;
          this.numberHeading(node, flat, `${items}.${subs}`, subs);
          return;
        }
        // A topic at level 3 with no topic above it (in a container, or before any): an agenda item.
        this.setDepth(node, 2);
        items = this.numberHeading(node, flat, `${items + 1}`, items + 1, 2);
        subs = 0;
        if (mode === 'before') mode = 'item';
        return;
      }
      if (node.depth === 4 && mode === 'container' && items > 0) {
        this.setDepth(node, 3);
        subs++;
        this.numberHeading(node, flat, `${items}.${subs}`, subs, 3);
      }
    });
  }

  /** Whether the `##` heading at `index` has `###` headings under it. */
  private hasSubHeadings(children: RootContent[], index: number): boolean {
    for (let next = index + 1; next < children.length; next++) {
      const node = children[next]!;
      if (node.type !== 'heading') continue;
      if (node.depth <= 2) return false;
      if (node.depth === 3) return true;
    }
    return false;
  }

  /**
   * Gives a heading its number (`1.`, `2.3`). A heading numbered already keeps its number (and the count
   * follows it); one labelled in another scheme (`A.`, `IV.`) has the label moved to `{label="…"}`.
   * Returns the count of items after it.
   */
  private numberHeading(node: Heading, flat: FlatText, place: string, count: number, depth: 2 | 3 = node.depth === 2 ? 2 : 3): number {
    const textStart = firstTextOffset(node);
    if (textStart === null) return count;
    const { number } = splitHeading(flat.text);
    if (number && depth === 2 && /^\d+$/.test(number.number)) return Number(number.number);
    if (number && depth === 3) return count;
    const label = HEADING_LABEL.exec(flat.text);
    if (label) {
      const written = label[1] ?? label[2]!;
      const [labelStart, labelEnd] = flat.range(label[0].indexOf(written), written.length);
      const [, tokenEnd] = flat.range(label[0].trimEnd().length - 1, 1);
      this.replace(labelStart, tokenEnd, [{ text: `${place}${depth === 2 ? '.' : ''}` }]);
      this.insertPieces(headingTextEnd(node, this.source), [{ text: ' {label="' }, { from: labelStart, to: labelEnd }, { text: '"}' }]);
      return count;
    }
    this.insert(textStart, `${place}${depth === 2 ? '.' : ''} `);
    return count;
  }

  /** Rewrites the `#` marks of an ATX heading. */
  private setDepth(node: Heading, depth: number): void {
    const { start } = range(node);
    const marks = /^[ \t]*(#{1,6})/.exec(this.source.slice(start, start + 10));
    if (!marks) return;
    const at = start + marks[0].length - marks[1]!.length;
    this.replace(at, at + marks[1]!.length, [{ text: '#'.repeat(depth) }]);
  }

  // -------------------------------------------------------------------------------------------------
  // Attendance and roles

  private readAttendance(): void {
    let inAttendance = false;
    for (const node of this.tree.children) {
      if (node.type === 'heading') {
        const title = comparableTitle(new FlatText(node, this.source).text);
        inAttendance = ATTENDANCE_HEADINGS.has(title);
        continue;
      }
      visitParents(node, (child, ancestors) => {
        if (child.type !== 'paragraph' || ancestors.some((ancestor) => ancestor.type === 'blockquote')) return;
        const text = new FlatText(child, this.source).text;
        for (const line of text.split('\n')) this.readAttendanceLine(line.trim(), inAttendance && ancestors.some((ancestor) => ancestor.type === 'listItem'), range(child).start);
      });
    }
  }

  private readAttendanceLine(line: string, inAttendanceList: boolean, at: number): void {
    const chair = CHAIR_LABEL.exec(line);
    if (chair) {
      const name = namesIn(line.slice(chair[0].length))[0]?.name;
      if (name) this.chair ??= { value: name, at };
      return;
    }
    const secretary = SECRETARY_LABEL.exec(line);
    if (secretary) {
      const name = namesIn(line.slice(secretary[0].length))[0]?.name;
      if (name) this.secretary ??= { value: name, at };
      return;
    }
    const label = ATTENDANCE_LABEL.exec(line) ?? (inAttendanceList ? GROUP_LABEL.exec(line) : null);
    const names = label ? namesIn(line.slice(label[0].length)) : inAttendanceList ? namesIn(line) : [];
    for (const attendee of names) {
      if (this.attendees.length === 0) this.attendanceAt = at;
      if (!this.attendees.some((name) => name.toLowerCase() === attendee.name.toLowerCase())) this.attendees.push(attendee.name);
      this.people.add(attendee.name, { aliases: attendee.handles });
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Actions and decisions

  private readActionsAndDecisions(): void {
    visitParents(this.tree, (node, ancestors) => {
      if (ancestors.some((ancestor) => ancestor.type === 'blockquote' || ancestor.type === 'table')) return;
      if (node.type === 'listItem') this.readListItem(node, ancestors);
      else if (node.type === 'paragraph' && ancestors.at(-1)?.type === 'root') this.readParagraph(node, null, false);
    });
  }

  private readListItem(item: ListItem, ancestors: Parents[]): void {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return;
    const list = ancestors.at(-1);
    const parentItem = ancestors.at(-2);
    // The bullets of an `## Action items` list, and those under a bare `Action item:` bullet, are actions.
    const inActionList = (list !== undefined && this.actionLists.has(list as Nodes)) || (parentItem?.type === 'listItem' && isBareActionLabel(parentItem, this.source));
    this.readParagraph(first, item, inActionList);
  }

  /** Reads a paragraph (a list item's first, or one at the top level) as an action, a decision, or neither. */
  private readParagraph(paragraph: Paragraph, item: ListItem | null, inActionList: boolean): void {
    const flat = new FlatText(paragraph, this.source);
    const text = flat.text;
    const label = ACTION_LABEL.exec(text);
    const isTask = item !== null && typeof item.checked === 'boolean';
    if (label && label[0].length === text.trimEnd().length) return; // a bare label over a list of actions
    if (label || isTask || inActionList) {
      this.writeAction(paragraph, item, flat, label);
      return;
    }
    if (!NATIVE_DECISION.test(text) && DECISIONS.some((pattern) => pattern.test(text.trimStart()))) {
      this.insert(range(paragraph).start, 'Decision: ');
    }
  }

  /** Makes an action of a paragraph: `[ ] ` if it is not a task yet, the label left out, `Owner: ` before the rest. */
  private writeAction(paragraph: Paragraph, item: ListItem | null, flat: FlatText, label: RegExpExecArray | null): void {
    const text = flat.text;
    const start = range(paragraph).start;
    const done = isStruck(paragraph, this.source) || /\((?:done|completed?)\)\s*$/i.test(text.trimEnd());
    if (item === null) this.insert(start, `- [${done ? 'x' : ' '}] `);
    else if (typeof item.checked !== 'boolean') this.insert(start, `[${done ? 'x' : ' '}] `);
    let restIndex = 0;
    if (label) {
      const written = label[1] ?? label[2];
      const owner = written !== undefined ? this.ownerToken(written.trim()) : null;
      if (owner !== null && written !== undefined) {
        // `Action Item (Niko): Ping …`: the label and the parentheses go, the owner and the colon stay.
        const ownerIndex = label[0].indexOf(written) + (written.length - written.trimStart().length) + (written.trimStart().startsWith('@') ? 1 : 0);
        const ownerLength = written.trim().replace(/^@/, '').length;
        this.removeFlat(paragraph, flat, 0, ownerIndex);
        const colon = label[0].lastIndexOf(':');
        this.removeFlat(paragraph, flat, ownerIndex + ownerLength, colon);
        this.checkOwner(written.trim().replace(/^@/, ''), flat.range(ownerIndex, ownerLength)[0]);
        return;
      }
      // `Action Items (individual): …` names nobody: the label goes, the words stay.
      const keep = written !== undefined ? label[0].indexOf(written.trim()) - (label[1] !== undefined ? 1 : 0) : label[0].length;
      this.removeFlat(paragraph, flat, 0, keep);
      restIndex = label[0].length;
      if (written !== undefined) return;
    }
    const owners = this.leadingOwners(text, restIndex);
    if (!owners) {
      this.escapeMisreadOwners(paragraph, flat, restIndex);
      return;
    }
    for (const owner of owners.tokens) {
      if (text[owner.index - 1] === '@') this.removeFlat(paragraph, flat, owner.index - 1, owner.index);
      this.checkOwner(text.slice(owner.index, owner.index + owner.length), flat.range(owner.index, owner.length)[0]);
    }
    if (!owners.colon) {
      const last = owners.tokens.at(-1)!;
      this.insert(flat.range(last.index, last.length)[1], ':');
    }
  }

  /**
   * The owners an action starts with: names, nicks or `@handles`, joined by `,`, `and`, `&` or `/`, before
   * `to …`, `will …` or a colon (`Niko to reach out`, `@jdno will follow up`, `scottmcm to write`).
   */
  private leadingOwners(text: string, from: number): { tokens: { index: number; length: number }[]; colon: boolean } | null {
    const NAME = /@?[\p{L}][\p{L}\p{N}_'’.-]*/uy;
    const SEPARATOR = /\s*(?:,|&|\/|\band\b)\s*/uy;
    const tokens: { index: number; length: number }[] = [];
    let at = from + (text.slice(from).length - text.slice(from).trimStart().length);
    for (;;) {
      NAME.lastIndex = at;
      const name = NAME.exec(text);
      if (!name) return null;
      const handle = name[0].startsWith('@');
      const word = name[0].replace(/^@/, '').replace(/[.'’]+$/, '');
      if (!handle && NOT_OWNERS.has(word.toLowerCase()) && !this.resolve(word)) return null;
      tokens.push({ index: name.index + (handle ? 1 : 0), length: word.length });
      at = name.index + (handle ? 1 : 0) + word.length;
      SEPARATOR.lastIndex = at;
      const separator = SEPARATOR.exec(text);
      if (!separator || tokens.length >= 5) break;
      at += separator[0].length;
    }
    const after = text.slice(at);
    const colon = /^\s*:/.test(after);
    const allHandles = tokens.every((token) => text[token.index - 1] === '@');
    if (colon || /^\s+(?:to|will|should|shall|needs? to)\s+\S/.test(after) || (allHandles && /^\s+\S/.test(after))) return { tokens, colon };
    return null;
  }

  /** An owner written in an action's label (`Action Item (Niko)`): a name or a handle, not a word such as "individual". */
  private ownerToken(written: string): string | null {
    const word = written.replace(/^@/, '');
    if (this.resolve(word) || written.startsWith('@') || isCapitalizedName(word)) return word;
    return null;
  }

  /** Records an owner: resolved through the attendees, or kept as written (registered when the native syntax could not read it). */
  private checkOwner(written: string, offset: number): void {
    if (this.resolve(written)) return;
    if (isCapitalizedName(written) || isActorCodeLike(written)) {
      this.notes.push({ message: `owner "${written}" is not among the attendees: kept as written`, offset });
      return;
    }
    // A nick or handle in lower case is read as an owner only when it is a known actor.
    this.people.add(written);
    this.notes.push({ message: `owner "${written}" is not among the attendees: added to actors`, offset });
  }

  /**
   * The person an owner as written names: by name, alias or handle, by a first or last name (People), or
   * a nick that starts with it or holds it (`Josh` for joshtriplett, `Felix` for pnkfelix). The spelling
   * becomes an alias, so that the native parser resolves it too.
   */
  private resolve(written: string): Person | null {
    const plain = written.replace(/^@/, '');
    const found = this.people.resolve(plain);
    if (found || plain.length < 3) return found;
    const wanted = plain.toLowerCase();
    const nicks = this.attendees.filter((name) => !name.includes(' ') && (name.toLowerCase().startsWith(wanted) || (wanted.length >= 4 && name.toLowerCase().includes(wanted))));
    return nicks.length === 1 ? this.people.add(nicks[0]!, { aliases: [plain] }) : null;
  }

  /** An ownerless action whose words before its first colon the native syntax would read as owners: that colon escaped. */
  private escapeMisreadOwners(paragraph: Paragraph, flat: FlatText, from: number): void {
    const rest = flat.text.slice(from);
    const colon = rest.indexOf(':');
    if (colon <= 0 || colon > 120) return;
    const tokens = rest
      .slice(0, colon)
      .split(/\s*(?:,|;|&|\band\b)\s*/)
      .map((token) => token.trim())
      .filter(Boolean);
    if (tokens.length === 0 || !tokens.every((token) => isActorCodeLike(token) || isCapitalizedName(token))) return;
    const [at] = flat.range(from + colon, 1);
    if (this.source[at] === ':' && at >= range(paragraph).start) this.insert(at, '\\');
  }

  // -------------------------------------------------------------------------------------------------
  // Date

  /** A `Date:` line, else a date in the title, else one near the top of the text. */
  private dateInText(): { value: string; at: number } | null {
    const head = this.source.slice(0, 3000);
    const labelled = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?:meeting )?date(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*([^\n*]+)/im.exec(head);
    const candidates: [string, number][] = [
      [labelled?.[1] ?? '', labelled ? labelled.index + labelled[0].length - labelled[1]!.length : 0],
      [this.title?.value ?? '', this.title?.at ?? 0],
    ];
    for (const [text, at] of candidates) {
      const value = dateInText(text);
      if (value) return { value, at };
    }
    const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(head);
    return iso && isValidIsoDate(iso[0]) ? { value: iso[0], at: iso.index } : null;
  }

  // -------------------------------------------------------------------------------------------------
  // Writing

  /** The source with the edits applied: the body of the canonical minutes. */
  private writeBody(): { text: string; map: SourceMap } {
    const writer = new CanonicalWriter(this.source);
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.order - b.order);
    let cursor = 0;
    for (const edit of edits) {
      if (edit.start < cursor) {
        if (edit.end <= cursor && edit.end > edit.start) continue; // inside a range removed already
      } else {
        writer.copy(cursor, edit.start);
      }
      for (const piece of edit.pieces) {
        if ('text' in piece) writer.write(piece.text, edit.start);
        else writer.copy(piece.from, piece.to);
      }
      cursor = Math.max(cursor, edit.end);
    }
    writer.copy(cursor, this.source.length);
    return writer.finish();
  }

  private insert(at: number, text: string): void {
    this.insertPieces(at, [{ text }]);
  }

  private insertPieces(at: number, pieces: Edit['pieces']): void {
    this.edits.push({ start: at, end: at, pieces, order: this.edits.length });
  }

  private remove(start: number, end: number): void {
    if (end > start) this.replace(start, end, []);
  }

  private replace(start: number, end: number, pieces: Edit['pieces']): void {
    this.edits.push({ start, end, pieces, order: this.edits.length });
  }

  /** Removes `[from, to)` of a paragraph's flat text; markup wholly inside it (`**Action item:**`) goes with it. */
  private removeFlat(paragraph: Paragraph, flat: FlatText, from: number, to: number): void {
    if (to <= from) return;
    let [start] = flat.range(from, 1);
    let end = flat.range(to - 1, 1)[1];
    for (const child of paragraph.children) expandOver(child, start, end, (s, e) => {
      start = s;
      end = e;
    });
    // The space after a label goes with it.
    while (this.source[end] === ' ' && from === 0) end++;
    this.remove(start, end);
  }

  private removeBlock(node: Nodes): void {
    const { start, end } = range(node);
    this.remove(start, this.source[end] === '\n' ? end + 1 : end);
  }
}

// ---------------------------------------------------------------------------------------------------
// Helpers

const range = (node: Nodes) => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });

/** Where a heading's text starts (after its `#` marks). */
function firstTextOffset(node: Heading): number | null {
  const first = node.children[0];
  return first ? (first.position?.start.offset ?? null) : null;
}

/** Where a heading's text ends, before a closing sequence of `#`. */
function headingTextEnd(node: Heading, source: string): number {
  const last = node.children.at(-1);
  return last?.position?.end.offset ?? range(node).end - (source.slice(range(node).start, range(node).end).length - source.slice(range(node).start, range(node).end).trimEnd().length);
}

/** Widens a range to cover an inline node (emphasis, strong) whose text lies wholly inside it, with its marks. */
function expandOver(node: PhrasingContent, start: number, end: number, set: (start: number, end: number) => void): void {
  if (!('children' in node) || node.type === 'link') return;
  const inner = node.children;
  const first = inner[0]?.position?.start.offset;
  const last = inner.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return;
  if (first >= start && last <= end) set(Math.min(start, range(node).start), Math.max(end, range(node).end));
}

/** Whether every word of a paragraph is struck through (`~~…~~`, a code span written `~~…~~` included). */
function isStruck(paragraph: Paragraph, source: string): boolean {
  let struck = 0;
  let plain = 0;
  visitParents(paragraph, (node, ancestors) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    const value = node.value.trim();
    if (!value) return;
    const inDelete = ancestors.some((ancestor) => ancestor.type === 'delete') || (node.type === 'inlineCode' && /^~~.*~~$/.test(value));
    if (inDelete) struck++;
    else plain++;
  });
  void source;
  return struck > 0 && plain === 0;
}

/** A list item whose text is only an action label (`Action item:`): its sub-items are the actions. */
function isBareActionLabel(item: ListItem, source: string): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const text = new FlatText(first, source).text.trim();
  const label = ACTION_LABEL.exec(text);
  return label !== null && label[0].trim().length === text.length && label[1] === undefined && label[2] === undefined;
}

/** Names in an attendance line: `Josh, Niko, Felix and Taylor`, `Rod Vagg @rvagg (TSC)`. */
function namesIn(text: string): Attendee[] {
  const names: Attendee[] = [];
  for (const part of text.split(/\s*(?:,|;|\band\b|&|\n)\s*/)) {
    const handles = [...part.matchAll(/@([\w-]+)/g)].map((match) => match[1]!);
    const name = part
      .replace(/\([^)]*\)?/g, '')
      .replace(/@[\w-]+/g, '')
      .replace(/[.\s]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const written = name || handles[0];
    if (!written || /^(?:none|tbd|n\/a|-)$/i.test(written) || written.split(' ').length > 5 || !/^[\p{L}]/u.test(written)) continue;
    names.push({ name: written, handles: handles.filter((handle) => handle !== written) });
  }
  return names;
}

function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '').map((tag) => tag.trim());
  if (typeof value === 'string') return value.split(/\s*,\s*|\s+/).filter(Boolean);
  return [];
}

/** `###### tags: `Libs Meetings` `Minutes``: the code spans, or else the words after the colon. */
function tagsOfLine(node: Heading, text: string): string[] {
  const code = node.children.filter((child) => child.type === 'inlineCode').map((child) => child.value.trim());
  return code.length > 0 ? code.filter(Boolean) : tagsOf(text.replace(/^tags\s*:\s*/i, ''));
}

