import type { Rule } from '../rule.js';

export const dueBeforeMeeting: Rule = {
  id: 'due-before-meeting',
  description: 'An open action is not due before the meeting that records it.',
  defaultSeverity: 'error',
  check(context) {
    const meeting = context.parsed.model.meta.date;
    if (!meeting) return;
    for (const record of context.parsed.actions) {
      const { action, due } = record;
      if (action.status !== 'open' || !action.due || !due || action.due >= meeting) continue;
      context.report({
        message: `open action is due ${action.due}, before the meeting of ${meeting}: correct the date, or mark it done with [x]`,
        start: due.start,
        end: due.end,
      });
    }
  },
};
