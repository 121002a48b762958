import type { ActionOccurrence, DecisionOccurrence, MeetingRecord } from './record.js';

/** One meeting's word on an action: what the action was after that meeting. */
export interface ActionStep {
  /** The meeting's index in the series. */
  meeting: number;
  occurrence: ActionOccurrence;
  /** Owners and due date in force after this meeting: those written, or inherited when left out. */
  owners: string[];
  due: string | null;
}

/** An action followed across meetings by its id. */
export interface RegisterAction {
  id: string;
  steps: ActionStep[];
}

export interface RegisterDeadline {
  id: string;
  date: string;
  owners: string[];
  text: string;
  /** The meetings that record it, by index, with the line in each. */
  steps: { meeting: number; line: number; id: string; item: ActionOccurrence['item'] }[];
}

export interface RegisterDecision {
  meeting: number;
  decision: DecisionOccurrence;
}

/**
 * The register of a series: every action with its history (one step per meeting that carries it), every
 * deadline found in the prose (the same date and owners in later minutes being the same entry), every
 * decision. Built in one pass over the meetings in order, in time linear in the entries.
 */
export interface Register {
  meetings: readonly MeetingRecord[];
  actions: RegisterAction[];
  deadlines: RegisterDeadline[];
  decisions: RegisterDecision[];
}

export function buildRegister(meetings: readonly MeetingRecord[]): Register {
  const actions = new Map<string, RegisterAction>();
  const deadlines = new Map<string, RegisterDeadline>();
  const decisions: RegisterDecision[] = [];
  meetings.forEach((record, meeting) => {
    for (const occurrence of record.actions) {
      const entry = actions.get(occurrence.id);
      const previous = entry?.steps.at(-1);
      const step: ActionStep = {
        meeting,
        occurrence,
        owners: occurrence.owners.length || !previous ? occurrence.owners : previous.owners,
        due: occurrence.due ?? previous?.due ?? null,
      };
      if (entry) entry.steps.push(step);
      else actions.set(occurrence.id, { id: occurrence.id, steps: [step] });
    }
    for (const deadline of record.deadlines) {
      const key = `${deadline.date}\u0000${[...deadline.owners].sort().join(',')}`;
      const step = { meeting, line: deadline.line, id: deadline.id, item: deadline.item };
      const entry = deadlines.get(key);
      if (entry) entry.steps.push(step);
      else deadlines.set(key, { id: deadline.id, date: deadline.date, owners: deadline.owners, text: deadline.text, steps: [step] });
    }
    for (const decision of record.decisions) decisions.push({ meeting, decision });
  });
  return { meetings, actions: [...actions.values()], deadlines: [...deadlines.values()], decisions };
}

/** The state of an action now: its last step. */
export function currentStep(action: RegisterAction): ActionStep {
  return action.steps.at(-1)!;
}

/** Whether an action's step carries it from an earlier meeting (its id was written before). */
export function isCarried(action: RegisterAction, step: ActionStep): boolean {
  return action.steps[0] !== step;
}
