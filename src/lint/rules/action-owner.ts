import { actionPlace, type Rule } from '../rule.js';

export const actionOwner: Rule = {
  id: 'action-owner',
  description: 'Every action item names its owners before a colon: `- [ ] COM, EEAS: …`.',
  defaultSeverity: 'error',
  check(context) {
    for (const record of context.parsed.actions) {
      if (record.action.owners.length > 0) continue;
      context.report({
        message: 'action has no owner: start it with the codes of the actors who owe it and a colon, such as `COM, EEAS:`',
        ...actionPlace(record),
      });
    }
  },
};
