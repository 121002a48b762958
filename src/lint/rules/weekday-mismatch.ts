import { WEEKDAYS, weekdayOf } from '../../model/dates.js';
import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n## 1. Opening\n\n';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  description: 'A weekday written with a date is that date\'s weekday (not "Thursday 5 April 2019").',
  defaultSeverity: 'error',
  fixable: false,
  docs: `When a date is written with its weekday, one of the two is wrong if they disagree, and readers will not know which
day was meant.`,
  examples: [
    { title: 'a weekday that fits its date', text: `${FRONT}The exercise takes place on Friday 5 April 2019.\n`, messages: [] },
    {
      title: 'a weekday that does not',
      text: `${FRONT}R&amp;D meets on Thursday 5 April 2019.\n`,
      messages: ['8:18 "Thursday 5 April 2019": 2019-04-05 is a Friday, not a Thursday: correct the weekday or the date'],
    },
  ],
  check(context) {
    const { parsed } = context;
    for (const record of parsed.dates) {
      if (record.weekday === null) continue;
      const actual = weekdayOf(record.entry.date);
      if (actual === record.weekday) continue;
      context.report({
        message: `"${record.entry.phrase}": ${record.entry.date} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[record.weekday]}: correct the weekday or the date`,
        ...atText(parsed, record.range),
      });
    }
  },
};
