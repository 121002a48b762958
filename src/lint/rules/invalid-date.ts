import { isIsoShaped, isValidIsoDate } from '../../dates.js';
import { locateInFrontMatter } from '../../front-matter.js';
import type { Rule } from '../rule.js';

export const invalidDate: Rule = {
  id: 'invalid-date',
  description: 'Dates exist and can be read: the meeting date, and every action due date.',
  defaultSeverity: 'error',
  check(context) {
    const { parsed } = context;
    const date = parsed.data.date;
    if (parsed.frontMatter && typeof date === 'string' && isIsoShaped(date) && !isValidIsoDate(date)) {
      const { start, end } = locateInFrontMatter(parsed.frontMatter, ['date']);
      context.report({ message: `meeting date ${date} is not a day of the calendar: correct it`, ...context.span(start, end) });
    }
    for (const record of parsed.actions) {
      const due = record.due;
      if (!due) continue;
      if (due.problem) {
        context.report({ message: `due date cannot be used: ${due.problem}`, start: due.start, end: due.end });
      }
    }
  },
};
