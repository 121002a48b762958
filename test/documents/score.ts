/**
 * How well a document reader gives back the minutes a test document was made from: its agenda items
 * (titles), actions (text and owners) and decisions, each scored as F1 of precision and recall, found
 * things matched one to one with the original's by their words (test/readers/score.ts's similarity).
 */
import { parseMinutes } from '../../src/model/parse.js';
import type { Minutes } from '../../src/schemas/generated/minutes.js';
import { similarity } from '../readers/score.js';

export interface F1 {
  found: number;
  expected: number;
  matched: number;
  f1: number;
}

export function modelOf(text: string): Minutes {
  const parsed = parseMinutes(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.model;
}

const sections = (model: Minutes) => [model.preamble, ...model.sections, ...model.items.flatMap((item) => [item, ...item.items])];

function f1<T>(found: T[], expected: T[], alike: (a: T, b: T) => boolean): F1 {
  const used = new Set<number>();
  let matched = 0;
  for (const thing of found) {
    const index = expected.findIndex((other, at) => !used.has(at) && alike(thing, other));
    if (index === -1) continue;
    used.add(index);
    matched++;
  }
  const precision = found.length === 0 ? (expected.length === 0 ? 1 : 0) : matched / found.length;
  const recall = expected.length === 0 ? 1 : matched / expected.length;
  return { found: found.length, expected: expected.length, matched, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Items by title (and number as written), actions by text, owners and status, decisions by text. */
export function scoreDocument(found: Minutes, original: Minutes): { items: F1; actions: F1; decisions: F1 } {
  const items = (model: Minutes) => model.items.flatMap((item) => [item, ...item.items]).map((item) => ({ number: item.number, title: item.title }));
  const actions = (model: Minutes) => sections(model).flatMap((section) => section.actions);
  const decisions = (model: Minutes) => sections(model).flatMap((section) => section.decisions);
  return {
    items: f1(items(found), items(original), (a, b) => similarity(a.title, b.title) >= 0.8),
    actions: f1(actions(found), actions(original), (a, b) => similarity(a.text, b.text) >= 0.7 && a.status === b.status && b.owners.every((owner) => a.owners.includes(owner)) && a.due === b.due),
    decisions: f1(decisions(found), decisions(original), (a, b) => similarity(a.text, b.text) >= 0.8),
  };
}
