import type { Root, Table, TableRow } from 'mdast';
import { type CsvEntry, renderCsv, type CsvOptions } from '../actions/formats/csv.js';
import type { Register as RegisterJson } from '../schemas/generated/register.js';
import { canonicalStringifierWith } from './markdown.js';

const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
const table = (header: string[], rows: string[][]): Table => ({ type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] });
const heading = (depth: 1 | 2, text: string) => ({ type: 'heading' as const, depth, children: [{ type: 'text' as const, value: text }] });
const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] });

/** The register as Markdown: meetings with attendance, actions and deadlines with their trail, decisions. */
export function renderRegisterMarkdown(register: RegisterJson): string {
  const trail = (history: RegisterJson['actions'][number]['history']) => (history ?? []).map((step) => `${step.date ?? 'undated'} ${step.status}${step.due ? ` (due ${step.due})` : ''}`).join('; ');
  const entries = (list: RegisterJson['actions']) =>
    list.length
      ? [table(['id', 'owners', 'what', 'due', 'status', 'trail'], list.map((entry) => [entry.id, entry.owners.join(', '), entry.text, entry.due ?? '', entry.overdue ? 'overdue' : entry.status, trail(entry.history)]))]
      : [paragraph('None.')];
  const root: Root = {
    type: 'root',
    children: [
      heading(1, `Register of ${register.meetings[0]?.body ?? register.series}`),
      heading(2, 'Meetings'),
      table(['date', 'meeting', 'title', 'status', 'attended', 'apologies'], register.meetings.map((m) => [m.date ?? '', m.meeting === null ? '' : String(m.meeting), m.title ?? '', m.status ?? '', m.attendees.join(', '), m.apologies.join(', ')])),
      heading(2, 'Actions'),
      ...entries(register.actions),
      heading(2, 'Deadlines'),
      ...entries(register.deadlines),
      heading(2, 'Decisions'),
      ...(register.decisions.length
        ? [table(['date', 'item', 'decision'], register.decisions.map((d) => [d.date ?? '', d.item ? `${d.item.number ?? ''} ${d.item.title}`.trim() : '', d.text]))]
        : [paragraph('None.')]),
    ],
  };
  return canonicalStringifierWith().stringify(root);
}

/**
 * The register as CSV: the actions and deadlines with a `step` row per meeting that carries them (as
 * `actions --history --format csv` writes them), then a row per decision and per attendance.
 */
export function renderRegisterCsv(register: RegisterJson, options: CsvOptions = {}): string {
  const decisions = register.decisions.map((d): CsvEntry => ({
    kind: 'decision',
    id: '',
    owners: [],
    text: d.text,
    due: null,
    status: 'done' as const,
    overdue: false,
    file: d.file,
    line: d.line,
    meeting: { title: null, date: d.date },
    item: d.item,
  }));
  const attendance = register.meetings.flatMap((m) => [
    ...m.attendees.map((name) => ({ kind: 'attended', name, m })),
    ...m.apologies.map((name) => ({ kind: 'apologies', name, m })),
  ]).map(({ kind, name, m }): CsvEntry => ({
    kind,
    id: '',
    owners: [name],
    text: '',
    due: null,
    status: 'done' as const,
    overdue: false,
    file: m.file,
    line: 1,
    meeting: { title: m.title, date: m.date },
    item: null,
  }));
  return renderCsv([...register.actions, ...register.deadlines, ...decisions, ...attendance], options);
}
