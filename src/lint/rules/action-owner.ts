import type { Rule } from '../rule.js';

export const actionOwner: Rule = {
  id: 'action-owner',
  description: 'Every action item names its owners before a colon: `- [ ] COM, EEAS: …`.',
  defaultSeverity: 'error',
  check(context) {
    for (const record of context.parsed.actions) {
      if (record.action.owners.length > 0) continue;
      const paragraph = record.node.children[0];
      context.report({
        message: 'action has no owner: start it with the codes of the actors who owe it and a colon, such as `COM, EEAS:`',
        start: paragraph?.position?.start ?? record.node.position!.start,
        end: paragraph?.position?.end,
      });
    }
  },
};
