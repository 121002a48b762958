import { isActorCodeLike, isCapitalizedName, type ActorMatcher } from './actors.js';
import { readDate, type DateSettings } from './dates.js';
import { wordsFor } from './language.js';
import { escapeRegExp } from './text.js';

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
  /** The date as written inside `(due …)`, or after a trailing `by`. */
  raw: string;
  /** Where `raw` starts in the item's text. */
  index: number;
  /** The ISO date, or null when `raw` cannot be read. */
  date: string | null;
  /** True for `end of April`, `mid-May`: a day chosen for a phrase that names none. */
  approximate: boolean;
  problem: string | null;
}

const EXPLICIT_ID = /\s*\{#([A-Za-z0-9][\w.:-]*)\}\s*$/;
const OWNER_SEPARATOR = /\s*(?:,|;|&|\band\b)\s*/g;

const duePatterns = new Map<string, { marker: RegExp; trailing: RegExp }>();

/** `(due …)`, `(by …)`, `(deadline …)` (and the language's own words) at the end of an action; a trailing `by 10 May`. */
function duePatternsFor(settings: DateSettings) {
  let patterns = duePatterns.get(settings.language);
  if (!patterns) {
    const words = wordsFor(settings.language);
    const markers = [...words.dueMarkers].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    const trailing = [...words.trailingDue].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    patterns = {
      marker: new RegExp(`\\s*\\(\\s*(${markers})(?![\\p{L}\\p{N}_])(?!\\s+to\\b)[\\s:]*([^()]*?)\\s*\\)\\s*$`, 'iu'),
      trailing: new RegExp(`\\s+(?:${trailing})\\s+([^()]*\\d[^()]*?)[.;]?\\s*$`, 'iu'),
    };
    duePatterns.set(settings.language, patterns);
  }
  return patterns;
}
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
  settings: DateSettings,
  isLiteralColon: (index: number) => boolean = () => true,
): ActionParts {
  const patterns = duePatternsFor(settings);
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
    const dueMatch: RegExpExecArray | null = due === null ? patterns.marker.exec(rest) : null;
    if (dueMatch) {
      const marker: string = dueMatch[1]!;
      const raw: string = dueMatch[2]!;
      const index: number = dueMatch.index + dueMatch[0].indexOf(raw, dueMatch[0].indexOf(marker) + marker.length);
      const reading: ReturnType<typeof readDate> = raw === '' ? { ok: false as const, reason: 'the due date is empty' } : readDate(raw, meetingDate, settings);
      // `(due …)` is always meant as a due date; `(by …)` and the like only when they hold one.
      if (reading.ok || /^due$/i.test(marker)) {
        due = reading.ok ? { raw, index, date: reading.date, approximate: reading.approximate, problem: null } : { raw, index, date: null, approximate: false, problem: reading.reason };
        rest = rest.slice(0, dueMatch.index);
        changed = true;
      }
    }
  }
  if (due === null) {
    const trailing = patterns.trailing.exec(rest);
    const reading = trailing ? readDate(trailing[1]!, meetingDate, settings) : null;
    if (trailing && reading?.ok) {
      const raw = trailing[1]!;
      due = { raw, index: trailing.index + trailing[0].indexOf(raw), date: reading.date, approximate: reading.approximate, problem: null };
      // The words stay in the action's text: "Report by 10 May" reads as the person wrote it.
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
  // `COM/EEAS` is two owners, unless the whole is one actor's code or name (`OSCE/ODIHR`).
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.code !== null || !token.written.includes('/')) continue;
    const parts: OwnerToken[] = [];
    let offset = token.index;
    for (const part of token.written.split('/')) {
      const written = part.trim();
      if (written) parts.push({ written, index: offset + part.indexOf(written), code: actors.resolve(written) });
      offset += part.length + 1;
    }
    const split = parts.length > 1 && parts.some((part) => part.code !== null) && parts.every((part) => part.code !== null || isActorCodeLike(part.written));
    if (split) tokens.splice(index, 1, ...parts);
  }
  const ownerLike = tokens.every(({ written, code }) => code !== null || isActorCodeLike(written) || isCapitalizedName(written));
  return tokens.length > 0 && ownerLike ? { tokens, colon } : null;
}
