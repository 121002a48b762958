import type { Entry } from '../entries.js';

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line to 75 octets, never inside a UTF-8 sequence (RFC 5545, 3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

/** The day after an ISO date: the exclusive end of an all-day event. */
function nextDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day + 1));
  date.setUTCFullYear(year);
  return date.toISOString().slice(0, 10);
}

/**
 * An iCalendar file (RFC 5545) with one VTODO per dated entry (one per action: each action is listed
 * once, in its current state): DUE as a date, SUMMARY with the owners, STATUS (COMPLETED when done), and
 * a UID made from the entry's id, so re-importing updates rather than duplicates. With `events`, all-day
 * VEVENTs on the due date instead, which calendars that ignore to-dos import.
 */
export function renderIcs(entries: readonly Entry[], options: { events?: boolean } = {}): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//minutes//minutes actions//EN', 'CALSCALE:GREGORIAN'];
  for (const entry of entries) {
    if (entry.due === null) continue;
    const owners = entry.owners.length ? `${entry.owners.join(', ')}: ` : '';
    const where = [entry.meeting.title, entry.meeting.date, entry.item ? `item ${entry.item.number ?? ''} ${entry.item.title}`.trim() : null]
      .filter(Boolean)
      .join(', ');
    const component = options.events ? 'VEVENT' : 'VTODO';
    lines.push(
      `BEGIN:${component}`,
      `UID:${text(entry.id)}@minutes`,
      // DTSTAMP is required; the meeting date keeps the file the same from run to run.
      `DTSTAMP:${compact(entry.meeting.date ?? entry.due)}T000000Z`,
      ...(options.events ? [`DTSTART;VALUE=DATE:${compact(entry.due)}`, `DTEND;VALUE=DATE:${compact(nextDay(entry.due))}`, 'TRANSP:TRANSPARENT'] : [`DUE;VALUE=DATE:${compact(entry.due)}`]),
      `SUMMARY:${text(`${entry.status === 'done' && options.events ? 'Done: ' : ''}${owners}${entry.text}`)}`,
      `DESCRIPTION:${text(`${entry.kind === 'deadline' ? 'Deadline' : 'Action'} from ${where}${entry.file ? ` (${entry.file}:${entry.line})` : ''}`)}`,
      // An event has no state of completion: a done action says so in its summary.
      options.events ? 'STATUS:CONFIRMED' : `STATUS:${entry.status === 'done' ? 'COMPLETED' : 'NEEDS-ACTION'}`,
      `CATEGORIES:${entry.kind === 'deadline' ? 'DEADLINE' : 'ACTION'}`,
      `END:${component}`,
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${fold(line)}\r\n`).join('');
}
