/**
 * Apache Software Foundation board minutes in their plain-text form (the Secretary's, and the Whimsy
 * board-agenda tool's): numbered sections and lettered sub-items, a roll call of directors, officers and
 * guests, actions written `Name to verb …`, `* Action-Item: …`, `@Name: …` or, under "Review Outstanding
 * Action Items", `* Name: … [ PMC date ]` with their `Status:`/`Update:` lines, decisions written as
 * `Approved by General Consent.`, `… by Unanimous Vote`, `We agreed …`, and the attached reports after
 * `ATTACHMENTS:`, kept as text. Plain text: read line by line.
 */
import { isValidIsoDate, readDate } from '../model/dates.js';
import { type FrontMatterField, registryValue, withFrontMatter } from './front-matter.js';
import { dateInPath } from './meeting-date.js';
import { People } from './people.js';
import type { Reader, ReadNote } from './reader.js';
import { copyInline, escapeLineStart } from './markdown-text.js';
import { CanonicalWriter } from './source-map.js';

const FURNITURE = [
  'the Whimsy header: `The Apache Software Foundation`, `Board of Directors Meeting Minutes` and the date, centred (read into `body`, `title` and `date`)',
  'the footer: `End of minutes for the … board meeting.` (or `End of agenda …`)',
  'rules of dashes or equals signs (`------`, `======`) around `ATTACHMENTS:` and between attachments',
  'the `Action-Item:` / `Action:` label of an action (it becomes a task), the `@` of `@Name:` owners',
  'the indentation of the plain text (attached reports and tables keep theirs, in code blocks)',
];

interface Line {
  start: number;
  end: number;
  text: string;
  indent: number;
}

type Span = { start: number; end: number };

interface Heading {
  level: 2 | 3;
  /** The label as written (`3`, `A`, `8A`), without its dot. */
  label: Span;
  /** The title's lines; for a lettered paragraph without a title, the paragraph itself. */
  title: Span[];
  /** A lettered paragraph (`A. The Board accepted … by general consent.`): its first sentence is its title. */
  untitled: boolean;
  /** The lines after the heading, up to the next. */
  body: Line[];
}

const SECTION = /^( {0,3})(\d{1,2}[A-Z]?)\.[ \t]+(?=\S)/;
const SUB_ITEM = /^( +)([A-Z]|[IVX]{1,4}|\d{1,2})\.[ \t]+(?=\S)/;
const RULE = /^\s*[-=_*~]{3,}\s*$/;
const ATTACHMENTS = /^\s*ATTACHMENTS:?\s*$/;
const ATTACHMENT = /^Attachment\s+[\w.-]+\s*:/;
const FOOTER = /^\s*End of (?:minutes|agenda) for /i;
const ROLL_GROUP = /^(?:[\w-]+ ){0,3}(?:Present|Absent|Guests(?: Present)?)\s*:\s*$/i;
const SENTENCE_END = /[.!?]["”’')\]]*\s+(?=["“‘(]?[A-Z@])/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DECISION = [
  /\bby (?:general|unanimous) (?:consent|vote)\b/i,
  /\bapproved as submitted\b/i,
  /\bwas approved by\b/i,
  /^approved\b/i,
  /^(?:we|the board|it)\s+(?:\w+ly\s+)?(?:agreed|decided|resolved|appointed|declined|approved)\b/i,
  /\b(?:it|the board) decided that\b/i,
  /^there (?:was|is) (?:general )?consensus\b/i,
];
/** The label that opens an action written as such (`* Action-Item: Greg/David to …`). */
const ACTION_LABEL = /^(?:Action[- ]Items?|Action|AI)\s*:\s*/i;
const BULLET = /^\s*[*+-][ \t]+\S/;
const UPDATE = /^(?:Status|Update)\s*:/i;
const DONE = /^(?:Status|Update)\s*:\s*(?:done|complete|completed|closed|finished|resolved)\b/i;

export const apacheBoardReader: Reader = {
  name: 'apache-board',
  description: "Apache Software Foundation board minutes in Whimsy's plain-text form (numbered sections, lettered sub-items)",
  furniture: FURNITURE,
  labels: 'sections `N.` are agenda items `## N.`; lettered sub-items `A.` are `### N.M` with `{label="N.A"}`; numbered sub-items `1.` are `### N.M`',
  detect({ text }) {
    if (text === null) return 0;
    const head = text.slice(0, 3000);
    if (/The Apache Software Foundation/.test(head) && /Board of Directors Meeting (?:Minutes|Agenda)/i.test(head)) return 0.95;
    return /^\s*\d{1,2}\. Roll Call\s*$/m.test(text.slice(0, 20_000)) && /Directors Present:/.test(text) ? 0.7 : 0;
  },
  read(input, options = {}) {
    const source = input.text ?? '';
    const notes: ReadNote[] = [];
    const lines = linesOf(source);
    const attachments = lines.findIndex((line) => ATTACHMENTS.test(line.text));
    const footer = lines.findIndex((line) => FOOTER.test(line.text));
    const end = attachments !== -1 ? attachments : footer !== -1 ? footer : lines.length;
    const first = lines.findIndex((line, index) => index < end && SECTION.test(line.text));
    const header = lines.slice(0, first === -1 ? 0 : first).filter((line) => line.text.trim() !== '');
    const headings = outline(lines.slice(first === -1 ? end : first, end), source);
    const roll = rollCall(lines.slice(0, end));
    const people = new People();
    for (const person of roll) people.add(person.name);

    const titleLine = header.find((line) => /minutes|agenda/i.test(line.text)) ?? header[1] ?? header[0];
    const bodyLine = header.find((line) => /foundation/i.test(line.text) && line !== titleLine);
    const dateLine = header.find((line) => meetingDate(line.text) !== null);
    const title = options.title ?? titleLine?.text.trim() ?? 'Board of Directors Meeting Minutes';
    const date = options.date ?? (dateLine ? meetingDate(dateLine.text) : null) ?? dateInPath(input.path);
    if (!date) notes.push({ message: 'no meeting date found in the header or the file name: give one with --date', offset: 0 });

    const body = new CanonicalWriter(source);
    // Header lines that are not the title, the body or the date are kept.
    for (const line of header) {
      if (line === titleLine || line === bodyLine || line === dateLine) continue;
      writeLines(body, source, [trimmedLine(line)]);
      body.write('\n\n', line.end);
    }
    let section = '0';
    let subs = 0;
    for (const heading of headings) {
      const label = source.slice(heading.label.start, heading.label.end);
      if (heading.level === 2) {
        section = /^\d+$/.test(label) ? label : String(Number(section) + 1);
        subs = 0;
        body.write('## ', heading.label.start);
        if (/^\d+$/.test(label)) body.copy(heading.label.start, heading.label.end + 1);
        else body.write(`${section}.`, heading.label.start);
        body.write(' ', heading.label.end);
        writeTitle(body, source, heading);
        if (!/^\d+$/.test(label)) body.write(' {label="', heading.label.end).copy(heading.label.start, heading.label.end).write('"}', heading.label.end);
      } else {
        const place = `${section}.${++subs}`;
        body.write(`### ${place} `, heading.label.start);
        writeTitle(body, source, heading);
        // A letter (`A.`) keeps its place under its section in the label, so that labels stay unique.
        if (label !== String(subs)) {
          body.write(` {label="${/^\d/.test(label) ? '' : `${section}.`}`, heading.label.start).copy(heading.label.start, heading.label.end).write('"}', heading.label.end);
        }
      }
      body.write('\n\n', heading.label.end);
      const sectionTitle = heading.level === 2 ? heading.title.map((span) => source.slice(span.start, span.end)).join(' ') : '';
      const context: BodyContext = { source, people, notes, actionList: heading.level === 2 && /action items/i.test(sectionTitle) };
      if (heading.untitled) writeParagraph(body, heading.title, context);
      writeBody(body, heading.body, context);
    }
    if (attachments !== -1) writeAttachments(body, source, lines.slice(attachments, footer === -1 ? lines.length : footer));

    const rollAt = roll[0]?.at ?? 0;
    const chair = chairOf(source.slice(0, lines[end - 1]?.end ?? 0), people);
    const fields: FrontMatterField[] = [
      { key: 'title', value: title, anchor: titleLine ? titleLine.start + titleLine.indent : 0 },
      { key: 'date', value: date, anchor: dateLine ? dateLine.start + dateLine.indent : 0 },
      { key: 'body', value: options.body ?? bodyLine?.text.trim(), anchor: bodyLine ? bodyLine.start + bodyLine.indent : 0 },
      { key: 'chair', value: chair?.name, anchor: chair?.at ?? 0 },
      { key: 'attendees', value: roll.filter((person) => person.present).map((person) => person.name), anchor: rollAt },
      { key: 'apologies', value: roll.filter((person) => !person.present).map((person) => person.name), anchor: rollAt },
      { key: 'actors', value: registryValue(people.registry()), anchor: rollAt },
    ];
    return { ...withFrontMatter(source, fields, body.finish()), source, notes };
  },
};

// ---------------------------------------------------------------------------------------------------
// The outline: sections, sub-items and what each holds

function outline(lines: Line[], source: string): Heading[] {
  const headings: Heading[] = [];
  let sectionIndent = 0;
  /** The indentation of a section's first line of text: where its sub-items' labels stand. */
  let subColumn: number | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const afterBlank = index === 0 || lines[index - 1]!.text.trim() === '';
    const section = afterBlank ? SECTION.exec(line.text) : null;
    const current = headings.at(-1);
    if (section && section[1]!.length <= 3) {
      const labelStart = line.start + section[1]!.length;
      const sub = current && /[A-Z]$/.test(section[2]!) && section[2]!.startsWith(sectionLabel(headings, source));
      headings.push({
        level: sub ? 3 : 2,
        label: { start: labelStart, end: labelStart + section[2]!.length },
        title: [trimmed(source, line.start + section[0].length, line.end)],
        untitled: false,
        body: [],
      });
      if (!sub) {
        sectionIndent = line.indent;
        subColumn = null;
      }
      continue;
    }
    if (!current) continue;
    if (line.text.trim() !== '' && subColumn === null && line.indent > sectionIndent) subColumn = line.indent;
    const sub = afterBlank && line.indent === subColumn ? SUB_ITEM.exec(line.text) : null;
    if (sub) {
      // The label's block: its line and the lines that follow it without a blank line.
      let last = index;
      while (last + 1 < lines.length && lines[last + 1]!.text.trim() !== '' && !SUB_ITEM.test(lines[last + 1]!.text)) last++;
      const block = lines.slice(index, last + 1).map((blockLine, at) => trimmed(source, at === 0 ? line.start + sub[0].length : blockLine.start, blockLine.end));
      const text = block.map((span) => source.slice(span.start, span.end)).join(' ');
      const untitled = /[.!?]["”)]?$/.test(text) && text.split(/\s+/).length >= 4;
      const labelStart = line.start + sub[1]!.length;
      headings.push({ level: 3, label: { start: labelStart, end: labelStart + sub[2]!.length }, title: block, untitled, body: [] });
      index = last;
      continue;
    }
    current.body.push(line);
  }
  return headings;
}

/** The label of the last section (level 2), for sub-items written `8A.` under `8.`. */
function sectionLabel(headings: Heading[], source: string): string {
  const section = headings.findLast((heading) => heading.level === 2);
  return section ? source.slice(section.label.start, section.label.end) : '\u0000';
}

function writeTitle(body: CanonicalWriter, source: string, heading: Heading): void {
  if (!heading.untitled) {
    heading.title.forEach((span, index) => {
      if (index > 0) body.write(' ', span.start);
      copyInline(body, source, span.start, span.end);
    });
    return;
  }
  // A lettered paragraph is titled by its first sentence, written (the paragraph itself follows as text).
  const text = heading.title.map((span) => source.slice(span.start, span.end)).join(' ');
  const end = text.matchAll(SENTENCE_END).next().value;
  const sentence = (end ? text.slice(0, end.index + end[0].trimEnd().length) : text).replace(/\s+/g, ' ');
  body.write(sentence.replace(/[\\`*_[\]<>{}#]/g, '\\$&'), heading.title[0]!.start);
}

// ---------------------------------------------------------------------------------------------------
// People

interface Person {
  name: string;
  present: boolean;
  /** Where the name is first written. */
  at: number;
}

/** The people of every `Directors Present:`, `Officers Absent:`, `Guests:` list, each once; present wins. */
function rollCall(lines: Line[]): Person[] {
  const people: Person[] = [];
  let group: boolean | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    if (ROLL_GROUP.test(text)) {
      group = !/absent/i.test(text);
      continue;
    }
    if (group === null || text === '') continue;
    // A section or a lettered sub-item (`E. ApacheCon`) ends the list, whatever it looks like.
    const name = SECTION.test(line.text) || SUB_ITEM.test(line.text) ? null : personName(text);
    if (name === null) {
      group = null;
      continue;
    }
    if (/^none$/i.test(name)) continue;
    const known = people.find((person) => person.name === name);
    if (known) known.present ||= group;
    else people.push({ name, present: group, at: line.start + line.indent });
  }
  return people;
}

/** A roll-call line as a name: `Doug Cutting (arrived at 3:45)`, `Danny Angus joined 9:36`; null when it is not one. */
function personName(text: string): string | null {
  const name = text
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+(?:joined|arrived|left|departed)\b.*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^\p{Lu}[\p{L}'’.-]*(?:,? (?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le))*$/u.test(name) || /^none$/i.test(name) ? name : null;
}

/** The chair, when the minutes name one: `Vice Chairman Shane`, `Chairman Jim Jagielski`. */
function chairOf(text: string, people: People): { name: string; at: number } | null {
  for (const match of text.matchAll(/\b(?:Vice )?Chair(?:man|woman|person)? (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu)) {
    const written = people.find(match[1]!) ? match[1]! : match[1]!.split(' ')[0]!;
    const person = people.resolve(written);
    if (person) return { name: person.name, at: match.index + match[0].length - match[1]!.length };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Text, actions and decisions

interface BodyContext {
  source: string;
  people: People;
  notes: ReadNote[];
  /** Under "Review Outstanding Action Items": every bullet is an action. */
  actionList: boolean;
}

/** An item's text: paragraphs, lists, roll-call lists, tables; rules and the footer left out. */
function writeBody(body: CanonicalWriter, lines: Line[], context: BodyContext): void {
  const { source } = context;
  const kept = lines.filter((line) => !RULE.test(line.text) && !FOOTER.test(line.text));
  const blocks = tables(paragraphs(kept), kept);
  let names = false;
  for (const block of blocks) {
    if ('table' in block) {
      writeCode(body, source, block.table);
      continue;
    }
    const first = block[0]!;
    if (ROLL_GROUP.test(first.text.trim())) {
      writeLines(body, source, [trimmedLine(first)]);
      body.write('\n\n', first.end);
      names = true;
      if (block.length > 1) writeNames(body, source, block.slice(1));
      continue;
    }
    if (names && block.every((line) => personName(line.text.trim()) !== null)) {
      writeNames(body, source, block);
      continue;
    }
    names = false;
    if (/^[*+-][ \t]/.test(first.text.trim())) writeList(body, block, context);
    else writeParagraph(body, block.map(trimmedLine), context);
  }
}

function writeNames(body: CanonicalWriter, source: string, lines: Line[]): void {
  for (const line of lines) {
    body.write('- ', line.start);
    const span = trimmedLine(line);
    copyInline(body, source, span.start, span.end);
    body.write('\n', line.end);
  }
  body.write('\n', lines.at(-1)!.end);
}

/** A bulleted list; under "Review Outstanding Action Items" each bullet is an action, its `Status:` lines a paragraph of it. */
function writeList(body: CanonicalWriter, lines: Line[], context: BodyContext): void {
  const { source } = context;
  const entries: { text: Span[]; updates: Span[] }[] = [];
  for (const line of lines) {
    const span = trimmedLine(line);
    const bullet = /^[*+-][ \t]+/.exec(line.text.trim());
    if (bullet) entries.push({ text: [{ start: span.start, end: span.end }], updates: [] });
    else if (UPDATE.test(line.text.trim()) || entries.at(-1)!.updates.length > 0) entries.at(-1)!.updates.push(span);
    else entries.at(-1)!.text.push(span);
  }
  for (const entry of entries) {
    const marker = /^[*+-][ \t]+/.exec(source.slice(entry.text[0]!.start, entry.text[0]!.end))![0];
    const text = [{ start: entry.text[0]!.start + marker.length, end: entry.text[0]!.end }, ...entry.text.slice(1)];
    const done = entry.updates.length > 0 && DONE.test(source.slice(entry.updates[0]!.start, entry.updates[0]!.end));
    const action = actionIn(text, context, context.actionList);
    if (action || context.actionList) {
      body.write(`- [${done ? 'x' : ' '}] `, text[0]!.start);
      writeAction(body, action ?? { owners: [], rest: text }, context);
    } else {
      body.copy(entry.text[0]!.start, entry.text[0]!.start + marker.length);
      writeSentences(body, text, context, true);
    }
    if (entry.updates.length > 0) {
      body.write('\n\n', entry.updates[0]!.start);
      entry.updates.forEach((span, index) => {
        body.write(index === 0 ? '  ' : '\n  ', span.start);
        escapeLineStart(body, source, span.start);
        copyInline(body, source, span.start, span.end);
      });
    }
    body.write('\n', entry.text.at(-1)!.end);
  }
  body.write('\n', lines.at(-1)!.end);
}

/** A paragraph, cut where a sentence is an action or a decision: those become a task and a `Decision:` paragraph. */
function writeParagraph(body: CanonicalWriter, spans: Span[], context: BodyContext): void {
  writeSentences(body, spans, context, false);
  body.write('\n\n', spans.at(-1)!.end);
}

function writeSentences(body: CanonicalWriter, spans: Span[], context: BodyContext, inList: boolean): void {
  const { source } = context;
  const text = new JoinedText(source, spans);
  const sentences = inList ? [{ start: 0, end: text.value.length }] : text.sentences();
  let plain: { start: number; end: number } | null = null;
  let written = false;
  const flush = () => {
    if (!plain) return;
    if (written) body.write('\n\n', text.offset(plain.start));
    writeLines(body, source, text.spans(plain.start, plain.end));
    written = true;
    plain = null;
  };
  for (const sentence of sentences) {
    const spansOf = text.spans(sentence.start, sentence.end);
    const action = inList ? null : actionIn(spansOf, context, false);
    const decision = !action && DECISION.some((pattern) => pattern.test(text.value.slice(sentence.start, sentence.end)));
    if (!action && !decision) {
      plain = plain ? { start: plain.start, end: sentence.end } : { ...sentence };
      continue;
    }
    flush();
    if (written) body.write('\n\n', spansOf[0]!.start);
    if (action) {
      body.write('- [ ] ', spansOf[0]!.start);
      writeAction(body, action, context);
    } else {
      body.write('Decision: ', spansOf[0]!.start);
      writeLines(body, source, spansOf);
    }
    written = true;
  }
  // In a list, a bullet that states a decision becomes one; other bullets are copied as they are.
  if (inList && !written) {
    const whole = text.spans(0, text.value.length);
    if (DECISION.some((pattern) => pattern.test(text.value))) body.write('Decision: ', whole[0]!.start);
    writeLines(body, source, whole);
    return;
  }
  flush();
}

interface FoundAction {
  /** The owners as written, each a span of the source (an `@` left out). */
  owners: Span[];
  /** The rest of the action, from the word after the owners (`to …`, or the text after the colon). */
  rest: Span[];
}

/**
 * The action a sentence or a bullet states, if any: `Name to verb …` (a name of the roll call), `Action-Item:
 * Greg/David to …`, `@Myrle @Shane: help …`, or, in a list of actions (`explicit`), `Name: text`.
 */
function actionIn(spans: Span[], context: BodyContext, explicit: boolean): FoundAction | null {
  const { source, people } = context;
  const text = new JoinedText(source, spans);
  let value = text.value;
  let from = 0;
  const label = ACTION_LABEL.exec(value);
  if (label) {
    from = label[0].length;
    value = value.slice(from);
  }
  const labelled = explicit || label !== null;
  const handles = /^((?:@[\p{L}\p{N}_.-]+[\s,]*(?:and\s+)?)+):\s*/u.exec(value);
  let owners: { start: number; end: number }[] = [];
  let restIndex = 0;
  if (handles) {
    for (const handle of handles[1]!.matchAll(/@([\p{L}\p{N}_.-]+)/gu)) owners.push({ start: handle.index + 1, end: handle.index + handle[0].length });
    restIndex = handles[1]!.length;
  } else {
    const phrase = /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?(?:\s*(?:\/|,|&|\band\b)\s*[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?)*)(?=\s+to\s+\p{Ll}|\s*:)/u.exec(value);
    if (!phrase) return labelled ? { owners: [], rest: text.spans(from, text.value.length) } : null;
    for (const name of phrase[1]!.matchAll(/[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?/gu)) owners.push({ start: name.index, end: name.index + name[0].length });
    const known = owners.every((owner) => people.find(value.slice(owner.start, owner.end)) !== null);
    // Outside a list of actions, only the people of the roll call start an action (`Welcome to …` does not).
    if (!labelled && !known) return null;
    if (!labelled && /^\s*:/.test(value.slice(phrase[1]!.length))) return null;
    restIndex = phrase[1]!.length;
  }
  owners = owners.map((owner) => ({ start: owner.start + from, end: owner.end + from }));
  return {
    owners: owners.map((owner) => text.spans(owner.start, owner.end)[0]!),
    rest: text.spans(from + restIndex, text.value.length),
  };
}

/** `Owner, Owner: the rest`, the owners copied as written; a separator of the source kept when the native syntax reads it. */
function writeAction(body: CanonicalWriter, action: FoundAction, context: BodyContext): void {
  const { source, people, notes } = context;
  action.owners.forEach((owner, index) => {
    const previous = action.owners[index - 1];
    if (previous) {
      const between = source.slice(previous.end, owner.start);
      if (/^\s*(?:\/|,|&|and)\s*$/.test(between)) body.copy(previous.end, owner.start);
      else body.write(', ', owner.start);
    }
    body.copy(owner.start, owner.end);
    const written = source.slice(owner.start, owner.end);
    if (people.resolve(written) === null) notes.push({ message: `owner "${written}" is not in the roll call: kept as written`, offset: owner.start });
  });
  const rest = action.rest.map((span) => trimmed(source, span.start, span.end)).filter((span) => span.end > span.start);
  if (action.owners.length > 0) {
    body.write(': ', rest[0]?.start ?? action.owners.at(-1)!.end);
    if (rest[0] && source[rest[0].start] === ':') rest[0] = trimmed(source, rest[0].start + 1, rest[0].end);
  }
  if (rest.length === 0) return;
  escapeLineStart(body, source, rest[0]!.start);
  writeLines(body, source, rest, false);
}

/** The text of some lines as one string, with the way back to the source. */
class JoinedText {
  readonly value: string;
  private readonly starts: number[] = [];

  constructor(
    private readonly source: string,
    private readonly parts: Span[],
  ) {
    let value = '';
    for (const part of parts) {
      this.starts.push(value.length);
      value += `${source.slice(part.start, part.end)}\n`;
    }
    this.value = value.slice(0, -1);
  }

  /** The source offset of an index of the text. */
  offset(index: number): number {
    const part = this.partAt(index);
    const span = this.parts[part];
    return span ? Math.min(span.start + index - this.starts[part]!, span.end) : 0;
  }

  /** The source spans of `[from, to)` of the text, one per line, trimmed. */
  spans(from: number, to: number): Span[] {
    const spans: Span[] = [];
    for (let index = this.partAt(from); index < this.parts.length && this.starts[index]! < to; index++) {
      const part = this.parts[index]!;
      const start = Math.max(from, this.starts[index]!);
      const end = Math.min(to, this.starts[index]! + part.end - part.start);
      if (end <= start) continue;
      const span = trimmed(this.source, part.start + start - this.starts[index]!, part.start + end - this.starts[index]!);
      if (span.end > span.start) spans.push(span);
    }
    return spans;
  }

  /** The line an index of the text is on (binary search: a paragraph may be long). */
  private partAt(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  sentences(): Span[] {
    const sentences: Span[] = [];
    let start = 0;
    for (const end of this.value.matchAll(SENTENCE_END)) {
      sentences.push({ start, end: end.index + end[0].trimEnd().length });
      start = end.index + end[0].length;
    }
    if (start < this.value.length) sentences.push({ start, end: this.value.length });
    return sentences;
  }
}

// ---------------------------------------------------------------------------------------------------
// Attachments and tables: kept as written, in code blocks

function writeAttachments(body: CanonicalWriter, source: string, lines: Line[]): void {
  const banner = lines[0]!;
  body.write('## ', banner.start);
  const span = trimmedLine(banner);
  body.copy(span.start, span.end).write('\n\n', banner.end);
  let current: Line[] = [];
  const flush = () => {
    const kept = current.filter((line) => !RULE.test(line.text));
    while (kept.length > 0 && kept[0]!.text.trim() === '') kept.shift();
    while (kept.length > 0 && kept.at(-1)!.text.trim() === '') kept.pop();
    if (kept.length > 0) writeCode(body, source, kept);
    current = [];
  };
  for (const line of lines.slice(1)) {
    if (ATTACHMENT.test(line.text)) {
      flush();
      body.write('### ', line.start);
      copyInline(body, source, line.start, trimmedLine(line).end);
      body.write('\n\n', line.end);
    } else {
      current.push(line);
    }
  }
  flush();
}

/** Lines as a fenced code block, their indentation relative to the least indented kept. */
function writeCode(body: CanonicalWriter, source: string, lines: Line[]): void {
  const indent = Math.min(...lines.filter((line) => line.text.trim() !== '').map((line) => line.indent));
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.text.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(longest + 1);
  body.write(`${fence}\n`, lines[0]!.start);
  for (const line of lines) {
    if (line.text.trim() === '') {
      body.write('\n', line.start);
      continue;
    }
    const span = trimmed(source, line.start + Math.min(indent, line.indent), line.end);
    body.write(' '.repeat(Math.max(0, line.indent - indent)), line.start);
    body.copy(span.start, span.end);
    body.write('\n', line.end);
  }
  body.write(`${fence}\n\n`, lines.at(-1)!.end);
}

const hasGap = (line: Line) => /\S {3,}\S/.test(line.text.trim());

/**
 * Aligned columns (a financial statement, names in columns): paragraphs of two lines or more with wide
 * gaps, or indented in steps, and the one-line rows with gaps next to them, as one table with its blank lines.
 */
function tables(blocks: Line[][], lines: Line[]): (Line[] | { table: Line[] })[] {
  const indexOf = new Map(lines.map((line, index) => [line, index]));
  const isTable = (block: Line[]) => {
    const gapped = block.filter(hasGap).length;
    const steps = new Set(block.map((line) => line.indent)).size;
    return (block.length >= 2 && gapped >= 2 && gapped * 2 >= block.length) || (block.length >= 3 && steps >= 3 && !BULLET.test(block[0]!.text));
  };
  const result: (Line[] | { table: Line[] })[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    const joinsTable = previous && 'table' in previous && block.every(hasGap);
    if (!isTable(block) && !joinsTable) {
      result.push(block);
      continue;
    }
    if (previous && 'table' in previous) {
      previous.table = lines.slice(indexOf.get(previous.table[0]!)!, indexOf.get(block.at(-1)!)! + 1);
    } else {
      result.push({ table: block });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Writing plain text as Markdown

/** Copies lines, a line break between them, each line's start escaped where Markdown would read it as a block. */
function writeLines(body: CanonicalWriter, source: string, spans: Span[], escapeFirst = true): void {
  spans.forEach((span, index) => {
    if (index > 0) body.write('\n', span.start);
    if (index > 0 || escapeFirst) escapeLineStart(body, source, span.start);
    copyInline(body, source, span.start, span.end);
  });
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const content = text.slice(start, contentEnd);
    lines.push({ start, end: contentEnd, text: content, indent: content.length - content.trimStart().length });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function paragraphs(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      // A bullet under a line of text (`Items:` then `- …`) starts a list of its own.
      if (current.length > 0 && BULLET.test(line.text) && !BULLET.test(current[0]!.text)) {
        blocks.push(current);
        current = [];
      }
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function trimmed(source: string, start: number, end: number): Span {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return { start, end };
}

const trimmedLine = (line: Line): Span => ({ start: line.start + line.indent, end: line.start + line.text.trimEnd().length });

/** `July 16, 2008`, `May 15-16, 2019` (the first day), or any single date chrono reads. */
function meetingDate(text: string): string | null {
  const match = /^\s*([A-Za-z]+)\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})\s*$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
    const iso = `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
    return month > 0 && isValidIsoDate(iso) ? iso : null;
  }
  const reading = /\d{4}/.test(text) ? readDate(text.trim(), null) : null;
  return reading?.ok && !reading.approximate ? reading.date : null;
}

