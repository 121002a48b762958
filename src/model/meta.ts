import type { ErrorObject } from 'ajv';
import type { Meta } from '../schemas/generated/minutes.js';
import { frontMatterSchema, validateFrontMatter } from '../schemas/schemas.js';
import { defineOwn, isPlainObject, normalizeActors, type ActorRegistry } from './actors.js';
import { isValidIsoDate } from './dates.js';

/** The front matter checked against its schema: the model's `meta`, and the schema's complaints. */
export interface CheckedFrontMatter {
  meta: Meta;
  /** The file's own actor registry, what the schema refuses left out. */
  actors: ActorRegistry;
  /** What schemas/front-matter.schema.json refuses, as ajv reports it (the front-matter rule words it). */
  errors: ErrorObject[];
}

/** The front matter's keys, in the schema's order (the order of the JSON export). */
const KEYS = Object.keys(frontMatterSchema.properties);

/**
 * The front matter as the model shows it, decided by the schema alone: what the schema refuses is left
 * out (a whole key, or one entry of a list), text is trimmed and empty text dropped, title and date are
 * null when missing or unusable (a date must also be a day of the calendar), and the glossary extends the
 * configuration's.
 */
export function checkFrontMatter(data: Record<string, unknown>, baseGlossary: Record<string, string>): CheckedFrontMatter {
  const errors = validateFrontMatter(data) ? [] : [...(validateFrontMatter.errors ?? [])];
  const refused = new Map<string, Set<string> | 'all'>();
  for (const error of errors) {
    const [key, inPath] = error.instancePath.split('/').slice(1);
    // A refused key of a mapping (an actor code in lower case) is named by `propertyName`.
    const entry = inPath ?? error.propertyName ?? (error.params as { propertyName?: string }).propertyName;
    if (key === undefined) continue; // about the mapping itself: a missing or an unknown key
    const isEntry = entry !== undefined && (Array.isArray(data[key]) || isPlainObject(data[key]));
    const current = refused.get(key);
    if (current === 'all') continue;
    if (!isEntry) refused.set(key, 'all');
    else refused.set(key, (current ?? new Set()).add(entry));
  }
  const meta = { title: null, date: null, glossary: {} } as unknown as Record<string, unknown>;
  for (const key of KEYS) {
    const skip = refused.get(key);
    const value = skip === 'all' ? undefined : clean(data[key], skip);
    if (value !== undefined) meta[key] = value;
  }
  if (typeof meta.date !== 'string' || !isValidIsoDate(meta.date)) meta.date = null;
  meta.title ??= null;
  const glossary: Record<string, string> = { ...baseGlossary };
  for (const [term, expansion] of Object.entries((meta.glossary ?? {}) as Record<string, string>)) defineOwn(glossary, term, expansion);
  meta.glossary = glossary;
  // The registry is the model's own, not part of `meta`.
  const actors = normalizeActors(meta.actors);
  delete meta.actors;
  return { meta: meta as unknown as Meta, actors, errors };
}

/** A value with text trimmed, empty text and refused entries left out; undefined when nothing is left. */
function clean(value: unknown, refused: Set<string> | undefined): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    return value
      .filter((_, index) => !refused?.has(String(index)))
      .map((entry) => clean(entry, undefined))
      .filter((entry) => entry !== undefined);
  }
  if (isPlainObject(value)) {
    const kept: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const cleaned = refused?.has(key) ? undefined : clean(entry, undefined);
      if (cleaned !== undefined) defineOwn(kept, key, cleaned);
    }
    return kept;
  }
  return value ?? undefined;
}
