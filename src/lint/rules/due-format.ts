import type { Rule } from '../rule.js';

export const dueFormat: Rule = {
  id: 'due-format',
  description: 'Due dates are written as ISO dates (`2019-04-11`), which read the same in every language.',
  defaultSeverity: 'warn',
  fixable: true,
  check(context) {
    const { parsed } = context;
    for (const record of parsed.actions) {
      const due = record.due;
      if (!due?.date || due.raw === due.date) continue;
      const start = parsed.place.toOffset(due.start);
      // Fix only where the text in the file is exactly what was read (no escapes or markup inside).
      const exact = start !== undefined && parsed.text.slice(start, start + due.raw.length) === due.raw;
      context.report({
        message: `due date "${due.raw}" is not in ISO form: write ${due.date}`,
        start: due.start,
        end: due.end,
        fix: exact ? { start, end: start + due.raw.length, text: due.date } : undefined,
      });
    }
  },
};
