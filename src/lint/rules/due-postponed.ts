import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

const first = meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] COM: Circulate the list (due 2024-03-01) {#list}\n');

export const duePostponed: Rule = {
  id: 'due-postponed',
  description: 'An action keeps its due date from one meeting to the next (off by default: postponing is normal, but some bodies track it).',
  defaultSeverity: 'off',
  fixable: false,
  docs: `Some bodies want every postponement to show. With this rule on, an open action whose due date a later meeting moves
later is reported there, with both dates.`,
  examples: [
    {
      title: 'a due date kept',
      text: first,
      files: [
        { path: '2024-01-10.md', text: first },
        { path: '2024-02-14.md', text: meeting('2024-02-14', '## 1. Follow-up\n\n- [ ] COM: Circulate the list (due 2024-03-01) {#list}\n') },
      ],
      messages: [],
    },
    {
      title: 'a due date moved later',
      text: first,
      files: [
        { path: '2024-01-10.md', text: first },
        { path: '2024-02-14.md', text: meeting('2024-02-14', '## 1. Follow-up\n\n- [ ] COM: Circulate the list (due 2024-04-15) {#list}\n') },
      ],
      messages: ['2024-02-14.md:12:36 the due date of action "list" moved from 2024-03-01 to 2024-04-15'],
    },
  ],
  checkSeries(context) {
    for (const action of context.register.actions) {
      action.steps.forEach((step, index) => {
        const previous = action.steps[index - 1];
        if (!previous?.due || !step.occurrence.due || step.occurrence.due <= previous.due || step.occurrence.status !== 'open') return;
        context.report(step.meeting, {
          message: `the due date of action "${action.id}" moved from ${previous.due} to ${step.occurrence.due}`,
          place: step.occurrence.duePlace ?? step.occurrence.place,
        });
      });
    }
  },
};
