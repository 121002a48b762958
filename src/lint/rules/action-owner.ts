import { atAction, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n  EEAS: European External Action Service\n---\n\n## 1. Follow-up\n\n';

export const actionOwner: Rule = {
  id: 'action-owner',
  description: 'Every action item names its owners before a colon: `- [ ] COM, EEAS: …`.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `A task item is an action only when someone owes it. Owners are actor codes, names or aliases, separated by commas,
before the first colon of the item.`,
  examples: [
    { title: 'owners before the colon', text: `${FRONT}- [ ] COM, EEAS: Circulate the list (due 2019-04-11)\n`, messages: [] },
    {
      title: 'a task without an owner',
      text: `${FRONT}- [ ] Circulate the list (due 2019-04-11)\n`,
      messages: ['11:7 action has no owner: start it with the codes of the actors who owe it and a colon, such as `COM, EEAS:`'],
    },
  ],
  check(context) {
    for (const record of context.parsed.actions) {
      if (record.action.owners.length > 0) continue;
      context.report({
        message: 'action has no owner: start it with the codes of the actors who owe it and a colon, such as `COM, EEAS:`',
        ...atAction(record),
      });
    }
  },
};
