/**
 * W3C minutes as text (see w3c.ts for the convention and its furniture): the raw IRC log RRSAgent keeps
 * (`HH:MM:SS <nick> text`, the input of scribe.perl and scribejs), and scribe.perl's text output (a
 * `- DRAFT -` header, `Attendees`, topics at the left margin, statements indented, `Summary of Action
 * Items`). Both are read line by line into the same messages, then written as canonical minutes.
 */
import { type FrontMatterField, registryValue, withFrontMatter } from './front-matter.js';
import { copyLineAsText } from './markdown-text.js';
import { dateInPath, dateInText, titleFromPath } from './meeting-date.js';
import { capitalWordsOf, People } from './people.js';
import type { ReadNote, ReadOptions, ReadResult } from './reader.js';
import { CanonicalWriter } from './source-map.js';

/** A line of the log: who wrote it (null for the scribe in text output) and where its text is. */
interface Message {
  nick: string | null;
  nickStart: number;
  /** The line's text, from `start` to `end` in the source. */
  text: string;
  start: number;
  end: number;
  /** A line of a recap section of text output (`Summary of Action Items`): read for what it adds, not written. */
  recap: boolean;
  /** A topic line of text output (at the left margin). */
  topic: boolean;
  /** A continuation line of text output (indented further than a statement). */
  continued: boolean;
  /** The title of a recap section of text output, written only when the recap adds an action. */
  recapTitle?: boolean;
}

const LOG_LINE = /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<([^<>\s]+)>[ \t]?(.*)$/;
const BOTS = new Set(['zakim', 'rrsagent', 'trackbot', 'agendabot', 'ghurlbot', 'github-bot', 'gb', 'loggy', 'sysbot']);
/** Bots whose lines are content: they say what an issue is. */
const CONTENT_BOTS = new Set(['ghurlbot', 'github-bot', 'gb']);
const STATUS = /^\[(DONE|PENDING|NEW|CONTINUES|CONTINUING|DROPPED|WITHDRAWN|STARTED)\]\s*/i;
const ACTION = /^action\s*:\s*/i;
const DECISION = /^(?:resolved|resolution|agreed)\s*:/i;
/** A bot's echo of an action it filed: trackbot's `Created ACTION-14 - … [on Name - due 2019-05-13].`, ghurlbot's `Created URL -> action 782 … (on ) due 27 Jul 2022`. */
const TRACKER_ECHO = /^Created (?:(ACTION-\d+) - .*?(?:- due (\d{4}-\d{2}-\d{2}))?\]?\.?|\S+ -> action \d+ .*?(?:due (.+?))?\.?)$/i;

/** Whether the text is a W3C IRC log or scribe.perl's text minutes. */
export function ircConfidence(text: string): number {
  const head = text.slice(0, 30_000);
  if (/^\s*- DRAFT -\s*$/m.test(head) && /^Attendees\s*$/m.test(head)) return 0.85;
  const lines = head.split('\n').filter((line) => line.trim() !== '').slice(0, 300);
  if (lines.length === 0) return 0;
  const logLines = lines.filter((line) => LOG_LINE.test(line)).length;
  if (logLines / lines.length < 0.5) return /^\s*\[End of minutes\]\s*$/m.test(text) ? 0.6 : 0;
  const w3c = /<(?:Zakim|RRSAgent|trackbot|agendabot)>|\b(?:present\+|scribenick:|scribe\+|agendum \d+)/i.test(head);
  const meetbot = /(?:^|> )#(?:startmeeting|topic|action|agreed|endmeeting)\b/im.test(head);
  return w3c && !meetbot ? 0.9 : meetbot ? 0.1 : 0.4;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const contentEnd = end > start && source[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: contentEnd, text: source.slice(start, contentEnd) });
    start = end + 1;
  }
  return lines;
}

function logMessages(lines: Line[]): Message[] {
  const messages: Message[] = [];
  for (const line of lines) {
    const match = LOG_LINE.exec(line.text);
    if (!match) continue;
    const nick = match[1]!;
    const text = match[2]!.replace(/\s+$/, '');
    const start = line.start + line.text.length - match[2]!.length;
    messages.push({ nick, nickStart: line.start + line.text.indexOf(`<${nick}>`) + 1, text, start, end: start + text.length, recap: false, topic: false, continued: false });
  }
  return messages;
}

/** The header of scribe.perl's text minutes: title, date and people, read from its blocks. */
interface TextHeader {
  title: { text: string; start: number } | null;
  date: { date: string; start: number } | null;
  roles: Map<string, { names: string[]; start: number }>;
  /** Index of the first line of the body (after the rule that ends the contents). */
  bodyStart: number;
}

function textHeader(lines: Line[]): TextHeader {
  const header: TextHeader = { title: null, date: null, roles: new Map(), bodyStart: 0 };
  let role: string | null = null;
  let afterDraft = false;
  for (const [index, line] of lines.entries()) {
    const trimmed = line.text.trim();
    if (/^_{10,}$/.test(trimmed) && (header.roles.size > 0 || afterDraft)) {
      header.bodyStart = index + 1;
      return header;
    }
    if (trimmed === '' || /^\[\d+\]/.test(trimmed)) continue;
    if (trimmed === '- DRAFT -') {
      afterDraft = true;
      continue;
    }
    if (afterDraft && !header.title) {
      header.title = { text: trimmed, start: line.start + line.text.indexOf(trimmed) };
      continue;
    }
    if (header.title && !header.date && dateInText(trimmed)) {
      header.date = { date: dateInText(trimmed)!, start: line.start };
      continue;
    }
    if (/^(Present|Regrets|Chair|Chairs|Scribe|Scribes|Guests)$/i.test(trimmed)) {
      role = trimmed.toLowerCase().replace(/s$/, '');
      continue;
    }
    if (role && /^\s{4,}/.test(line.text)) {
      const entry = header.roles.get(role) ?? { names: [], start: line.start };
      entry.names.push(...trimmed.split(/\s*,\s*/).filter(Boolean));
      header.roles.set(role, entry);
      continue;
    }
    if (!/^\s/.test(line.text)) role = null;
  }
  header.bodyStart = lines.length;
  return header;
}

const RECAP_TITLES = /^(?:Summary of Action Items|Summary of Resolutions|Summary of Decisions)\s*$/i;

function textMessages(lines: Line[], bodyStart: number): Message[] {
  const messages: Message[] = [];
  let recap = false;
  for (const line of lines.slice(bodyStart)) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (/^\[End of minutes\]$/i.test(trimmed)) break;
    const start = line.start + line.text.indexOf(trimmed);
    const base = { nick: null, nickStart: start, text: trimmed, start, end: start + trimmed.length, recap, topic: false, continued: false };
    if (!/^\s/.test(line.text)) {
      recap = RECAP_TITLES.test(trimmed);
      messages.push(recap ? { ...base, recap, recapTitle: true } : { ...base, topic: true });
      continue;
    }
    // `[recorded in …]` and the numbered references lynx writes are furniture.
    if (/^\[recorded in\b/i.test(trimmed) || /^\[\d+\]\s*\S+$/.test(trimmed)) continue;
    const log = LOG_LINE.exec(line.text);
    if (log) {
      const nick = log[1]!;
      const text = log[2]!.trim();
      const textStart = line.start + line.text.lastIndexOf(text);
      messages.push({ ...base, nick, nickStart: line.start + line.text.indexOf(`<${nick}>`) + 1, text, start: textStart, end: textStart + text.length });
      continue;
    }
    const indent = line.text.length - line.text.trimStart().length;
    messages.push({ ...base, continued: indent > 3 && messages.length > 0 && !messages.at(-1)!.topic });
  }
  return messages;
}

interface IrcState {
  source: string;
  writer: CanonicalWriter;
  people: People;
  notes: ReadNote[];
  scribes: Set<string>;
  /** The paragraph being written, which a `...` continuation line extends. */
  open: boolean;
  started: boolean;
  items: number;
  subItems: number;
  actions: number;
  /** The last action written, to which a tracker's `Created ACTION-14` echo gives its id and due date. */
  pendingAction: { anchor: number; number: number; due: boolean } | null;
  date: string | null;
  /** Actions already written, by their text, so that a recap does not add them twice. */
  written: Set<string>;
  /** The recap section being read (text output), and whether its title is written yet. */
  recap: { start: number; end: number; written: boolean } | null;
}

const normalize = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Zakim's form of a nick: without the trailing digits and underscores an IRC client adds. */
const baseNick = (nick: string) => nick.replace(/[_\d]+$/, '') || nick;

export function readIrc(source: string, path: string | null, options: ReadOptions): ReadResult {
  const lines = linesOf(source);
  const textOutput = /^\s*- DRAFT -\s*$/m.test(source.slice(0, 30_000)) || /^\s*\[End of minutes\]\s*$/m.test(source);
  const header = textOutput ? textHeader(lines) : null;
  const messages = header ? textMessages(lines, header.bodyStart) : logMessages(lines);
  const people = new People();
  const notes: ReadNote[] = [];
  const fields = new Map<string, FrontMatterField>();
  const set = (key: string, value: unknown, anchor: number) => {
    if (!fields.has(key) && value !== undefined && value !== null && value !== '') fields.set(key, { key, value, anchor });
  };
  const attendees: { names: string[]; anchor: number } = { names: [], anchor: 0 };
  const apologies: string[] = [];
  const chairs: string[] = [];
  const scribes: string[] = [];
  if (header) {
    if (header.title) set('title', header.title.text, header.title.start);
    if (header.date) set('date', header.date.date, header.date.start);
    for (const [role, { names, start }] of header.roles) {
      for (const name of names) people.add(name);
      if (role === 'present' || role === 'guest') {
        attendees.names.push(...names);
        attendees.anchor = start;
      } else if (role === 'regret') apologies.push(...names);
      else if (role === 'chair') chairs.push(...names);
      else scribes.push(...names);
    }
  }
  // The people and the meeting's facts first: owners resolve against them, ids need the date.
  let zakimAttendees: { names: string[]; anchor: number } | null = null;
  let chairAnchor = 0;
  for (const message of messages) {
    const { text } = message;
    const nick = message.nick?.toLowerCase() ?? '';
    if (nick === 'zakim') {
      const seen = /attendees (?:have been|were) (.+?)\.?$/i.exec(text);
      if (seen) zakimAttendees = { names: seen[1]!.split(/\s*,\s*/).filter(Boolean), anchor: message.start };
    } else if (nick === 'rrsagent') {
      const logging = /logging to https?:\/\/(?:www\.)?w3\.org\/(\d{4})\/(\d{2})\/(\d{2})-/i.exec(text);
      if (logging) set('date', `${logging[1]}-${logging[2]}-${logging[3]}`, message.start);
    } else if (message.nick && !BOTS.has(nick)) {
      const command = /^(present|regrets?|chairs?|scribe(?:nick)?|meeting|date)\s*([+:])\s*(.*)$/i.exec(text);
      if (!command) continue;
      const [, key, , rest] = command as unknown as [string, string, string, string];
      const names = rest.trim() ? rest.split(/\s*,\s*/).map((name) => name.trim()).filter(Boolean) : [message.nick];
      const kind = key.toLowerCase();
      if (kind === 'meeting') set('title', rest.trim(), message.start);
      else if (kind === 'date') set('date', dateInText(rest), message.start);
      else if (kind === 'present') {
        for (const name of names) people.add(baseNick(name), { aliases: [name] });
        attendees.names.push(...names.map(baseNick));
        attendees.anchor ||= message.start;
      } else if (kind.startsWith('regret')) {
        for (const name of names) people.add(baseNick(name), { aliases: [name] });
        apologies.push(...names.map(baseNick));
      } else if (kind.startsWith('chair')) {
        for (const name of names) people.add(baseNick(name), { aliases: [name] });
        chairs.push(...names.map(baseNick));
        chairAnchor ||= message.start;
      } else {
        for (const name of names) people.add(baseNick(name), { aliases: [name] });
        scribes.push(...names.map(baseNick));
      }
    }
  }
  if (zakimAttendees) {
    for (const name of zakimAttendees.names) people.add(name);
  }
  const present = zakimAttendees ?? attendees;
  if (options.title) fields.set('title', { key: 'title', value: options.title, anchor: 0 });
  if (options.date) fields.set('date', { key: 'date', value: options.date, anchor: 0 });
  if (!fields.has('title')) {
    set('title', titleFromPath(path), 0);
    notes.push({ message: fields.has('title') ? 'no `meeting:` line: the title is taken from the file name' : 'no `meeting:` line: give a title with --title', offset: 0 });
  }
  set('date', dateInPath(path), 0);
  if (!fields.has('date')) notes.push({ message: 'no meeting date in the log or the file name: give one with --date', offset: 0 });
  if (options.body) fields.set('body', { key: 'body', value: options.body, anchor: 0 });

  const writer = new CanonicalWriter(source);
  const state: IrcState = {
    source,
    writer,
    people,
    notes,
    scribes: new Set(scribes.map((scribe) => scribe.toLowerCase())),
    open: false,
    started: false,
    items: 0,
    subItems: 0,
    actions: 0,
    pendingAction: null,
    date: (fields.get('date')?.value as string | undefined) ?? null,
    written: new Set(),
    recap: null,
  };
  for (const message of messages) writeMessage(message, state);
  closePendingAction(state);
  writer.write('\n', source.length);

  const unique = (names: string[]) => [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
  const front: FrontMatterField[] = ['title', 'date', 'body'].flatMap((key) => (fields.has(key) ? [fields.get(key)!] : []));
  front.push({ key: 'chair', value: unique(chairs).join(', ') || undefined, anchor: chairAnchor });
  front.push({ key: 'secretary', value: unique(scribes).join(', ') || undefined, anchor: 0 });
  front.push({ key: 'attendees', value: unique(present.names), anchor: present.anchor });
  front.push({ key: 'apologies', value: unique(apologies), anchor: 0 });
  front.push({ key: 'actors', value: registryValue(people.registry(capitalWordsOf(source))), anchor: present.anchor });
  return { ...withFrontMatter(source, front, writer.finish()), source, notes };
}

function block(state: IrcState, anchor: number): void {
  if (state.started) state.writer.write('\n\n', anchor);
  state.started = true;
  state.open = false;
}

function writeMessage(message: Message, state: IrcState): void {
  const { writer } = state;
  const { text, start } = message;
  const nick = message.nick?.toLowerCase() ?? null;
  // A tracker's `Created …` echo completes the action just written; anything else closes it.
  const echo = nick !== null && BOTS.has(nick) ? TRACKER_ECHO.exec(text) : null;
  if (!echo) closePendingAction(state);
  if (message.recapTitle) {
    state.recap = { start, end: message.end, written: false };
    return;
  }
  if (message.topic) {
    writeTopic(state, start, message.end, false);
    return;
  }
  if (nick !== null && BOTS.has(nick)) {
    const agendum = /^agendum \d+ -- (.+?) -- taken up\b/i.exec(text);
    if (nick === 'zakim' && agendum) writeTopic(state, start + text.indexOf(agendum[1]!), start + text.indexOf(agendum[1]!) + agendum[1]!.length, false);
    if (echo) {
      // The action's due date, and trackbot's global id; a later echo of the same action is furniture.
      if (!state.pendingAction) return;
      const due = echo[2] ?? (echo[3] ? dateInText(echo[3]) : null);
      if (due && !state.pendingAction.due) {
        writer.write(` (due ${due})`, start);
        state.pendingAction.due = true;
      }
      if (echo[1]) {
        writer.write(` {#${echo[1]}}`, start);
        state.pendingAction = null;
      }
      return;
    }
    if (CONTENT_BOTS.has(nick)) quote(message, state);
    return;
  }
  if (isFurniture(text)) return;
  const commandArgument = /^(?:topic|sub-?topic)\s*:\s*/i.exec(text);
  if (commandArgument) {
    writeTopic(state, start + commandArgument[0].length, message.end, /^sub/i.test(text));
    return;
  }
  const status = STATUS.exec(text);
  const afterStatus = status ? text.slice(status[0].length) : text;
  const action = ACTION.exec(afterStatus);
  if (action) {
    const innerStatus = STATUS.exec(afterStatus.slice(action[0].length));
    const done = /^(?:DONE|DROPPED|WITHDRAWN)$/i.test((status ?? innerStatus)?.[1] ?? '');
    const bodyStart = start + (status?.[0].length ?? 0) + action[0].length + (innerStatus?.[0].length ?? 0);
    writeAction(state, bodyStart, message.end, done, message.recap);
    return;
  }
  if (message.recap) return;
  if (DECISION.test(text)) {
    block(state, start);
    copyLineAsText(writer, state.source, start, message.end);
    return;
  }
  const fromScribe = nick === null || state.scribes.has(nick) || state.scribes.has(baseNick(nick));
  const continuation = /^(?:\.\.\.?|…)\s*/.exec(text);
  if (fromScribe && (continuation || message.continued) && state.open) {
    writer.write('\\\n', start);
    copyLineAsText(writer, state.source, start, message.end);
    return;
  }
  if (fromScribe) {
    block(state, start);
    state.open = copyLineAsText(writer, state.source, start, message.end);
    return;
  }
  quote(message, state);
}

/** A line someone typed themselves (not the scribe), or a bot's note about an issue: a quote, `> nick: text`. */
function quote(message: Message, state: IrcState): void {
  if (!message.nick || !message.text) return;
  block(state, message.start);
  state.writer.write('> ', message.nickStart).copy(message.nickStart, message.nickStart + message.nick.length).write(': ', message.start);
  state.writer.copy(message.start, message.end);
}

const FURNITURE = [
  // Joins and parts.
  /^\S+ has (?:joined|left|quit)\b/i,
  // Commands to the bots.
  /^(?:zakim|rrsagent|trackbot|agendabot|ghurlbot|github-bot|gb)\s*[,:]/i,
  // The speaker queue.
  /^(?:q[+\-?]|\+q|q\s*[+-]\s*to\b.*|ack\s+\S+.*|queue\s*[+\-=].*)$/i,
  // The meeting's facts (read into the front matter) and the agenda's making.
  /^(?:present|regrets?|chairs?|scribe(?:nick)?|meeting|date)\s*[+\-:]/i,
  /^agenda\s*[+-]/i,
  // The scribe's corrections (`s/old/new/`, `i/before/insert/`).
  /^[si]\/.*\/.*$/,
];

/** Queue and bot commands, joins and parts, the scribe's own bookkeeping: not minutes. */
function isFurniture(text: string): boolean {
  return text === '' || FURNITURE.some((pattern) => pattern.test(text));
}

function writeTopic(state: IrcState, start: number, end: number, sub: boolean): void {
  const title = state.source.slice(start, end).trim();
  if (!title) return;
  block(state, start);
  if (sub && state.items > 0) {
    state.subItems++;
    state.writer.write(`### ${state.items}.${state.subItems} `, start);
  } else {
    state.items++;
    state.subItems = 0;
    state.writer.write(`## ${state.items}. `, start);
  }
  const from = start + (state.source.slice(start, end).length - state.source.slice(start, end).trimStart().length);
  state.writer.copy(from, from + title.length);
}

/** `ACTION: gkellogg to add a section` (and `[DONE] ACTION: …`): a task item, `- [ ] gkellogg: add a section {#2022-07-20-action1}`. */
function writeAction(state: IrcState, start: number, end: number, done: boolean, recap: boolean): void {
  const { source, writer } = state;
  const text = source.slice(start, end);
  const candidate = /^(.{1,80}?)\s+to\s+(\S[\s\S]*)$/.exec(text) ?? /^([\w.-]+(?:\s*,\s*[\w.-]+)*)\s*:\s*(\S[\s\S]*)$/.exec(text);
  // `ACTION: gkellogg to …`: a few words before `to`, not a sentence.
  const owned = candidate && candidate[1]!.split(/\s+/).length <= 6 ? candidate : null;
  const owners = owned ? owned[1]! : null;
  const what = (owned ? owned[2]! : text).replace(/\s*\[\d+\]$/, '');
  const key = normalize(what);
  if (state.written.has(key)) return;
  state.written.add(key);
  if (recap && state.recap && !state.recap.written) {
    block(state, state.recap.start);
    writer.write('## ', state.recap.start).copy(state.recap.start, state.recap.end);
    state.recap.written = true;
  }
  block(state, start);
  writer.write(done ? '- [x] ' : '- [ ] ', start);
  if (owners) {
    for (const owner of owners.split(/\s*(?:,|;|&|\band\b)\s*/)) {
      if (owner && !state.people.resolve(baseNick(owner)) && !state.people.resolve(owner)) {
        state.notes.push({ message: `action owner "${owner}" is not among the attendees: kept as written`, offset: start });
      } else if (owner) {
        state.people.resolve(owner);
      }
    }
    writer.copy(start, start + owners.length).write(': ', start + owners.length);
  } else {
    state.notes.push({ message: 'an action without an owner ("ACTION: name to …")', offset: start });
  }
  const whatStart = start + text.indexOf(what);
  const whatEnd = whatStart + what.length;
  const colon = owners ? -1 : source.indexOf(':', whatStart);
  if (colon !== -1 && colon < whatEnd) writer.copy(whatStart, colon).write('\\', colon).copy(colon, whatEnd);
  else writer.copy(whatStart, whatEnd);
  state.actions++;
  state.pendingAction = { anchor: start, number: state.actions, due: false };
}

/** The id of the last action, when trackbot did not give it one: per meeting, qualified by its date. */
function closePendingAction(state: IrcState): void {
  const pending = state.pendingAction;
  if (!pending) return;
  state.writer.write(` {#${state.date ? `${state.date}-` : ''}action${pending.number}}`, pending.anchor);
  state.pendingAction = null;
}
