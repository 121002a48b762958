import * as chrono from 'chrono-node';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateExists(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoShaped(text: string): boolean {
  return ISO_DATE.test(text);
}

/** Whether a YYYY-MM-DD string names a day that exists (not 2019-02-30, not year 0). */
export function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && dateExists(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** 0 (Sunday) to 6 (Saturday) for a valid ISO date. */
export function weekdayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCDay();
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export type DateReading =
  | { ok: true; date: string }
  | { ok: false; reason: string };

/**
 * Reads a date written by a person: ISO (`2019-04-11`) or natural (`11 April`, `April 11, 2019`,
 * `11/04/2019` day first). A date without a year takes the meeting's year. The whole text must be the date.
 */
export function readDate(text: string, meetingDate: string | null): DateReading {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    return isValidIsoDate(trimmed)
      ? { ok: true, date: trimmed }
      : { ok: false, reason: `${trimmed} is not a day of the calendar` };
  }
  const found = findDates(trimmed, meetingDate);
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || only.phrase.length < trimmed.replace(/^(?:on|by|the)\s+/i, '').replace(/[.,;]$/, '').length) {
    return { ok: false, reason: `"${trimmed}" cannot be read as a date; write it as YYYY-MM-DD` };
  }
  return { ok: true, date: only.date };
}

export interface FoundDate {
  date: string;
  /** The date as written, without a leading preposition. */
  phrase: string;
  /** Where the phrase starts in the text given. */
  index: number;
  /** The weekday the text names with the date, 0 (Sunday) to 6, if it names one. */
  weekday: number | null;
}

// Only the parsers for written dates: day and month names (`11 April`, `April 11, 2019`, `Friday 5 April`),
// ISO and numeric dates. Numeric dates are read day first, as in Europe (03/04/2019 is 3 April); the
// day-first configuration would also take "April 11" for April 2011, so month names come from the other.
// Leaving out chrono's casual, time and relative parsers makes it several times faster.
const HAS_DIGIT = /\d/;
const MONTH_NAMES = ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ISOFormatParser', 'ENWeekdayParser', 'ENYearMonthDayParser'];
let proseParser: chrono.Chrono | null = null;

function parseProse(text: string, reference: Date): chrono.ParsedResult[] {
  if (!proseParser) {
    const monthFirst = chrono.en.configuration.createCasualConfiguration(false);
    const dayFirst = chrono.en.configuration.createCasualConfiguration(true);
    const named = (parsers: chrono.Parser[], names: string[]) => parsers.filter((parser) => names.includes(parser.constructor.name));
    proseParser = new chrono.Chrono({
      parsers: [...named(monthFirst.parsers, MONTH_NAMES), ...named(dayFirst.parsers, ['SlashDateFormatParser'])],
      refiners: monthFirst.refiners,
    });
  }
  return proseParser.parse(text, reference);
}

const LEADING_PREPOSITION = /^(?:on|at|in|from|of|the)\s+/i;

/**
 * Every full date (day and month certain) in a piece of prose. Without a written year the meeting's year
 * applies; without a meeting date such dates are skipped, since their year is unknown.
 */
export function findDates(text: string, meetingDate: string | null): FoundDate[] {
  if (!HAS_DIGIT.test(text)) return []; // every date we keep has its day in digits: skip the parser
  const meetingYear = meetingDate && isValidIsoDate(meetingDate) ? Number(meetingDate.slice(0, 4)) : null;
  const reference = meetingYear === null ? new Date() : new Date(meetingYear, Number(meetingDate!.slice(5, 7)) - 1, Number(meetingDate!.slice(8, 10)));
  const found: FoundDate[] = [];
  for (const result of parseProse(text, reference)) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month') || !HAS_DIGIT.test(result.text)) continue;
    const year = start.isCertain('year') ? start.get('year') : meetingYear;
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null || !dateExists(year, month, day)) continue;
    let phrase = result.text;
    let index = result.index;
    const preposition = LEADING_PREPOSITION.exec(phrase);
    if (preposition) {
      phrase = phrase.slice(preposition[0].length);
      index += preposition[0].length;
    }
    found.push({
      date: isoDate(year, month, day),
      phrase,
      index,
      weekday: start.isCertain('weekday') ? start.get('weekday') : null,
    });
  }
  return found;
}

// A date is a deadline when a cue ends the words before it (fillers such as "the" or "on" aside),
// or when the sentence speaks of a deadline.
const CUE_AT_END = /\b(?:until|till|by|before|no later than|not later than|deadline|due|closes?|closing|expires?|expiring|ends?)$/i;
const CUE_ANYWHERE = /\bdeadlines?\b/i;
const FILLER_AT_END = /\s*(?:\b(?:the|on|of|at|is|was|are|be|will|set|for|midnight|noon|close of business|COB)|[,:])$/i;

/** Whether a date found at `index` in `sentence` is a deadline ("open until April 11", "by 3 May"). */
export function isDeadline(sentence: string, index: number): boolean {
  return speaksOfDeadline(sentence) || hasCueBefore(sentence, index);
}

/** Whether the sentence names a deadline, which makes each of its dates one. */
export function speaksOfDeadline(sentence: string): boolean {
  return CUE_ANYWHERE.test(sentence);
}

/** Whether a deadline cue ends the words before `index` (only the last few words are looked at). */
export function hasCueBefore(sentence: string, index: number): boolean {
  let before = sentence.slice(Math.max(0, index - 80), index).trimEnd();
  for (let stripped = before.replace(FILLER_AT_END, ''); stripped !== before; stripped = before.replace(FILLER_AT_END, '')) {
    before = stripped.trimEnd();
  }
  return CUE_AT_END.test(before);
}
