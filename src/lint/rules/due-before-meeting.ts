import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n## 1. Follow-up\n\n';

export const dueBeforeMeeting: Rule = {
  id: 'due-before-meeting',
  description: 'An open action is not due before the meeting that records it.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `An action still open at a meeting cannot have been due before it: either its date is wrong, or it was done and
should be marked \`[x]\`. A done action may be due earlier.`,
  examples: [
    { title: 'due after the meeting, or done', text: `${FRONT}- [ ] COM: Circulate the list (due 2019-04-11)\n- [x] COM: Book the room (due 2019-03-01)\n`, messages: [] },
    {
      title: 'an open action due before the meeting',
      text: `${FRONT}- [ ] COM: Circulate the list (due 2019-03-01)\n`,
      messages: ['10:36 open action is due 2019-03-01, before the meeting of 2019-04-04: correct the date, or mark it done with [x]'],
    },
  ],
  check(context) {
    const { parsed } = context;
    const meeting = parsed.model.meta.date;
    if (!meeting) return;
    for (const record of parsed.actions) {
      const { action, due } = record;
      if (action.status !== 'open' || !action.due || !due || action.due >= meeting) continue;
      context.report({
        message: `open action is due ${action.due}, before the meeting of ${meeting}: correct the date, or mark it done with [x]`,
        ...atText(parsed, due.range),
      });
    }
  },
};
