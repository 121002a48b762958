import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n## 1. Follow-up\n\n';

export const dueFormat: Rule = {
  id: 'due-format',
  description: 'Due dates are written as ISO dates (`2019-04-11`), which read the same in every language.',
  defaultSeverity: 'warn',
  fixable: true,
  docs: `\`(due 11 April)\` is read with the meeting's year, but \`2019-04-11\` is unambiguous for every reader and every tool.
\`--fix\` and \`minutes fmt\` write the ISO date in place of the written one. A due date that names no day
(\`end of April\`, \`mid-May\`) is left as written.`,
  examples: [
    { title: 'an ISO due date', text: `${FRONT}- [ ] COM: Circulate the list (due 2019-04-11)\n`, messages: [] },
    {
      title: 'a written due date',
      text: `${FRONT}- [ ] COM: R&amp;D plan (due 11 April)\n`,
      messages: ['10:30 due date "11 April" is not in ISO form: write 2019-04-11'],
      output: `${FRONT}- [ ] COM: R&amp;D plan (due 2019-04-11)\n`,
    },
  ],
  check(context) {
    const { parsed } = context;
    for (const record of parsed.actions) {
      const due = record.due;
      // `end of April` names no day: it stays as written, and the model says which day it stands for.
      if (!due?.date || due.raw === due.date || due.approximate) continue;
      context.report({
        message: `due date "${due.raw}" is not in ISO form: write ${due.date}`,
        ...atText(parsed, due.range),
        fix: { range: due.range, text: due.date },
      });
    }
  },
};
