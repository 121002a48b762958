import type { Entry } from '../schemas/generated/actions.js';
import type { Item, Minutes, Section } from '../schemas/generated/minutes.js';

export type { Entry };

/**
 * The follow-up entries of one minutes file: every action item, and every deadline found in its prose
 * (owned by the actors its sentence names). `overdue` is computed against `today` (YYYY-MM-DD).
 */
export function entriesOf(model: Minutes, today: string): Entry[] {
  const entries: Entry[] = [];
  const meeting = { title: model.meta.title, date: model.meta.date };
  const add = (section: Section, item: Item | null) => {
    const where = item ? { number: item.number, title: item.title } : null;
    for (const action of section.actions) {
      entries.push({
        kind: 'action',
        id: action.id,
        owners: action.owners,
        text: action.text,
        due: action.due,
        status: action.status,
        overdue: isOverdue(action.status, action.due, today),
        file: model.file,
        line: action.line,
        meeting,
        item: where,
      });
    }
    for (const deadline of section.deadlines) {
      entries.push({
        kind: 'deadline',
        id: deadline.id,
        owners: deadline.actors,
        text: deadline.text,
        due: deadline.date,
        status: 'open',
        overdue: isOverdue('open', deadline.date, today),
        file: model.file,
        line: deadline.line,
        meeting,
        item: where,
      });
    }
  };
  add(model.preamble, null);
  for (const item of model.items) {
    add(item, item);
    for (const sub of item.items) add(sub, sub);
  }
  return entries;
}

function isOverdue(status: 'open' | 'done', due: string | null, today: string): boolean {
  return status === 'open' && due !== null && due < today;
}

/** An owner asked for: its code, and the codes it stands for when it is a group (`MS`: the member states). */
export interface OwnerQuery {
  code: string;
  members: readonly string[];
}

export interface EntryFilter {
  owners?: readonly OwnerQuery[];
  status?: 'open' | 'done' | 'all';
  dueBefore?: string;
  dueAfter?: string;
  overdue?: boolean;
  kind?: 'action' | 'deadline';
  deadlines?: boolean;
}

/**
 * Keeps the entries that pass every filter given; an entry with several owners matches any of them, a
 * group matches its members' entries, and each entry kept says which owner (and member) matched it.
 */
export function filterEntries(entries: readonly Entry[], filter: EntryFilter): Entry[] {
  const owners = filter.owners?.length ? filter.owners : null;
  const status = filter.status ?? 'open';
  const kept: Entry[] = [];
  for (const entry of entries) {
    const passes =
      (filter.deadlines !== false || entry.kind !== 'deadline') &&
      (!filter.kind || entry.kind === filter.kind) &&
      (status === 'all' || entry.status === status) &&
      (!filter.dueBefore || (entry.due !== null && entry.due < filter.dueBefore)) &&
      (!filter.dueAfter || (entry.due !== null && entry.due > filter.dueAfter)) &&
      (!filter.overdue || entry.overdue);
    if (!passes) continue;
    if (!owners) {
      kept.push(entry);
      continue;
    }
    const match = ownerMatch(entry, owners);
    if (match) kept.push({ ...entry, match });
  }
  return kept;
}

function ownerMatch(entry: Entry, owners: readonly OwnerQuery[]): Entry['match'] | null {
  for (const query of owners) {
    if (entry.owners.includes(query.code)) return { owner: query.code };
    const member = entry.owners.find((owner) => query.members.includes(owner));
    if (member) return { owner: query.code, via: member };
  }
  return null;
}

const compareText = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/** By due date (undated last), then meeting date, then file and line. */
export function sortEntries(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) =>
      (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0) ||
      compareText(a.due, b.due) ||
      compareText(a.meeting.date, b.meeting.date) ||
      compareText(a.file, b.file) ||
      a.line - b.line,
  );
}
