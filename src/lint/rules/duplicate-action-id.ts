import { atAction, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n## 1. Follow-up\n\n';

export const duplicateActionId: Rule = {
  id: 'duplicate-action-id',
  description: 'Action ids written as `{#id}` are unique in the file, so actions can be tracked across meetings.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `An id written as \`{#id}\` at the end of a task item names the action from one meeting to the next. Two actions of
one file with the same id would be taken for one.`,
  examples: [
    { title: 'distinct ids', text: `${FRONT}- [ ] COM: Circulate the list (due 2019-04-11) {#list}\n- [ ] COM: Book the room (due 2019-04-11) {#room}\n`, messages: [] },
    {
      title: 'one id twice',
      text: `${FRONT}- [ ] COM: Circulate the list (due 2019-04-11) {#list}\n- [ ] COM: Book the room (due 2019-04-11) {#list}\n`,
      messages: ['11:7 action id "list" is already used on line 10: give this action another {#id}'],
    },
  ],
  check(context) {
    const firstLine = new Map<string, number>();
    for (const record of context.parsed.actions) {
      const { id, line } = record.action;
      const earlier = firstLine.get(id);
      if (earlier === undefined) {
        firstLine.set(id, line);
        continue;
      }
      context.report({ message: `action id "${id}" is already used on line ${earlier}: give this action another {#id}`, ...atAction(record) });
    }
  },
};
