// The locales minutes reads, one by one: chrono-node's main module loads all sixteen of its locales, which
// cost 6% of a one-file run.
import type { ParsedComponents } from 'chrono-node';
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as italian from 'chrono-node/it';
import * as nl from 'chrono-node/nl';

type ChronoConfiguration = ConstructorParameters<typeof en.Chrono>[0] & { parsers: en.Parser[]; refiners: en.Refiner[] };
import { MONTH_NAMES, wordsFor } from './language.js';
import { escapeRegExp } from './text.js';

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

/** How the dates of a file are read: its language's month names and words, and the order of numeric dates. */
export interface DateSettings {
  language: string;
  /** `03/04/2024`: day first (dmy) or month first (mdy). */
  order: 'dmy' | 'mdy';
}

/** The settings for a language tag and an optional order: numeric dates are month first in en-US only. */
export function dateSettings(language?: string | null, order?: 'dmy' | 'mdy' | null): DateSettings {
  const tag = language ?? 'en';
  return { language: tag, order: order ?? (/^en-US$/i.test(tag) ? 'mdy' : 'dmy') };
}

const DEFAULT_SETTINGS = dateSettings();

/**
 * How a date written without its year takes one from the meeting: a due date or a deadline is the first
 * such day on or after the meeting (`forward`); any other date is the nearest one, before or after, ties
 * going to the past (`nearest`).
 */
export type YearRule = 'forward' | 'nearest';

/** A month and day, with the year when it is written. */
interface DayParts {
  year: number | null;
  month: number;
  day: number;
}

export interface FoundDate {
  /** The date as written, without a leading preposition. */
  phrase: string;
  /** Where the phrase starts in the text given. */
  index: number;
  start: DayParts;
  /** The last day of a range (`6-9 June 2024`), if the phrase is one. */
  end: DayParts | null;
  /** The weekday the text names with the date, 0 (Sunday) to 6, if it names one. */
  weekday: number | null;
}

/**
 * The ISO date of a found date under a year rule; null when its year is unknown (no meeting date) or the
 * day does not exist. A weekday written with it (`Wednesday 15 April`) picks, among the years the rule
 * allows, one where the day falls on it.
 */
export function resolveDay(parts: DayParts, meetingDate: string | null, rule: YearRule, weekday: number | null = null): string | null {
  if (parts.year !== null) return dateExists(parts.year, parts.month, parts.day) ? isoDate(parts.year, parts.month, parts.day) : null;
  if (!meetingDate || !isValidIsoDate(meetingDate)) return null;
  const meetingYear = Number(meetingDate.slice(0, 4));
  const all = [meetingYear - 1, meetingYear, meetingYear + 1].filter((year) => dateExists(year, parts.month, parts.day)).map((year) => isoDate(year, parts.month, parts.day));
  const distance = (date: string) => Math.abs(Date.parse(date) - Date.parse(meetingDate));
  const pick = (candidates: string[]) =>
    rule === 'forward'
      ? (candidates.find((date) => date >= meetingDate) ?? null)
      : // Candidates are in order, so on a tie the earlier (past) one stays.
        candidates.reduce<string | null>((best, date) => (best === null || distance(date) < distance(best) ? date : best), null);
  const onWeekday = weekday === null ? [] : all.filter((date) => weekdayOf(date) === weekday);
  return (onWeekday.length ? pick(onWeekday) : null) ?? pick(all);
}

/** The range's end as an ISO date: its year is the start's when not written, or the next when the end would come first. */
export function resolveRangeEnd(found: FoundDate, start: string): string | null {
  if (!found.end) return null;
  const year = found.end.year ?? Number(start.slice(0, 4));
  const end = dateExists(year, found.end.month, found.end.day) ? isoDate(year, found.end.month, found.end.day) : null;
  if (end === null || found.end.year !== null || end >= start) return end;
  return dateExists(year + 1, found.end.month, found.end.day) ? isoDate(year + 1, found.end.month, found.end.day) : null;
}

// Only the parsers for written dates: day and month names (`11 April`, `April 11, 2019`, `Friday 5 April`,
// `11 avril`, `3. Mai`), ISO and numeric dates in the file's order, and `30.09.` (day and month, no year).
// Leaving out chrono's casual, time and relative parsers makes it several times faster.
const HAS_DIGIT = /\d/;
const WRITTEN_DATE_PARSER = /MonthName|Weekday|YearMonthDay|SlashDateFormat|SlashMonthFormat|ISOFormat/;
const parsers = new Map<string, en.Chrono>();

/** `30.09.`: a day and a month followed by a dot, without a year (German, Italian). */
const dayMonthParser: en.Parser = {
  pattern: () => /(?<![\d.])([0-3]?\d)\.([01]?\d)\.(?![\d])/,
  extract: (_context, match) => {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    return { day, month };
  },
};

function parserFor(settings: DateSettings): en.Chrono {
  const base = settings.language.toLowerCase().split('-')[0]!;
  const language = ['fr', 'de', 'es', 'it', 'nl'].includes(base) ? base : 'en';
  const key = `${language}:${settings.order}`;
  let parser = parsers.get(key);
  if (!parser) {
    const littleEndian = settings.order === 'dmy';
    const configuration = language === 'en' ? null : localeConfiguration(language, littleEndian);
    if (configuration) {
      parser = new en.Chrono({
        parsers: [...configuration.parsers.filter((candidate: en.Parser) => WRITTEN_DATE_PARSER.test(candidate.constructor.name)), ...(littleEndian ? [dayMonthParser] : [])],
        refiners: configuration.refiners,
      });
    } else {
      // English: month names from the month-first configuration (the day-first one would read "April 11"
      // as April 2011), numeric dates in the file's order.
      const monthFirst = en.configuration.createCasualConfiguration(false);
      const numeric = en.configuration.createCasualConfiguration(littleEndian);
      const named = (list: en.Parser[], pattern: RegExp) => list.filter((candidate) => pattern.test(candidate.constructor.name));
      parser = new en.Chrono({
        parsers: [...named(monthFirst.parsers, /^EN(?:MonthName|Weekday|YearMonthDay)|^ISOFormat/), ...named(numeric.parsers, /^SlashDateFormat/)],
        refiners: monthFirst.refiners,
      });
    }
    parsers.set(key, parser);
  }
  return parser;
}

const LOCALES = { de, es, fr, it: italian, nl };

function localeConfiguration(language: string, littleEndian: boolean): ChronoConfiguration | null {
  const locale = (LOCALES as unknown as Record<string, { createConfiguration?: (strict: boolean, littleEndian: boolean) => ChronoConfiguration; configuration?: { createConfiguration: (strict: boolean, littleEndian: boolean) => ChronoConfiguration } }>)[language];
  const create = locale?.createConfiguration ?? locale?.configuration?.createConfiguration;
  return create ? create(true, littleEndian) : null;
}

const MIXED_SEPARATORS = /^\d{1,4}([-./])\d{1,2}(?!\1)[-./]\d{1,4}$/;
const LEADING_PREPOSITION = /^(?:on|at|in|from|of|the|le|am|el|il|op)\s+/i;
// chrono's own reference date: a fixed day, since years are decided by resolveDay, never by chrono.
const REFERENCE = new Date(2000, 0, 1);

/** Every date with its day and month certain in a piece of prose, unresolved (see resolveDay). */
export function findDates(text: string, settings: DateSettings = DEFAULT_SETTINGS): FoundDate[] {
  if (!HAS_DIGIT.test(text)) return []; // every date we keep has its day in digits: skip the parser
  const found: FoundDate[] = [];
  for (const result of parserFor(settings).parse(text, REFERENCE)) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month') || !HAS_DIGIT.test(result.text)) continue;
    const parts = (component: ParsedComponents): DayParts => ({
      year: component.isCertain('year') ? component.get('year') : null,
      month: component.get('month')!,
      day: component.get('day')!,
    });
    // chrono reads `12-16.10` (days 12 to 16 of October, written as Germans do) as a date with three
    // numbers; a numeric date whose separators differ is not one.
    if (MIXED_SEPARATORS.test(result.text)) continue;
    let phrase = result.text;
    let index = result.index;
    const preposition = LEADING_PREPOSITION.exec(phrase);
    if (preposition) {
      phrase = phrase.slice(preposition[0].length);
      index += preposition[0].length;
    }
    const end = result.end?.isCertain('day') && result.end.isCertain('month') ? parts(result.end) : null;
    const startParts = parts(start);
    // A range written `6-9 June 2024` gives its year to both ends.
    if (end && startParts.year === null && end.year !== null) startParts.year = end.year;
    found.push({ phrase, index, start: startParts, end, weekday: start.isCertain('weekday') ? start.get('weekday') : null });
  }
  return found;
}

export type DateReading = { ok: true; date: string; approximate: boolean } | { ok: false; reason: string };

/**
 * Reads a date written by a person as the whole of `text`: ISO (`2019-04-11`), written (`11 April`,
 * `April 11, 2019`), numeric in the file's order, or approximate (`end of April`, `mid-May`: the last and
 * the middle day of the month). A date without a year takes one from the meeting by `rule`.
 */
export function readDate(text: string, meetingDate: string | null, settings: DateSettings = DEFAULT_SETTINGS, rule: YearRule = 'forward'): DateReading {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    return isValidIsoDate(trimmed) ? { ok: true, date: trimmed, approximate: false } : { ok: false, reason: `${trimmed} is not a day of the calendar` };
  }
  const approximate = readApproximate(trimmed, meetingDate, settings, rule);
  if (approximate) return approximate;
  const found = findDates(trimmed, settings);
  const only = found.length === 1 ? found[0] : undefined;
  const unreadable = { ok: false as const, reason: `"${trimmed}" cannot be read as a date; write it as YYYY-MM-DD` };
  if (!only || only.phrase.length < trimmed.replace(LEADING_PREPOSITION, '').replace(/[.,;]$/, '').length) return unreadable;
  const date = resolveDay(only.start, meetingDate, rule);
  return date ? { ok: true, date, approximate: false } : unreadable;
}

/** `end of April`, `mid-May 2024`, `fin avril`, `Ende April`, `mediados de abril`, `metà aprile`, `eind april`. */
function readApproximate(text: string, meetingDate: string | null, settings: DateSettings, rule: YearRule): DateReading | null {
  const match = APPROXIMATE.exec(text.toLocaleLowerCase());
  if (!match) return null;
  const month = monthNumber(match[2]!, settings);
  if (month === null) return null;
  const year = match[3] ? Number(match[3]) : null;
  const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const day = /^(?:mid|middle|mi|mitte|mediados|metà|meta|medio|half)/.test(match[1]!) ? 15 : month === 2 ? 28 : lastDay;
  const date = resolveDay({ year, month, day }, meetingDate, rule);
  if (!date) return null;
  // February's end depends on the year, known only now.
  const last = month === 2 && day === 28 ? new Date(Date.UTC(Number(date.slice(0, 4)), 2, 0)).getUTCDate() : day;
  return { ok: true, date: `${date.slice(0, 8)}${String(last).padStart(2, '0')}`, approximate: true };
}

const APPROXIMATE =
  /^(?:the\s+)?(end|the end|mid|middle|fin|fin de|fin d'|mi|ende|mitte|finales de|mediados de|fine|metà|meta|eind|medio|half)(?:\s+of\s+|\s*-\s*|\s+|(?<=')\s*)([\p{L}]+)\.?(?:\s+(\d{4}))?$/u;

function monthNumber(name: string, settings: DateSettings): number | null {
  const base = settings.language.toLowerCase().split('-')[0]!;
  for (const language of [base, 'en']) {
    const months = MONTH_NAMES[language];
    const index = months?.findIndex((variants) => variants.some((variant) => name === variant || (name.length >= 3 && variant.startsWith(name)))) ?? -1;
    if (index !== -1) return index + 1;
  }
  return null;
}

/** A date is a deadline when a cue ends the words before it (fillers aside), or when its sentence speaks of a deadline. */
export function isDeadline(sentence: string, index: number, settings: DateSettings = DEFAULT_SETTINGS): boolean {
  return speaksOfDeadline(sentence, settings) || hasCueBefore(sentence, index, settings);
}

const cuePatterns = new Map<string, { cueAtEnd: RegExp; anywhere: RegExp }>();

function patternsFor(settings: DateSettings) {
  const key = settings.language.toLowerCase().split('-')[0]!;
  let patterns = cuePatterns.get(key);
  if (!patterns) {
    const words = wordsFor(key);
    const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    patterns = {
      cueAtEnd: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(words.deadlineCues)})$`, 'iu'),
      anywhere: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(words.deadlineWords)})(?![\\p{L}\\p{N}_])`, 'iu'),
    };
    cuePatterns.set(key, patterns);
  }
  return patterns;
}

// Words that may stand between a cue and its date: "until the", "by midnight on", "closes on".
const FILLER_AT_END = /\s*(?:\b(?:the|on|of|at|is|was|are|be|will|set|for|midnight|noon|close of business|COB|le|la|du|am|den|dem|el|del|il|lo|de|het|op)|[,:])$/i;

/** Whether the sentence names a deadline, which makes each of its dates one. */
export function speaksOfDeadline(sentence: string, settings: DateSettings = DEFAULT_SETTINGS): boolean {
  return patternsFor(settings).anywhere.test(sentence);
}

/** Whether a deadline cue ends the words before `index` (only the last few words are looked at). */
export function hasCueBefore(sentence: string, index: number, settings: DateSettings = DEFAULT_SETTINGS): boolean {
  const { cueAtEnd } = patternsFor(settings);
  let before = sentence.slice(Math.max(0, index - 80), index).trimEnd();
  // A cue may end in a filler word ("hasta el", "bis zum"): look for it before each filler is taken off.
  for (;;) {
    if (cueAtEnd.test(before)) return true;
    const stripped = before.replace(FILLER_AT_END, '').trimEnd();
    if (stripped === before) return false;
    before = stripped;
  }
}
