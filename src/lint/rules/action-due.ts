import { atAction, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n## 1. Follow-up\n\n';

export const actionDue: Rule = {
  id: 'action-due',
  description: 'Every open action has a due date: `(due YYYY-MM-DD)` at its end.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `An action without a date is the one that is still open three meetings later. Open task items end with \`(due …)\`;
done ones need none.`,
  examples: [
    { title: 'an open action with its due date, a done one without', text: `${FRONT}- [ ] COM: Circulate the list (due 2019-04-11)\n- [x] COM: Book the room\n`, messages: [] },
    { title: 'an open action without a due date', text: `${FRONT}- [ ] COM: Circulate the list\n`, messages: ['10:7 open action has no due date: end it with `(due YYYY-MM-DD)`'] },
  ],
  check(context) {
    for (const record of context.parsed.actions) {
      if (record.action.status !== 'open' || record.due) continue;
      context.report({ message: 'open action has no due date: end it with `(due YYYY-MM-DD)`', ...atAction(record) });
    }
  },
};
