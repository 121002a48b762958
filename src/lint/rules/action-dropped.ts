import { meetingName } from '../../series/series.js';
import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

export const actionDropped: Rule = {
  id: 'action-dropped',
  description: 'An action open after a meeting is carried or closed in the next minutes of the series.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Secretariats lose actions between meetings. An action still open after one meeting is carried into the next one's
minutes (the same \`{#id}\`, under the follow-up item) or closed there (\`[x]\`); one that the next minutes do not
mention is reported there, at the follow-up item or at the start of the body. \`minutes next\` writes the
follow-up item with every open action.`,
  examples: [
    {
      title: 'an action carried, then closed',
      text: meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] MS: Nominate contact points (due 2024-03-01) {#contact-points}\n'),
      files: [
        { path: '2024-01-10.md', text: meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] MS: Nominate contact points (due 2024-03-01) {#contact-points}\n') },
        { path: '2024-02-14.md', text: meeting('2024-02-14', '## 1. Follow-up\n\n- [ ] MS: Nominate contact points {#contact-points}\n') },
        { path: '2024-03-20.md', text: meeting('2024-03-20', '## 1. Follow-up\n\n- [x] MS: Nominate contact points {#contact-points}\n') },
      ],
      messages: [],
    },
    {
      title: 'an action the next minutes forget',
      text: meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] MS: Nominate contact points (due 2024-03-01) {#contact-points}\n'),
      files: [
        { path: '2024-01-10.md', text: meeting('2024-01-10', '## 1. Follow-up\n\n- [ ] MS: Nominate contact points (due 2024-03-01) {#contact-points}\n') },
        { path: '2024-02-14.md', text: meeting('2024-02-14', '## 1. Follow-up of actions\n\nNothing to report.\n') },
      ],
      messages: [
        '2024-02-14.md:10:1 action "contact-points" (MS: Nominate contact points) was open after the meeting of 2024-01-10, 2024-01-10.md, and these minutes neither carry nor close it: carry it under the follow-up item with {#contact-points}, or close it with [x]',
      ],
    },
  ],
  checkSeries(context) {
    const { series, register } = context;
    for (const action of register.actions) {
      const meetings = new Set(action.steps.map((step) => step.meeting));
      for (const step of action.steps) {
        const next = step.meeting + 1;
        if (step.occurrence.status !== 'open' || next >= series.meetings.length || meetings.has(next)) continue;
        const later = series.meetings[next]!;
        const owners = step.owners.length ? `${step.owners.join(', ')}: ` : '';
        context.report(next, {
          message: `action "${action.id}" (${owners}${step.occurrence.text}) was open after ${meetingName(series.meetings[step.meeting]!)}, and these minutes neither carry nor close it: carry it under the follow-up item with {#${action.id}}, or close it with [x]`,
          place: later.places.followUp ?? later.places.content,
        });
      }
    }
  },
};
