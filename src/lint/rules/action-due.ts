import { actionPlace, type Rule } from '../rule.js';

export const actionDue: Rule = {
  id: 'action-due',
  description: 'Every open action has a due date: `(due YYYY-MM-DD)` at its end.',
  defaultSeverity: 'warn',
  check(context) {
    for (const record of context.parsed.actions) {
      if (record.action.status !== 'open' || record.due) continue;
      context.report({
        message: 'open action has no due date: end it with `(due YYYY-MM-DD)`',
        ...actionPlace(record),
      });
    }
  },
};
