import type { ActorMatcher } from '../actors.js';
import { readDate } from '../dates.js';

/** What a task-list item says, before it is placed in the model. */
export interface ActionParts {
  /** Owners as written before the colon, each resolved to its actor code where the registry knows it. */
  owners: string[];
  /** Owners written that name no registered actor, as written. */
  unknownOwners: string[];
  text: string;
  /** The id written as `{#id}`, if any. */
  explicitId: string | null;
  due: DuePart | null;
}

export interface DuePart {
  /** The date as written inside `(due …)`. */
  raw: string;
  /** Where `raw` starts in the item's text. */
  index: number;
  /** The ISO date, or null when `raw` cannot be read. */
  date: string | null;
  problem: string | null;
}

const EXPLICIT_ID = /\s*\{#([A-Za-z0-9][\w.:-]*)\}\s*$/;
const DUE = /\s*\(\s*due\b(?!\s+to\b)[\s:]*([^()]*?)\s*\)\s*$/i;
const OWNER_SEPARATOR = /\s*(?:,|;|&|\band\b)\s*/;
const CODE_LIKE = /^[A-Z][A-Za-z0-9]*(?:[-_/.&][A-Za-z0-9]+)*$/;
const CAPITALIZED_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;
const MAX_OWNER_PREFIX = 120;

/**
 * Reads `COM, EEAS: Circulate the list (due 11 April) {#rec-list}`: owners before the colon, the due date
 * in a trailing `(due …)`, an explicit id in a trailing `{#…}`, in either order.
 */
export function parseActionText(full: string, actors: ActorMatcher, meetingDate: string | null): ActionParts {
  let rest = full;
  let explicitId: string | null = null;
  let due: DuePart | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    const id: RegExpExecArray | null = explicitId === null ? EXPLICIT_ID.exec(rest) : null;
    if (id) {
      explicitId = id[1]!;
      rest = rest.slice(0, id.index);
      changed = true;
    }
    const dueMatch: RegExpExecArray | null = due === null ? DUE.exec(rest) : null;
    if (dueMatch) {
      const raw: string = dueMatch[1]!;
      const index: number = dueMatch.index + dueMatch[0].indexOf(raw, dueMatch[0].search(/due/i) + 3);
      const reading: ReturnType<typeof readDate> = raw === '' ? { ok: false as const, reason: 'the due date is empty' } : readDate(raw, meetingDate);
      due = reading.ok
        ? { raw, index, date: reading.date, problem: null }
        : { raw, index, date: null, problem: reading.reason };
      rest = rest.slice(0, dueMatch.index);
      changed = true;
    }
  }

  const owners: string[] = [];
  const unknownOwners: string[] = [];
  const colon = rest.indexOf(':');
  if (colon > 0 && colon <= MAX_OWNER_PREFIX) {
    const tokens = rest.slice(0, colon).trim().split(OWNER_SEPARATOR).filter(Boolean);
    const readings = tokens.map((token) => ({ token, code: actors.resolve(token) }));
    const ownerLike = readings.every(({ token, code }) => code !== null || CODE_LIKE.test(token) || CAPITALIZED_WORDS.test(token));
    if (tokens.length > 0 && ownerLike) {
      for (const { token, code } of readings) {
        const owner = code ?? token;
        if (!owners.includes(owner)) owners.push(owner);
        if (code === null && !unknownOwners.includes(token)) unknownOwners.push(token);
      }
      rest = rest.slice(colon + 1);
    }
  }
  return { owners, unknownOwners, text: rest.replace(/\s+/g, ' ').trim(), explicitId, due };
}
