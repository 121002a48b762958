import { meetingName } from '../../series/series.js';
import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

const opened = meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] COM: Circulate the list (due 2024-03-01) {#list}\n');
const closed = meeting('2024-02-14', '## 1. Follow-up\n\n- [x] COM: Circulate the list {#list}\n');

export const actionReopened: Rule = {
  id: 'action-reopened',
  description: 'An action closed in one meeting is not open again in a later one.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `An action marked done (\`[x]\`) that a later meeting writes as open again is usually a copy of old minutes; if the
work really starts again, give it a new \`{#id}\`.`,
  examples: [
    { title: 'an action closed and left closed', text: opened, files: [{ path: '2024-01-10.md', text: opened }, { path: '2024-02-14.md', text: closed }], messages: [] },
    {
      title: 'an action open again after it was closed',
      text: opened,
      files: [
        { path: '2024-01-10.md', text: opened },
        { path: '2024-02-14.md', text: closed },
        { path: '2024-03-20.md', text: meeting('2024-03-20', '## 1. Follow-up\n\n- [ ] COM: Circulate the list {#list}\n') },
      ],
      messages: [
        '2024-03-20.md:12:7 action "list" was closed at the meeting of 2024-02-14, 2024-02-14.md, and is open again: mark it [x], or give the new work its own {#id}',
      ],
    },
  ],
  checkSeries(context) {
    for (const action of context.register.actions) {
      action.steps.forEach((step, index) => {
        const previous = action.steps[index - 1];
        if (previous?.occurrence.status !== 'done' || step.occurrence.status !== 'open') return;
        context.report(step.meeting, {
          message: `action "${action.id}" was closed at ${meetingName(context.series.meetings[previous.meeting]!)}, and is open again: mark it [x], or give the new work its own {#id}`,
          place: step.occurrence.place,
        });
      });
    }
  },
};
