import { actionPlace, type Rule } from '../rule.js';

export const duplicateActionId: Rule = {
  id: 'duplicate-action-id',
  description: 'Action ids written as `{#id}` are unique in the file, so actions can be tracked across meetings.',
  defaultSeverity: 'error',
  check(context) {
    const firstLine = new Map<string, number>();
    for (const record of context.parsed.actions) {
      const { id, line } = record.action;
      const earlier = firstLine.get(id);
      if (earlier === undefined) {
        firstLine.set(id, line);
        continue;
      }
      context.report({
        message: `action id "${id}" is already used on line ${earlier}: give this action another {#id}`,
        ...actionPlace(record),
      });
    }
  },
};
