import path from 'node:path';
import { type Hover, MarkupKind, type Position, type Range } from 'vscode-languageserver';
import type { Range as Offsets } from '../model/build.js';
import type { Actor } from '../schemas/generated/minutes.js';
import type { Series } from '../series/series.js';
import { idTokenAt, lineText, meetingsOf, stepsOf } from './navigation.js';
import { offsetRange } from './positions.js';
import type { Analysis } from './workspace.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 86_400_000;

/** Today in the local time zone, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How far a date is from today: "12 days left", "due today", "3 days overdue". */
function countdown(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'due today';
  return days > 0 ? `${plural(days, 'day')} left` : `${plural(-days, 'day')} overdue`;
}

const within = (offset: number, [start, end]: Offsets) => start <= offset && offset <= end;
const markdown = (value: string, range: Range): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/**
 * Hover: an action id shows its history across the series; a due date its weekday and how many days are
 * left or overdue (a deadline in the prose likewise, another date its weekday); an actor code, name or
 * alias the actor's name, aliases and members.
 */
export function hover(analysis: Analysis, series: Series | null, position: Position, today: string): Hover | null {
  const parsed = analysis.parsed;
  if (!parsed) return null;
  const document = analysis.document;
  const offset = document.offsetAt(position);

  const token = idTokenAt(document, position);
  if (token) {
    const history = actionHistory(analysis, series, token.id, today);
    if (history) return markdown(history, token.range);
  }

  for (const { action, due } of parsed.actions) {
    if (!due || !within(offset, due.range)) continue;
    let text: string;
    if (!due.date) text = `**Due** ${code(due.raw)}: ${due.problem ?? 'not a date minutes can read'}`;
    else {
      text = `**Due** ${weekday(due.date)} ${due.date}, ${action.status === 'done' ? 'done' : countdown(due.date, today)}`;
      if (due.approximate) text += `\n\n${code(due.raw)} names no day: read as ${due.date}`;
    }
    return markdown(text, offsetRange(document, due.range));
  }

  for (const { kind, entry, range } of parsed.dates) {
    if (!within(offset, range)) continue;
    const end = entry.end ? ` to ${weekday(entry.end)} ${entry.end}` : '';
    const text = kind === 'deadline' ? `**Deadline** ${weekday(entry.date)} ${entry.date}${end}, ${countdown(entry.date, today)}` : `${weekday(entry.date)} ${entry.date}${end}`;
    return markdown(text, offsetRange(document, range));
  }

  for (const action of parsed.actions) {
    for (const owner of action.owners) {
      if (!within(offset, owner.range)) continue;
      const actor = owner.code ? parsed.actors.registry[owner.code] : undefined;
      const text = owner.code && actor ? actorText(owner.code, actor) : `${code(owner.written)} is not an actor of the registry`;
      return markdown(text, offsetRange(document, owner.range));
    }
  }

  const line = lineText(document, position.line);
  for (const match of parsed.actors.matches(line)) {
    if (match.start > position.character || position.character > match.end) continue;
    const actor = parsed.actors.registry[match.value];
    if (!actor) continue;
    const range = { start: { line: position.line, character: match.start }, end: { line: position.line, character: match.end } };
    return markdown(actorText(match.value, actor), range);
  }
  return null;
}

function actorText(code: string, actor: Actor): string {
  const lines = [`**${code}**: ${actor.name}`];
  if (actor.aliases.length) lines.push(`also written ${actor.aliases.map((alias) => `"${alias}"`).join(', ')}`);
  if (actor.members?.length) lines.push(`stands for ${actor.members.join(', ')}`);
  if (actor.email) lines.push(actor.email);
  return lines.join('\n\n');
}

/** An action's history: one line per meeting of the series that records it. */
function actionHistory(analysis: Analysis, series: Series | null, id: string, today: string): string | null {
  const { steps, meetings } = stepsOf(meetingsOf(analysis, series), id);
  if (!steps.length) return null;
  const last = steps.at(-1)!;
  const state = last.occurrence.status === 'done' ? 'done' : last.due ? `open, due ${last.due} (${countdown(last.due, today)})` : 'open';
  const lines = [`**Action ${code(id)}**: ${last.owners.length ? `${last.owners.join(', ')}: ` : ''}${last.occurrence.text}`, '', `Now ${state}.`, ''];
  for (const step of steps) {
    const record = meetings[step.meeting]!;
    const where = record.file ? (record === analysis.record ? 'this file' : path.basename(record.file)) : 'this file';
    const number = record.meeting !== null ? `, meeting ${record.meeting}` : '';
    const status = step.occurrence.status === 'done' ? 'done' : 'open';
    const due = step.occurrence.due ? `, due ${step.occurrence.due}` : '';
    const owners = step.occurrence.owners.length ? `, ${step.occurrence.owners.join(', ')}` : '';
    lines.push(`- ${record.date ?? 'undated'} (${where}${number}, line ${step.occurrence.place.line}): ${status}${owners}${due}`);
  }
  return lines.join('\n');
}
