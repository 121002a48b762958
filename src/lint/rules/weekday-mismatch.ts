import { WEEKDAYS, weekdayOf } from '../../dates.js';
import type { Rule } from '../rule.js';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  description: 'A weekday written with a date is that date\'s weekday (not "Thursday 5 April 2019").',
  defaultSeverity: 'error',
  check(context) {
    for (const record of context.parsed.dates) {
      if (record.weekday === null) continue;
      const actual = weekdayOf(record.entry.date);
      if (actual === record.weekday) continue;
      context.report({
        message: `"${record.entry.phrase}": ${record.entry.date} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[record.weekday]}: correct the weekday or the date`,
        start: record.start,
        end: record.end,
      });
    }
  },
};
