import type { Entry } from '../actions/entries.js';
import type { Step } from '../schemas/generated/actions.js';
import type { Register as RegisterJson } from '../schemas/generated/register.js';
import type { MeetingRecord } from './record.js';
import { currentStep, type Register } from './register.js';
import type { Series } from './series.js';

const isOverdue = (status: 'open' | 'done', due: string | null, today: string) => status === 'open' && due !== null && due < today;
const meetingOf = (record: MeetingRecord) => ({ title: record.title, date: record.date });
const itemOf = (item: { number: string | null; title: string } | null) => (item ? { number: item.number, title: item.title } : null);

/**
 * The follow-up entries of a series: each action once, in its current state (the latest meeting that
 * carries it, with owners and due date inherited where that meeting leaves them out), each deadline once
 * (the same date and owners in later minutes being the same entry). With `history`, every meeting that
 * carries the entry, oldest first.
 */
export function registerEntries(register: Register, today: string, history = false): Entry[] {
  const entries: Entry[] = [];
  for (const action of register.actions) {
    const step = currentStep(action);
    const record = register.meetings[step.meeting]!;
    const { occurrence } = step;
    entries.push({
      kind: 'action',
      id: action.id,
      owners: step.owners,
      text: occurrence.text,
      due: step.due,
      status: occurrence.status,
      overdue: isOverdue(occurrence.status, step.due, today),
      file: record.file,
      line: occurrence.place.line,
      meeting: meetingOf(record),
      item: itemOf(occurrence.item),
      ...(history
        ? {
            history: action.steps.map(
              (s): Step => {
                const at = register.meetings[s.meeting]!;
                return { date: at.date, meeting: at.meeting, file: at.file, line: s.occurrence.place.line, status: s.occurrence.status, due: s.due, owners: s.owners, text: s.occurrence.text, place: s.occurrence.item?.place ?? null };
              },
            ),
          }
        : {}),
    });
  }
  for (const deadline of register.deadlines) {
    const last = deadline.steps.at(-1)!;
    const record = register.meetings[last.meeting]!;
    entries.push({
      kind: 'deadline',
      id: deadline.id,
      owners: deadline.owners,
      text: deadline.text,
      due: deadline.date,
      status: 'open',
      overdue: isOverdue('open', deadline.date, today),
      file: record.file,
      line: last.line,
      meeting: meetingOf(record),
      item: itemOf(last.item),
      ...(history
        ? {
            history: deadline.steps.map((s): Step => {
              const at = register.meetings[s.meeting]!;
              return { date: at.date, meeting: at.meeting, file: at.file, line: s.line, status: 'open', due: deadline.date, owners: deadline.owners, text: deadline.text, place: s.item?.place ?? null };
            }),
          }
        : {}),
    });
  }
  return entries;
}

/** The register of a series as `minutes register --format json` writes it (schemas/register.schema.json). */
export function registerJson(series: Series, register: Register, today: string): RegisterJson {
  const entries = registerEntries(register, today, true);
  return {
    series: series.key,
    meetings: series.meetings.map((record) => ({
      file: record.file,
      title: record.title,
      date: record.date,
      meeting: record.meeting,
      body: record.body,
      status: record.status,
      attendees: record.attendees,
      apologies: record.apologies,
    })),
    actions: entries.filter((entry) => entry.kind === 'action'),
    deadlines: entries.filter((entry) => entry.kind === 'deadline'),
    decisions: register.decisions.map(({ meeting, decision }) => {
      const record = register.meetings[meeting]!;
      return { text: decision.text, date: record.date, file: record.file, line: decision.line, item: itemOf(decision.item) };
    }),
  };
}
