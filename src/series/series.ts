import path from 'node:path';
import type { MeetingRecord } from './record.js';

/**
 * A series: the minutes of one body, in meeting order (date, then the `meeting` key, which may be a
 * number or text, then the file name; multi-day and same-day meetings are normal).
 */
export interface Series {
  /** What the series is named by: its folder, or the folder a configuration's `series:` names. */
  key: string;
  meetings: MeetingRecord[];
}

const numeric = (meeting: MeetingRecord['meeting']) => (typeof meeting === 'number' ? meeting : meeting !== null && /^\d+$/.test(meeting) ? Number(meeting) : null);

export function compareMeetings(a: MeetingRecord, b: MeetingRecord): number {
  const byDate = (a.date ?? '9999').localeCompare(b.date ?? '9999');
  if (byDate) return byDate;
  const x = numeric(a.meeting);
  const y = numeric(b.meeting);
  if (x !== null && y !== null && x !== y) return x - y;
  const byMeeting = String(a.meeting ?? '').localeCompare(String(b.meeting ?? ''), undefined, { numeric: true });
  return byMeeting || (a.file ?? '').localeCompare(b.file ?? '');
}

/**
 * The series among some files: the files of one folder are one series, unless `seriesOf` (from the
 * configuration's `series:` key) names another or leaves a file out (null).
 */
export function groupSeries(records: readonly MeetingRecord[], seriesOf: (record: MeetingRecord) => string | null = defaultSeries): Series[] {
  const groups = new Map<string, MeetingRecord[]>();
  for (const record of records) {
    const key = seriesOf(record);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups].map(([key, meetings]) => ({ key, meetings: meetings.sort(compareMeetings) }));
}

const defaultSeries = (record: MeetingRecord) => (record.file === null ? '<stdin>' : path.dirname(path.resolve(record.file)));

/** Whether two records are numbered as one meeting: the same date and the same `meeting` (both absent counts). */
export function sameMeeting(a: MeetingRecord, b: MeetingRecord): boolean {
  return a.date !== null && a.date === b.date && String(a.meeting ?? '') === String(b.meeting ?? '');
}

export { numeric as meetingNumber };

/** How findings name a meeting: its date, its number, its file. */
export function meetingName(record: MeetingRecord): string {
  const number = record.meeting !== null ? ` (meeting ${record.meeting})` : '';
  return `the meeting of ${record.date ?? 'an unknown date'}${number}${record.file ? `, ${path.basename(record.file)}` : ''}`;
}
