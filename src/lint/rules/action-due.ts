import type { Rule } from '../rule.js';

export const actionDue: Rule = {
  id: 'action-due',
  description: 'Every open action has a due date: `(due YYYY-MM-DD)` at its end.',
  defaultSeverity: 'warn',
  check(context) {
    for (const record of context.parsed.actions) {
      if (record.action.status !== 'open' || record.due) continue;
      const paragraph = record.node.children[0];
      context.report({
        message: 'open action has no due date: end it with `(due YYYY-MM-DD)`',
        start: paragraph?.position?.start ?? record.node.position!.start,
        end: paragraph?.position?.end,
      });
    }
  },
};
