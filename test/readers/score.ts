/**
 * Scores what a reader finds in a real minutes file against the hand-written annotation beside it
 * (`<name>.expected.json`, see fixtures/readers/*\/SOURCES.md): actions with their owners, decisions,
 * items, attendees, title and date. Used by the readers' tests, whose thresholds run in `npm test`.
 */
import type { Minutes } from '../../src/schemas/generated/minutes.js';

export interface Annotation {
  title: string | null;
  date: string | null;
  attendees: string[];
  chair?: string[];
  items: { label: string | null; level: number; title: string }[];
  actions: { owners: string[]; text: string; status: 'open' | 'done'; id: string | null; item?: string | null }[];
  decisions: { text: string; item?: string | null }[];
}

export interface Score {
  found: number;
  expected: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface FileScore {
  actions: Score;
  /** Actions matched with all their annotated owners resolved. */
  actionsWithOwners: Score;
  decisions: Score;
  items: Score;
  attendees: Score;
  title: boolean;
  date: boolean;
}

const words = (text: string) => new Set((text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1));

/** How alike two texts are: the share of the shorter one's words found in the other. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}

/** One-to-one matches between found and expected things, greedily by best similarity above `threshold`. */
function match<F, E>(found: F[], expected: E[], alike: (f: F, e: E) => number, threshold: number): [F, E][] {
  const pairs: { f: number; e: number; score: number }[] = [];
  for (const [i, f] of found.entries()) {
    for (const [j, e] of expected.entries()) {
      const score = alike(f, e);
      if (score >= threshold) pairs.push({ f: i, e: j, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const usedF = new Set<number>();
  const usedE = new Set<number>();
  const result: [F, E][] = [];
  for (const { f, e } of pairs) {
    if (usedF.has(f) || usedE.has(e)) continue;
    usedF.add(f);
    usedE.add(e);
    result.push([found[f]!, expected[e]!]);
  }
  return result;
}

const score = (found: number, expected: number, matched: number): Score => ({
  found,
  expected,
  matched,
  precision: found === 0 ? (expected === 0 ? 1 : 0) : matched / found,
  recall: expected === 0 ? 1 : matched / expected,
});

/** Every section of the model: the preamble, the document sections, the items and sub-items. */
function sections(model: Minutes) {
  return [model.preamble, ...model.sections, ...model.items.flatMap((item) => [item, ...item.items])];
}

/** Whether an owner as annotated (a name, a nick, initials) is one of the model's owners: by code, name or alias. */
function ownerMatches(written: string, owners: string[], model: Minutes): boolean {
  const wanted = written.toLowerCase().replace(/^@/, '');
  return owners.some((code) => {
    const actor = model.actors[code];
    const names = [code, ...(actor ? [actor.name, ...actor.aliases] : [])].map((name) => name.toLowerCase().replace(/^@/, ''));
    return names.includes(wanted) || names.some((name) => name.split(/\s+/).includes(wanted) || wanted.split(/\s+/).includes(name));
  });
}

export function scoreFile(model: Minutes, expected: Annotation): FileScore {
  const actions = sections(model).flatMap((section) => section.actions);
  const decisions = sections(model).flatMap((section) => section.decisions);
  const items = model.items.flatMap((item) => [item, ...item.items]);

  const actionPairs = match(actions, expected.actions, (f, e) => similarity(f.text, e.text), 0.5);
  const withOwners = actionPairs.filter(([f, e]) => e.owners.every((owner) => ownerMatches(owner, f.owners, model)) && f.status === e.status);
  const decisionPairs = match(decisions, expected.decisions, (f, e) => similarity(f.text, e.text), 0.5);
  const itemPairs = match(items, expected.items, (f, e) => similarity(f.title, e.title), 0.6);
  const attendees = model.meta.attendees ?? [];
  const attendeePairs = match(attendees, expected.attendees, (f, e) => (f.toLowerCase() === e.toLowerCase() ? 1 : similarity(f, e)), 0.99);

  return {
    actions: score(actions.length, expected.actions.length, actionPairs.length),
    actionsWithOwners: score(actions.length, expected.actions.length, withOwners.length),
    decisions: score(decisions.length, expected.decisions.length, decisionPairs.length),
    items: score(items.length, expected.items.length, itemPairs.length),
    attendees: score(attendees.length, expected.attendees.length, attendeePairs.length),
    title: expected.title === null || (model.meta.title !== null && similarity(model.meta.title, expected.title) >= 0.6),
    date: expected.date === null || model.meta.date === expected.date,
  };
}

/** Sums the scores of several files into one per category. */
export function sumScores(scores: FileScore[]): Record<'actions' | 'actionsWithOwners' | 'decisions' | 'items' | 'attendees', Score> {
  const sum = (key: 'actions' | 'actionsWithOwners' | 'decisions' | 'items' | 'attendees') => {
    const found = scores.reduce((total, s) => total + s[key].found, 0);
    const expected = scores.reduce((total, s) => total + s[key].expected, 0);
    const matched = scores.reduce((total, s) => total + s[key].matched, 0);
    return score(found, expected, matched);
  };
  return { actions: sum('actions'), actionsWithOwners: sum('actionsWithOwners'), decisions: sum('decisions'), items: sum('items'), attendees: sum('attendees') };
}
