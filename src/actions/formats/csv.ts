import type { Entry } from '../entries.js';

const COLUMNS = ['kind', 'id', 'owners', 'text', 'due', 'status', 'overdue', 'meeting_date', 'meeting_title', 'item_number', 'item_title', 'file', 'line'] as const;

/** A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV: one header row, CRLF line breaks, owners joined by a space. */
export function renderCsv(entries: readonly Entry[]): string {
  const rows = entries.map((entry) => [
    entry.kind,
    entry.id,
    entry.owners.join(' '),
    entry.text,
    entry.due ?? '',
    entry.status,
    String(entry.overdue),
    entry.meeting.date ?? '',
    entry.meeting.title ?? '',
    entry.item?.number ?? '',
    entry.item?.title ?? '',
    entry.file ?? '',
    String(entry.line),
  ]);
  return [COLUMNS, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
