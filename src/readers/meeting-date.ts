import { findDates, isValidIsoDate, resolveDay } from '../model/dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const valid = (date: string) => (isValidIsoDate(date) ? date : null);

/** The first date with its year written in a piece of text (`September 23 2014 Meeting Notes`, `2019-04-29`); null when there is none. */
export function dateInText(text: string): string | null {
  const isoDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (isoDate) return valid(isoDate[0].slice(0, 10));
  for (const found of findDates(text)) {
    if (found.start.year === null) continue;
    const date = resolveDay(found.start, null, 'nearest');
    if (date) return date;
  }
  return null;
}

/**
 * The meeting date a file's path gives: `2019-04-29-pwg.md`, `2022/07/20-json-ld-irc.txt`,
 * `meetings/2020-07/july-22.md` (TC39's folders), `board_minutes_2010_11_02.txt`; null when it gives none.
 */
export function dateInPath(path: string | null): string | null {
  if (!path) return null;
  const normalized = path.replace(/\\/g, '/');
  const full = /(?<!\d)(\d{4})[-_/.](\d{2})[-_/.](\d{2})(?!\d)/.exec(normalized);
  if (full) return valid(iso(Number(full[1]), Number(full[2]), Number(full[3])));
  const monthFolder = /(?<!\d)(\d{4})-(\d{2})\/([a-z]+)-(\d{1,2})(?:\.[a-z]+)?$/i.exec(normalized);
  if (monthFolder && MONTHS.includes(monthFolder[3]!.slice(0, 3).toLowerCase())) {
    return valid(iso(Number(monthFolder[1]), Number(monthFolder[2]), Number(monthFolder[4])));
  }
  return null;
}

/** A title made from a file's name (`2019-04-29-pwg.md` → `2019-04-29-pwg`), for documents that give none; null for standard input. */
export function titleFromPath(path: string | null): string | null {
  if (!path) return null;
  const base = path.replace(/\\/g, '/').split('/').pop()!.replace(/\.[^.]+$/, '');
  return base.trim() || null;
}
