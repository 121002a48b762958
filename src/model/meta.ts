import type { Meta } from '../generated/minutes.js';
import { defineOwn, isPlainObject } from '../actors.js';
import { isValidIsoDate } from '../dates.js';

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The front matter as the model shows it: each key kept only when its value has the right type (the
 * front-matter rule reports the rest), title and date null when missing or unreadable, glossary merged.
 * Keys are set in the schema's order, which is the order of the JSON export.
 */
export function normalizeMeta(data: Record<string, unknown>, baseGlossary: Record<string, string>): Meta {
  const meta = {
    title: nonEmptyString(data.title) ? data.title.trim() : null,
    date: typeof data.date === 'string' && isValidIsoDate(data.date) ? data.date : null,
  } as Meta;
  const text = (key: 'body' | 'location' | 'chair' | 'secretary' | 'language') => {
    const value = data[key];
    if (nonEmptyString(value)) meta[key] = value.trim();
  };
  const list = (key: 'attendees' | 'apologies' | 'agenda' | 'tags') => {
    const value = data[key];
    if (Array.isArray(value)) meta[key] = value.filter(nonEmptyString).map((entry) => entry.trim());
  };
  text('body');
  if (nonEmptyString(data.meeting) || Number.isSafeInteger(data.meeting)) meta.meeting = data.meeting as string | number;
  text('location');
  text('chair');
  text('secretary');
  if (data.status === 'draft' || data.status === 'approved') meta.status = data.status;
  text('language');
  list('attendees');
  list('apologies');
  list('agenda');
  meta.glossary = normalizeGlossary(data.glossary, baseGlossary);
  list('tags');
  return meta;
}

export function normalizeGlossary(input: unknown, base: Record<string, string> = {}): Record<string, string> {
  const glossary: Record<string, string> = { ...base };
  if (isPlainObject(input)) {
    for (const [key, value] of Object.entries(input)) {
      if (nonEmptyString(value)) defineOwn(glossary, key, value);
    }
  }
  return glossary;
}
