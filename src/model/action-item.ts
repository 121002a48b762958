import { isActorCodeLike, isCapitalizedName, type ActorMatcher } from './actors.js';
import { readDate } from './dates.js';

/** An owner as written before the colon of a task item. */
interface OwnerToken {
  written: string;
  /** Where `written` starts in the item's text. */
  index: number;
  /** The actor code it resolves to; null when it names no registered actor. */
  code: string | null;
}

/** What a task-list item says, before it is placed in the model. */
export interface ActionParts {
  owners: OwnerToken[];
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
const OWNER_SEPARATOR = /\s*(?:,|;|&|\band\b)\s*/g;
const MAX_OWNER_PREFIX = 120;

/**
 * Reads `COM, EEAS: Circulate the list (due 11 April) {#rec-list}`: owners before the colon, the due date
 * in a trailing `(due …)`, an explicit id in a trailing `{#…}`, in either order. `isLiteralColon` says
 * whether the colon at an index was written as such (an escaped `\:` does not end an owner list).
 */
export function parseActionText(
  full: string,
  actors: ActorMatcher,
  meetingDate: string | null,
  isLiteralColon: (index: number) => boolean = () => true,
): ActionParts {
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
      due = reading.ok ? { raw, index, date: reading.date, problem: null } : { raw, index, date: null, problem: reading.reason };
      rest = rest.slice(0, dueMatch.index);
      changed = true;
    }
  }

  const owners = readOwners(rest, actors, isLiteralColon);
  if (owners) rest = rest.slice(owners.colon + 1);
  return { owners: owners?.tokens ?? [], text: rest.replace(/\s+/g, ' ').trim(), explicitId, due };
}

/** The owners before the first colon, when every one of them reads as an owner (a code, a name). */
function readOwners(text: string, actors: ActorMatcher, isLiteralColon: (index: number) => boolean) {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_OWNER_PREFIX || !isLiteralColon(colon)) return null;
  const prefix = text.slice(0, colon);
  const tokens: OwnerToken[] = [];
  let cursor = 0;
  const take = (end: number) => {
    const piece = prefix.slice(cursor, end);
    const written = piece.trim();
    if (written) tokens.push({ written, index: cursor + piece.indexOf(written), code: actors.resolve(written) });
  };
  for (const separator of prefix.matchAll(OWNER_SEPARATOR)) {
    take(separator.index);
    cursor = separator.index + separator[0].length;
  }
  take(prefix.length);
  const ownerLike = tokens.every(({ written, code }) => code !== null || isActorCodeLike(written) || isCapitalizedName(written));
  return tokens.length > 0 && ownerLike ? { tokens, colon } : null;
}
