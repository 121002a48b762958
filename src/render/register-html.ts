import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Entry, Register as RegisterJson } from '../schemas/generated/register.js';
import { sitePage } from './html-index.js';

/** Where a meeting's page is, by the minutes file it was made from; null when the site has no page for it. */
export type PageOf = (file: string | null) => string | null;

const anchor = (place: string | null) => (place ? `#item-${place.replace(/\./g, '-')}` : '');

/**
 * The register page of a published series: open, overdue and closed actions and the deadlines, each with
 * its history linked to the item of every meeting where it appears, the decisions, and attendance.
 */
export function renderRegisterHtml(registers: readonly RegisterJson[], pageOf: PageOf, options: { indexHref?: string } = {}): string {
  const link = (file: string | null, place: string | null, label: string): ElementContent => {
    const page = pageOf(file);
    return page ? h('a', { href: `${page}${anchor(place)}` }, [label]) : { type: 'text', value: label };
  };
  const trail = (entry: Entry) =>
    h(
      'ol',
      { className: ['trail'] },
      (entry.history ?? []).map((step) => h('li', [link(step.file, step.place, step.date ?? 'undated'), `: ${step.status}${step.due ? `, due ${step.due}` : ''}`])),
    );
  const table = (caption: string, entries: Entry[]) =>
    h('table', [
      h('caption', [`${caption} (${entries.length})`]),
      h('thead', [h('tr', ['Owners', 'Action', 'Due', 'History'].map((label) => h('th', { scope: 'col' }, [label])))]),
      h(
        'tbody',
        entries.map((entry) =>
          h('tr', { id: `entry-${entry.id.replace(/[^\w.:-]/g, '-')}` }, [
            h('td', [entry.owners.join(', ') || '—']),
            h('td', [entry.text]),
            h('td', { className: entry.overdue ? ['overdue'] : [] }, [entry.due ? h('time', { dateTime: entry.due }, [entry.due]) : '—']),
            h('td', [trail(entry)]),
          ]),
        ),
      ),
    ]);
  const sections = registers.flatMap((register) => {
    const open = register.actions.filter((entry) => entry.status === 'open' && !entry.overdue);
    const overdue = register.actions.filter((entry) => entry.overdue);
    const closed = register.actions.filter((entry) => entry.status === 'done');
    const body = register.meetings.find((meeting) => meeting.body)?.body ?? 'Minutes';
    return [
      h('section', [
        h('h2', [body]),
        table('Overdue actions', overdue),
        table('Open actions', open),
        table('Closed actions', closed),
        table('Deadlines', register.deadlines),
        h('h3', ['Decisions']),
        h(
          'ul',
          register.decisions.map((decision) => h('li', [link(decision.file, null, decision.date ?? 'undated'), decision.item ? ` (${decision.item.number ?? ''} ${decision.item.title})` : '', `: ${decision.text}`])),
        ),
        h('h3', ['Attendance']),
        h('table', [
          h('thead', [h('tr', ['Meeting', 'Present', 'Apologies'].map((label) => h('th', { scope: 'col' }, [label])))]),
          h(
            'tbody',
            register.meetings.map((meeting) => h('tr', [h('td', [link(meeting.file, null, meeting.date ?? meeting.title ?? 'undated')]), h('td', [meeting.attendees.join(', ')]), h('td', [meeting.apologies.join(', ')])])),
          ),
        ]),
      ]),
    ];
  });
  return sitePage('Register', [
    h('header', { className: ['meeting'] }, [...(options.indexHref ? [h('p', [h('a', { href: options.indexHref }, ['All meetings'])])] : []), h('h1', ['Register of actions and decisions'])]),
    h('main', sections),
  ]);
}
