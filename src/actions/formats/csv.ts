import type { Entry } from '../entries.js';

const COLUMNS = ['kind', 'id', 'owners', 'text', 'due', 'status', 'overdue', 'meeting_date', 'meeting_title', 'item_number', 'item_title', 'file', 'line'] as const;

export interface CsvOptions {
  /** The field separator, one character other than `"`, CR and LF (default `,`; `;` for Excel in most EU locales). */
  delimiter?: string;
  /** Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** A row's entry: a follow-up entry, or another kind of row of the register (`decision`, `attended`, `apologies`). */
export type CsvEntry = Omit<Entry, 'kind'> & { kind: string };

/** RFC 4180 CSV: one header row, CRLF line breaks, owners joined by a space; the delimiter may be other than a comma. */
export function renderCsv(entries: readonly CsvEntry[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  // A field is quoted when it holds the delimiter, a quote or a line break; its quotes are doubled.
  const field = (value: string): string => (value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = entries.flatMap((entry) => [
    [
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
    ],
    // With --history: a `step` row per meeting that carries the entry, after it.
    ...(entry.history ?? []).map((step) => ['step', entry.id, step.owners.join(' '), step.text, step.due ?? '', step.status, '', step.date ?? '', '', '', '', step.file ?? '', String(step.line)]),
  ]);
  return (options.bom ? '\uFEFF' : '') + [COLUMNS, ...rows].map((row) => `${row.map(field).join(delimiter)}\r\n`).join('');
}
