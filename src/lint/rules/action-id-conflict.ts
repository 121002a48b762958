import { sharedWordShare } from '../../model/text.js';
import { meetingName } from '../../series/series.js';
import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

const first = meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] COM: Circulate the list of contact points (due 2024-03-01) {#list}\n');

export const actionIdConflict: Rule = {
  id: 'action-id-conflict',
  description: 'One `{#id}` names one action across the series, not two different ones.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `An id names an action from one meeting to the next. When a later meeting uses it for an action with other owners
(no code in common) and other words (less than half of them shared), it is another action, and the register would
merge the two: give it its own id.`,
  examples: [
    {
      title: 'the same action, reworded',
      text: first,
      files: [
        { path: '2024-01-10.md', text: first },
        { path: '2024-02-14.md', text: meeting('2024-02-14', '## 1. Follow-up\n\n- [ ] COM: Circulate the updated list of contact points {#list}\n') },
      ],
      messages: [],
    },
    {
      title: 'one id for another action',
      text: first,
      files: [
        { path: '2024-01-10.md', text: first },
        { path: '2024-02-14.md', text: meeting('2024-02-14', '## 1. Follow-up\n\n- [ ] MS: Report on awareness campaigns (due 2024-05-01) {#list}\n') },
      ],
      messages: [
        '2024-02-14.md:12:7 id "list" already names another action, from the meeting of 2024-01-10, 2024-01-10.md (COM: Circulate the list of contact points): give this one its own {#id}',
      ],
    },
  ],
  checkSeries(context) {
    for (const action of context.register.actions) {
      const [first, ...later] = action.steps;
      for (const step of later) {
        const a = first!.occurrence;
        const b = step.occurrence;
        const sharedOwner = a.owners.length === 0 || b.owners.length === 0 || a.owners.some((owner) => b.owners.includes(owner));
        if (sharedOwner || sharedWordShare(a.text, b.text) >= 0.5) continue;
        context.report(step.meeting, {
          message: `id "${action.id}" already names another action, from ${meetingName(context.series.meetings[first!.meeting]!)} (${a.owners.join(', ')}: ${a.text}): give this one its own {#id}`,
          place: b.place,
        });
      }
    }
  },
};
